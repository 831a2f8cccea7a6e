package uk.casesearch.engine.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import uk.casesearch.engine.embed.Embedder;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.util.Hashes;

/**
 * Puts records into both indexes: chunks the text, embeds the passages (one model call for a whole
 * batch), and replaces the record's passages in the text and vector indexes. Also tells which
 * records an index lacks or holds stale, so indexes can be reconciled with the database.
 *
 * <p>Each index remembers, per record, an index hash: the record's content hash combined with a
 * fingerprint of the indexing settings (model, chunking). Changing the model or the chunker thus
 * marks every record stale, and reconciliation re-indexes it.
 */
public final class RecordIndexer {

  /** Bump when the way records become passages changes, so existing indexes are rebuilt. */
  private static final String INDEXING_VERSION = "1";

  private final Chunker chunker;
  private final Embedder embedder;
  private final TextIndex text;
  private final VectorIndex vectors;
  private final String fingerprint;

  /** What reconciliation found: records to (re-)index and records to drop from the indexes. */
  public record Reconciliation(List<String> toIndex, List<String> toDelete) {
    public boolean inSync() {
      return toIndex.isEmpty() && toDelete.isEmpty();
    }
  }

  public RecordIndexer(Chunker chunker, Embedder embedder, TextIndex text, VectorIndex vectors) {
    if (embedder.dimension() != vectors.dimension()) {
      throw new IllegalArgumentException(
          "embedder dimension "
              + embedder.dimension()
              + " != vector index dimension "
              + vectors.dimension());
    }
    this.chunker = chunker;
    this.embedder = embedder;
    this.text = text;
    this.vectors = vectors;
    this.fingerprint =
        Hashes.sha256Hex(
            INDEXING_VERSION
                + "|"
                + embedder.modelId()
                + "|"
                + chunker.config().maxChars()
                + "|"
                + chunker.config().overlapChars());
  }

  /**
   * The passages a record is split into; at least one, so a record with no text is still found by
   * title.
   */
  public List<Passage> passages(CaseRecord record) {
    List<Passage> passages = chunker.chunk(record.text());
    return passages.isEmpty() ? List.of(new Passage(0, "", 0, 0)) : passages;
  }

  /** The hash an index holds for a record whose content hash is {@code contentHash}. */
  public String indexHash(String contentHash) {
    return Hashes.sha256Hex(contentHash + "|" + fingerprint);
  }

  /**
   * Indexes (or re-indexes) records. Changes become searchable after {@link #refresh()} and durable
   * after {@link #commit()}.
   */
  public void index(List<CaseRecord> records) throws IOException {
    List<List<Passage>> perRecord = new ArrayList<>(records.size());
    List<String> inputs = new ArrayList<>();
    for (CaseRecord r : records) {
      List<Passage> ps = passages(r);
      perRecord.add(ps);
      for (Passage p : ps) inputs.add(embeddingInput(r, p));
    }
    List<float[]> embedded = embedder.embedPassages(inputs);
    List<VectorIndex.Upsert> upserts = new ArrayList<>(records.size());
    int at = 0;
    for (int i = 0; i < records.size(); i++) {
      CaseRecord r = records.get(i);
      List<Passage> ps = perRecord.get(i);
      String hash = indexHash(ContentHash.of(r));
      text.upsert(r.id(), hash, r.meta(), r.title(), people(r), PersonNames.of(r), ps);
      upserts.add(
          new VectorIndex.Upsert(r.id(), hash, r.meta(), embedded.subList(at, at + ps.size())));
      at += ps.size();
    }
    vectors.upsertAll(upserts);
  }

  /**
   * The child and the people a record names, with their roles and relation to the child ("Stuart
   * Armitage, Parent, birth father"), one per line: what "who is Ronnie's teacher" or "GP contact
   * details" match when the text itself does not say it.
   */
  public static String people(CaseRecord r) {
    StringBuilder b = new StringBuilder();
    if (r.child() != null && r.child().name() != null)
      b.append(r.child().name()).append(", child\n");
    for (CaseRecord.Person p : r.people()) {
      StringJoiner line = new StringJoiner(", ");
      for (String part : new String[] {p.name(), p.role(), p.relationToChild()}) {
        if (part != null && !part.isBlank()) line.add(part.strip());
      }
      if (line.length() > 0) b.append(line).append('\n');
    }
    return b.toString();
  }

  /**
   * What is embedded for a passage: the title gives it its context ("Safety plan", "ICPC minutes"),
   * so it is embedded with it. Public for bulk loaders that supply vectors by cache key.
   */
  public static String embeddingInput(CaseRecord r, Passage p) {
    String title = r.title() == null ? "" : r.title().strip();
    if (title.isEmpty()) return p.text();
    return p.text().isEmpty() ? title : title + "\n" + p.text();
  }

  /** Removes a record from both indexes; returns whether either held it. */
  public boolean delete(String recordId) throws IOException {
    boolean inText = text.delete(recordId);
    boolean inVectors = vectors.delete(recordId);
    return inText || inVectors;
  }

  /**
   * Compares the indexes with the source of truth.
   *
   * @param contentHashes every stored record's id and content hash
   */
  public Reconciliation reconcile(Map<String, String> contentHashes) {
    Map<String, String> inText = text.recordHashes();
    Map<String, String> inVectors = vectors.recordHashes();
    List<String> toIndex = new ArrayList<>();
    for (Map.Entry<String, String> e : contentHashes.entrySet()) {
      String expected = indexHash(e.getValue());
      if (!expected.equals(inText.get(e.getKey())) || !expected.equals(inVectors.get(e.getKey()))) {
        toIndex.add(e.getKey());
      }
    }
    Set<String> toDelete = new HashSet<>();
    for (String id : inText.keySet()) if (!contentHashes.containsKey(id)) toDelete.add(id);
    for (String id : inVectors.keySet()) if (!contentHashes.containsKey(id)) toDelete.add(id);
    return new Reconciliation(
        toIndex.stream().sorted().toList(), toDelete.stream().sorted().toList());
  }

  /**
   * Names what both indexes last committed and the indexing settings they were built with: equal
   * names mean the same committed indexes, built the same way. A clean shutdown records it; the
   * next start compares.
   */
  public String commitState() throws IOException {
    return fingerprint + "|text " + text.commitId() + "|vector " + vectors.commitId();
  }

  /** Merges away the text index's deleted passages, so its statistics count live ones only. */
  public void mergeDeletes() throws IOException {
    text.mergeDeletes();
  }

  /** Makes indexed changes visible to search. */
  public void refresh() throws IOException {
    text.refresh();
  }

  /** Makes indexed changes durable on disk. */
  public void commit() throws IOException {
    text.commit();
    vectors.commit();
  }

  /**
   * Commits both indexes and copies them under {@code target} (text/ and vector/), where they open
   * as indexes of their own. The caller holds off indexing until it returns.
   */
  public void snapshot(Path target) throws IOException {
    text.snapshot(target.resolve("text"));
    vectors.snapshot(target.resolve("vector"));
  }
}
