package uk.casesearch.engine.index.text;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.Passage;

/**
 * A persistent lexical (BM25) index over passages and titles, keyed by record id. Thread-safe:
 * searches may run concurrently with one writer.
 */
public interface TextIndex extends Closeable {

  /** Replaces all passages of a record, which names no people. */
  default void upsert(
      String recordId, String recordHash, RecordMeta meta, String title, List<Passage> passages)
      throws IOException {
    upsert(recordId, recordHash, meta, title, "", passages);
  }

  /**
   * Replaces all passages of a record. Visible to search after {@link #refresh()}.
   *
   * @param title the record's title, searchable on every passage
   * @param people the people the record names, with their roles ("Jo Bloggs, class teacher"),
   *     searchable on every passage
   */
  void upsert(
      String recordId,
      String recordHash,
      RecordMeta meta,
      String title,
      String people,
      List<Passage> passages)
      throws IOException;

  /**
   * Whether any indexed record is dated within [{@code from}, {@code to}] (inclusive; null is
   * open), whoever may see it.
   */
  boolean anyDated(LocalDate from, LocalDate to) throws IOException;

  /** Removes every passage of a record; returns false when it was not indexed. */
  boolean delete(String recordId) throws IOException;

  /**
   * Merges away deleted passages (of records since re-indexed or removed), waiting for it, so that
   * term statistics count live passages only; visible after {@link #refresh()}.
   */
  void mergeDeletes() throws IOException;

  /** Makes changes so far visible to search (not necessarily durable). */
  void refresh() throws IOException;

  /**
   * The {@code topK} best passages by BM25 for a free-text query among those whose record passes
   * {@code filter}. Query text is never rejected for its syntax.
   *
   * @throws IllegalArgumentException if {@code topK < 1}
   */
  default List<PassageHit> search(String query, int topK, SearchFilter filter) throws IOException {
    return search(query, List.of(), topK, filter);
  }

  /**
   * As {@link #search(String, int, SearchFilter)}, with expansion texts searched alongside the
   * query: a passage matching either scores, and an expansion as a whole counts {@code weight}
   * times as much as the query as a whole. Expansion text is read as plain words, never as query
   * syntax; a query written with operators is searched as written.
   *
   * @throws IllegalArgumentException if {@code topK < 1}
   */
  List<PassageHit> search(String query, List<Expansion> expansions, int topK, SearchFilter filter)
      throws IOException;

  /**
   * Text searched beside a query at a lower weight, such as the description of a concept the query
   * names.
   *
   * @param text plain words
   * @param weight relative to the query, in (0, 10]
   */
  record Expansion(String text, float weight) {
    public Expansion {
      if (text == null) throw new IllegalArgumentException("expansion text is required");
      if (!(weight > 0 && weight <= 10)) {
        throw new IllegalArgumentException("expansion weight must be in (0, 10], got: " + weight);
      }
    }
  }

  /**
   * A fragment of {@code text} of at most about {@code maxChars} characters around the query's
   * terms (synonyms and stems included), each match wrapped in {@code <mark>...</mark>}; the text
   * is HTML-escaped. Returns the start of the text, escaped, when nothing matches.
   */
  String highlight(String query, String text, int maxChars);

  /**
   * Record id to the hash it was indexed with, for reconciling with the database: every write so
   * far, refreshed or not. Read from the index when asked, so not for a search's path.
   */
  Map<String, String> recordHashes();

  /**
   * Names the last commit: another commit, or another index in the same place, has another name.
   * What a clean shutdown recorded is compared with it at the next start.
   */
  String commitId() throws IOException;

  /** Number of live passages. */
  int size();

  /** Makes every change so far durable on disk. */
  void commit() throws IOException;

  /**
   * Commits, then copies the committed index into {@code target} (created if missing; it must hold
   * no index), where it opens as an index of its own: the index half of a backup. The caller holds
   * off other writers until it returns.
   */
  void snapshot(Path target) throws IOException;
}
