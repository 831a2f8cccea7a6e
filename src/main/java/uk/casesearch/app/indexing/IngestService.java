package uk.casesearch.app.indexing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;

/**
 * Validates, stores and queues records for indexing. A record is acknowledged once its database
 * transaction commits; indexing follows on the indexing thread.
 */
@ApplicationScoped
public class IngestService {

  private final RecordStore store;
  private final IndexingService indexing;
  private final CasesearchConfig config;
  private final RecordParser parser;

  public IngestService(RecordStore store, IndexingService indexing, CasesearchConfig config) {
    this.store = store;
    this.indexing = indexing;
    this.config = config;
    RecordParser.Limits defaults = RecordParser.Limits.defaults();
    this.parser =
        new RecordParser(
            new RecordParser.Limits(
                defaults.maxIdLength(), config.ingest().maxTextChars(), defaults.maxPeople()));
  }

  /** One record that was not accepted, by its 0-based position in the batch. */
  public record Rejection(int index, String id, String error) {}

  /**
   * What happened to a batch.
   *
   * @param searchable whether the accepted records are searchable (known only when waited for)
   */
  public record Outcome(
      int accepted, int unchanged, List<Rejection> rejected, boolean searchable) {}

  /**
   * Validates every record, commits the valid ones in one transaction and queues the changed ones
   * for indexing.
   *
   * @param nodes the batch, in order; a null entry is a line that did not parse
   * @param unparsable the rejections already known for null entries
   * @param wait whether to return only once accepted records are searchable
   * @throws IllegalArgumentException if the batch is over the configured size
   */
  public Outcome ingest(List<JsonNode> nodes, List<Rejection> unparsable, boolean wait) {
    int max = config.ingest().maxRecordsPerRequest();
    if (nodes.size() > max) {
      throw new IllegalArgumentException(
          "a request may carry at most "
              + max
              + " records, got "
              + nodes.size()
              + ": split the batch or use the import command");
    }
    List<Rejection> rejected = new ArrayList<>(unparsable);
    List<CaseRecord> valid = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) == null) continue;
      RecordParser.Result r = parser.parse(nodes.get(i), true);
      if (r.ok()) valid.add(r.record());
      else rejected.add(new Rejection(i, r.id(), String.join("; ", r.errors())));
    }
    rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
    if (valid.isEmpty()) return new Outcome(0, 0, rejected, true);
    Stored stored = storeAndQueue(valid);
    int unchanged = stored.result().unchanged();
    boolean searchable = !wait || await(stored.indexed());
    return new Outcome(valid.size() - unchanged, unchanged, rejected, searchable);
  }

  /** What storing a batch did, and when its changed records are searchable. */
  public record Stored(RecordStore.UpsertResult result, CompletableFuture<Void> indexed) {}

  /** Commits validated records in one transaction and queues the changed ones for indexing. */
  public Stored storeAndQueue(List<CaseRecord> records) {
    RecordStore.UpsertResult stored = store.upsert(records);
    return new Stored(stored, indexing.submit(stored.changed()));
  }

  /** A stored record. */
  public Optional<CaseRecord> find(String id) {
    return store.find(id);
  }

  /** Deletes a record from the store, then from both indexes; false when there was none. */
  public boolean delete(String id, boolean wait) {
    // An e-mail's attachment records go with it.
    List<String> deleted = store.deleteWithAttachments(id);
    if (deleted.isEmpty()) return false;
    CompletableFuture<Void> done = indexing.submit(deleted);
    if (wait) await(done);
    return true;
  }

  public RecordParser parser() {
    return parser;
  }

  /** Waits, up to the configured time, until {@code f} completes: whether it did. */
  boolean await(CompletableFuture<Void> f) {
    try {
      f.get(config.ingest().waitTimeoutSeconds(), TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "indexing failed; the records are stored and will be re-indexed", e.getCause());
    }
  }
}
