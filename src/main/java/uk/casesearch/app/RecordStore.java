package uk.casesearch.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.ContentHash;
import uk.casesearch.engine.search.RecordLookup;

/** Stores and reads case records in the database, each call in its own transaction. */
@ApplicationScoped
public class RecordStore implements RecordLookup {

  /** Ids per IN (...) query: well under every database's parameter limit. */
  private static final int IN_CHUNK = 500;

  private final EntityManager em;

  public RecordStore(EntityManager em) {
    this.em = em;
  }

  /** What an upsert did. */
  public record UpsertResult(List<String> changed, int unchanged) {}

  /**
   * Inserts or replaces records in one transaction; a record whose content is unchanged is left
   * alone. Returns the ids that changed (they need indexing). Later duplicates in the list win.
   */
  public UpsertResult upsert(List<CaseRecord> records) {
    Map<String, CaseRecord> byId = new LinkedHashMap<>();
    for (CaseRecord r : records) {
      byId.remove(r.id());
      byId.put(r.id(), r);
    }
    return QuarkusTransaction.requiringNew().call(() -> upsertInTransaction(byId));
  }

  private UpsertResult upsertInTransaction(Map<String, CaseRecord> byId) {
    Map<String, RecordEntity> existing = load(byId.keySet());
    Instant now = Instant.now();
    List<String> changed = new ArrayList<>();
    int unchanged = 0;
    for (CaseRecord r : byId.values()) {
      String hash = ContentHash.of(r);
      RecordEntity e = existing.get(r.id());
      if (e != null && hash.equals(e.contentHash)) {
        unchanged++;
        continue;
      }
      if (e == null) {
        e = new RecordEntity();
        e.apply(r, hash, now);
        em.persist(e);
      } else {
        e.apply(r, hash, now);
      }
      changed.add(r.id());
    }
    return new UpsertResult(changed, unchanged);
  }

  /** Where a document record came from: its original file, by content hash. */
  public record Original(String sha256, String fileName, String mediaType, long sizeBytes, boolean hasText) {}

  /**
   * Inserts or replaces a document record and the row naming its original file, in one
   * transaction: a record is never stored without its original, nor the other way round.
   */
  public UpsertResult upsertDocument(CaseRecord record, Original original) {
    Map<String, CaseRecord> byId = new LinkedHashMap<>();
    byId.put(record.id(), record);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              UpsertResult result = upsertInTransaction(byId);
              OriginalEntity o = em.find(OriginalEntity.class, record.id());
              if (o == null) {
                o = new OriginalEntity();
                o.recordId = record.id();
                apply(o, original);
                em.persist(o);
              } else {
                apply(o, original);
              }
              return result;
            });
  }

  private static void apply(OriginalEntity o, Original original) {
    o.sha256 = original.sha256();
    o.fileName = original.fileName();
    o.mediaType = original.mediaType();
    o.sizeBytes = original.sizeBytes();
    o.hasText = original.hasText();
  }

  /** The original file of a document record, if it has one. */
  public Optional<Original> original(String recordId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Optional.ofNullable(em.find(OriginalEntity.class, recordId))
                    .map(o -> new Original(o.sha256, o.fileName, o.mediaType, o.sizeBytes, o.hasText)));
  }

  /** The stored record, if there is one. */
  public Optional<CaseRecord> find(String id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Optional.ofNullable(em.find(RecordEntity.class, id)).map(RecordEntity::toRecord));
  }

  @Override
  public Map<String, CaseRecord> findAll(Collection<String> ids) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, CaseRecord> out = new HashMap<>();
              load(ids).forEach((id, e) -> out.put(id, e.toRecord()));
              return out;
            });
  }

  /** Deletes a record and its people; returns false when there was none. */
  public boolean delete(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              RecordEntity e = em.find(RecordEntity.class, id);
              if (e == null) return false;
              em.remove(e);
              return true;
            });
  }

  /** Every record's id and content hash, for reconciling the indexes. */
  public Map<String, String> contentHashes() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, String> out = new HashMap<>();
              em.createQuery("select r.id, r.contentHash from RecordEntity r", Object[].class)
                  .getResultStream()
                  .forEach(row -> out.put((String) row[0], (String) row[1]));
              return out;
            });
  }

  /** Number of stored records. */
  public long count() {
    return QuarkusTransaction.requiringNew()
        .call(() -> em.createQuery("select count(r) from RecordEntity r", Long.class).getSingleResult());
  }

  private Map<String, RecordEntity> load(Collection<String> ids) {
    Map<String, RecordEntity> out = new HashMap<>();
    List<String> list = new ArrayList<>(ids);
    for (int i = 0; i < list.size(); i += IN_CHUNK) {
      List<String> chunk = list.subList(i, Math.min(list.size(), i + IN_CHUNK));
      em.createQuery(
              "select distinct r from RecordEntity r left join fetch r.people where r.id in :ids",
              RecordEntity.class)
          .setParameter("ids", chunk)
          // A list, not a stream: streamed rows of a collection fetch-join are not aggregated, and
          // each record would come back with only its first person.
          .getResultList()
          .forEach(e -> out.put(e.id, e));
    }
    return out;
  }
}
