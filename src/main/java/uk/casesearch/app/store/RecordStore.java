package uk.casesearch.app.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.ContentHash;
import uk.casesearch.engine.insight.CaseSource;
import uk.casesearch.engine.insight.InsightFinder;
import uk.casesearch.engine.insight.RecordInsight;
import uk.casesearch.engine.search.RecordLookup;

/** Stores and reads case records in the database, each call in its own transaction. */
@ApplicationScoped
public class RecordStore implements RecordLookup {

  /** Ids per IN (...) query: well under every database's parameter limit. */
  private static final int IN_CHUNK = 500;

  private final EntityManager em;
  private final AgroalDataSource dataSource;
  private final InsightFinder insights;

  /** Whether each change also leaves a row in index_outbox (the cluster backend's). */
  private final boolean outbox;

  public RecordStore(
      EntityManager em,
      AgroalDataSource dataSource,
      InsightFinder insights,
      CasesearchConfig config) {
    this.em = em;
    this.dataSource = dataSource;
    this.insights = insights;
    this.outbox = config.backend() == CasesearchConfig.Backend.OPENSEARCH;
  }

  /** In the caller's transaction: these records changed and the cluster must hear of it. */
  private void queue(Collection<String> ids) {
    if (!outbox) return;
    for (String id : ids) {
      em.createNativeQuery("insert into index_outbox (record_id) values (?1)")
          .setParameter(1, id)
          .executeUpdate();
    }
  }

  /**
   * The outbox rows of these records (their sequence numbers), read before their current state is:
   * once that state is indexed, {@link #delivered} deletes them, and a change committed meanwhile
   * keeps its own row.
   */
  public List<Long> outboxRows(Collection<String> ids) {
    if (!outbox || ids.isEmpty()) return List.of();
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Long> out = new ArrayList<>();
              for (Object seq :
                  em.createNativeQuery("select seq from index_outbox where record_id in (?1)")
                      .setParameter(1, List.copyOf(ids))
                      .getResultList()) out.add(((Number) seq).longValue());
              return out;
            });
  }

  /** Deletes outbox rows whose changes are on the cluster. */
  public void delivered(List<Long> rows) {
    if (rows.isEmpty()) return;
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("delete from index_outbox where seq in (?1)")
                    .setParameter(1, rows)
                    .executeUpdate());
  }

  /**
   * Up to {@code max} records with an outbox row numbered at most {@code upTo} (rows that outlived
   * the instance that wrote them), and the highest row number now, for the next call.
   */
  public Outbox undelivered(long upTo, int max) {
    if (!outbox) return new Outbox(List.of(), 0);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Number high =
                  (Number)
                      em.createNativeQuery("select coalesce(max(seq), 0) from index_outbox")
                          .getSingleResult();
              List<String> ids = new ArrayList<>();
              for (Object id :
                  em.createNativeQuery(
                          "select distinct record_id from index_outbox where seq <= ?1")
                      .setParameter(1, upTo)
                      .setMaxResults(max)
                      .getResultList()) ids.add((String) id);
              return new Outbox(ids, high.longValue());
            });
  }

  /** Records whose changes may not have reached the cluster, and the outbox's last row number. */
  public record Outbox(List<String> recordIds, long highest) {}

  /** What an upsert did. */
  public record UpsertResult(List<String> changed, int unchanged) {}

  /**
   * Inserts or replaces records in one transaction; a record whose content is unchanged is left
   * alone. Returns the ids that changed (they need indexing). Later duplicates in the list win.
   *
   * <p>A record sent as JSON over one that was made from a document replaces the document: the link
   * to its original file goes, and so do an e-mail's attachment records (their ids are returned as
   * changed, so the indexes drop them).
   */
  public UpsertResult upsert(List<CaseRecord> records) {
    Map<String, CaseRecord> byId = new LinkedHashMap<>();
    for (CaseRecord r : records) {
      byId.remove(r.id());
      byId.put(r.id(), r);
    }
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              UpsertResult result = upsertInTransaction(byId);
              List<String> changed = new ArrayList<>(result.changed());
              for (String id : result.changed()) {
                OriginalEntity o = em.find(OriginalEntity.class, id);
                if (o == null) continue;
                if (o.parentId == null) {
                  for (String attachment : attachmentsOf(id)) {
                    if (byId.containsKey(attachment)) continue;
                    RecordEntity e = em.find(RecordEntity.class, attachment);
                    if (e != null) em.remove(e);
                    changed.add(attachment);
                  }
                }
                em.remove(o);
              }
              queue(changed);
              return new UpsertResult(changed, result.unchanged());
            });
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
      e.insight = insights.find(r).toJson();
      e.insightVersion = RecordInsight.VERSION;
      changed.add(r.id());
    }
    return new UpsertResult(changed, unchanged);
  }

  /**
   * Where a document record came from: its original file, by content hash.
   *
   * @param parentId for an e-mail's attachment, the e-mail's record; otherwise null
   */
  public record Original(
      String sha256,
      String fileName,
      String mediaType,
      long sizeBytes,
      boolean hasText,
      String parentId) {
    /** The original of a document that is no attachment. */
    public Original(
        String sha256, String fileName, String mediaType, long sizeBytes, boolean hasText) {
      this(sha256, fileName, mediaType, sizeBytes, hasText, null);
    }
  }

  /** A document record and its original file. */
  public record Document(CaseRecord record, Original original) {}

  /**
   * Inserts or replaces a document record and the row naming its original file, in one transaction:
   * a record is never stored without its original, nor the other way round.
   */
  public UpsertResult upsertDocument(CaseRecord record, Original original) {
    return upsertDocuments(List.of(new Document(record, original)));
  }

  /**
   * Inserts or replaces document records (an e-mail's and its attachments') with the rows naming
   * their originals, in one transaction. A document's attachment records that this batch does not
   * carry again (an e-mail sent again with fewer attachments) are removed; the ids returned as
   * changed include them (the indexes must drop them).
   */
  public UpsertResult upsertDocuments(List<Document> documents) {
    Map<String, CaseRecord> byId = new LinkedHashMap<>();
    for (Document d : documents) byId.put(d.record().id(), d.record());
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              UpsertResult result = upsertInTransaction(byId);
              for (Document d : documents) {
                OriginalEntity o = em.find(OriginalEntity.class, d.record().id());
                if (o == null) {
                  o = new OriginalEntity();
                  o.recordId = d.record().id();
                  apply(o, d.original());
                  em.persist(o);
                } else {
                  apply(o, d.original());
                }
              }
              List<String> changed = new ArrayList<>(result.changed());
              for (Document d : documents) {
                if (d.original().parentId() != null) continue;
                for (String stale : attachmentsOf(d.record().id())) {
                  if (byId.containsKey(stale)) continue;
                  RecordEntity e = em.find(RecordEntity.class, stale);
                  if (e != null) em.remove(e);
                  changed.add(stale);
                }
              }
              queue(changed);
              return new UpsertResult(changed, result.unchanged());
            });
  }

  private static void apply(OriginalEntity o, Original original) {
    o.sha256 = original.sha256();
    o.fileName = original.fileName();
    o.mediaType = original.mediaType();
    o.sizeBytes = original.sizeBytes();
    o.hasText = original.hasText();
    o.parentId = original.parentId();
  }

  /** The original file of a document record, if it has one. */
  public Optional<Original> original(String recordId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Optional.ofNullable(em.find(OriginalEntity.class, recordId))
                    .map(
                        o ->
                            new Original(
                                o.sha256,
                                o.fileName,
                                o.mediaType,
                                o.sizeBytes,
                                o.hasText,
                                o.parentId)));
  }

  /** The ids of an e-mail record's attachment records, in order (~att-2 before ~att-10). */
  public List<String> attachments(String recordId) {
    return QuarkusTransaction.requiringNew().call(() -> attachmentsOf(recordId));
  }

  private List<String> attachmentsOf(String recordId) {
    List<String> ids =
        new ArrayList<>(
            em.createQuery(
                    "select o.recordId from OriginalEntity o where o.parentId = :id", String.class)
                .setParameter("id", recordId)
                .getResultList());
    ids.sort(
        java.util.Comparator.comparingInt(String::length)
            .thenComparing(java.util.Comparator.naturalOrder()));
    return ids;
  }

  /**
   * Deletes a record and its people, and an e-mail record's attachment records; returns the ids
   * deleted, none when there was no such record.
   */
  public List<String> deleteWithAttachments(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              RecordEntity e = em.find(RecordEntity.class, id);
              if (e == null) return List.<String>of();
              List<String> deleted = new ArrayList<>();
              for (String child : attachmentsOf(id)) {
                RecordEntity c = em.find(RecordEntity.class, child);
                if (c != null) {
                  em.remove(c);
                  deleted.add(child);
                }
              }
              em.remove(e);
              deleted.add(0, id);
              queue(deleted);
              return deleted;
            });
  }

  /** The stored record, if there is one. */
  public Optional<CaseRecord> find(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> Optional.ofNullable(em.find(RecordEntity.class, id)).map(RecordEntity::toRecord));
  }

  /**
   * The records with these ids that exist, read with plain JDBC: every search shows ten of them,
   * and an entity query with a fetch join is planned anew for each list of ids, which costs more
   * than the search around it. One statement, so each record comes with the people of the same
   * version.
   */
  @Override
  public Map<String, CaseRecord> findAll(Collection<String> ids) {
    Map<String, CaseRecord> out = new HashMap<>();
    byIds(
        ids,
        in ->
            "select r.id, r.case_id, r.child_id, r.child_name, r.child_dob, r.record_type, r.title,"
                + " r.record_date, r.author, r.team, r.body, r.restricted, r.source_system,"
                + " p.name, p.role, p.relation_to_child, p.kind"
                + " from case_record r left join record_person p on p.record_id = r.id"
                + " where r.id in ("
                + in
                + ") order by r.id, p.position",
        rs -> {
          CaseRecord current = null;
          List<CaseRecord.Person> people = new ArrayList<>();
          while (rs.next()) {
            if (current == null || !current.id().equals(rs.getString(1))) {
              if (current != null) out.put(current.id(), withPeople(current, people));
              current = record(rs);
              people = new ArrayList<>();
            }
            String name = rs.getString(14);
            if (name != null)
              people.add(
                  new CaseRecord.Person(
                      name, rs.getString(15), rs.getString(16), rs.getString(17)));
          }
          if (current != null) out.put(current.id(), withPeople(current, people));
        });
    return out;
  }

  /** The fields facets count, read alone (a search with facets asks this of every record found). */
  @Override
  public Map<String, Facts> facts(Collection<String> ids) {
    Map<String, Facts> out = new HashMap<>();
    byIds(
        ids,
        in ->
            "select id, case_id, child_id, record_type, team, record_date from case_record"
                + " where id in ("
                + in
                + ")",
        rs -> {
          while (rs.next()) {
            out.put(
                rs.getString(1),
                new Facts(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, LocalDate.class)));
          }
        });
    return out;
  }

  /** Reads one statement's rows. */
  @FunctionalInterface
  private interface Rows {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a query once per {@link #IN_CHUNK} of the distinct ids, on one connection: {@code sql} is
   * given the placeholders of its {@code in (...)} list, {@code rows} each statement's result.
   */
  private void byIds(Collection<String> ids, Function<String, String> sql, Rows rows) {
    List<String> list = List.copyOf(new LinkedHashSet<>(ids));
    try (Connection c = dataSource.getConnection()) {
      for (int i = 0; i < list.size(); i += IN_CHUNK) {
        List<String> chunk = list.subList(i, Math.min(list.size(), i + IN_CHUNK));
        String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(sql.apply(in))) {
          for (int k = 0; k < chunk.size(); k++) ps.setString(k + 1, chunk.get(k));
          try (ResultSet rs = ps.executeQuery()) {
            rows.read(rs);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading records failed: " + e.getMessage(), e);
    }
  }

  /**
   * The record on {@link #findAll}'s current row (columns in its select order), people to follow.
   */
  private static CaseRecord record(ResultSet rs) throws SQLException {
    return new CaseRecord(
        rs.getString(1),
        rs.getString(2),
        RecordEntity.child(rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)),
        rs.getString(6),
        rs.getString(7),
        rs.getObject(8, LocalDate.class),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        List.of(),
        rs.getBoolean(12),
        rs.getString(13));
  }

  private static CaseRecord withPeople(CaseRecord r, List<CaseRecord.Person> people) {
    return new CaseRecord(
        r.id(),
        r.caseId(),
        r.child(),
        r.type(),
        r.title(),
        r.date(),
        r.author(),
        r.team(),
        r.text(),
        people,
        r.restricted(),
        r.sourceSystem());
  }

  /** Deletes a record and its people; returns false when there was none. */
  public boolean delete(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              RecordEntity e = em.find(RecordEntity.class, id);
              if (e == null) return false;
              em.remove(e);
              queue(List.of(id));
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

  /** A value the service keeps about its indexes ({@code index_state}), or null. */
  public String indexState(String name) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> rows =
                  em.createNativeQuery("select content from index_state where name = ?1")
                      .setParameter(1, name)
                      .getResultList();
              return rows.isEmpty() ? null : (String) rows.getFirst();
            });
  }

  /**
   * Sets ({@code value} not null) or removes a value kept about the indexes, committed on return.
   */
  public void setIndexState(String name, String value) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery("delete from index_state where name = ?1")
                  .setParameter(1, name)
                  .executeUpdate();
              if (value != null) {
                em.createNativeQuery("insert into index_state (name, content) values (?1, ?2)")
                    .setParameter(1, name)
                    .setParameter(2, value)
                    .executeUpdate();
              }
            });
  }

  /** Every record of a case, oldest first (undated last), for a case's own views and exports. */
  public List<CaseRecord> byCase(String caseId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "select r from RecordEntity r where r.caseId = :c order by case when r.date is null then 1 else 0 end, r.date, r.id",
                        RecordEntity.class)
                    .setParameter("c", caseId)
                    .getResultStream()
                    .map(RecordEntity::toRecord)
                    .toList());
  }

  /**
   * Every record of a case with what was found in it when it was stored, oldest first. Findings
   * missing or of another version (a record stored before they existed) are found now.
   */
  public List<CaseSource> byCaseWithInsight(String caseId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "select r from RecordEntity r where r.caseId = :c order by case when r.date is null then 1 else 0 end, r.date, r.id",
                        RecordEntity.class)
                    .setParameter("c", caseId)
                    .getResultStream()
                    .map(this::withInsight)
                    .toList());
  }

  private CaseSource withInsight(RecordEntity e) {
    CaseRecord r = e.toRecord();
    if (e.insight != null && Integer.valueOf(RecordInsight.VERSION).equals(e.insightVersion))
      return new CaseSource(r, RecordInsight.fromJson(e.insight));
    return new CaseSource(r, insights.find(r));
  }

  /**
   * Finds again what records say where the stored findings are missing or of another version, in
   * batches of their own transactions; returns how many records were read.
   */
  public int refreshInsights(int batch) {
    List<String> stale =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "select r.id from RecordEntity r where r.insightVersion is null or r.insightVersion <> :v",
                            String.class)
                        .setParameter("v", RecordInsight.VERSION)
                        .getResultList());
    for (int i = 0; i < stale.size(); i += batch) {
      List<String> chunk = stale.subList(i, Math.min(stale.size(), i + batch));
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  load(chunk)
                      .values()
                      .forEach(
                          // Only the findings' columns, and only if the record is still the one
                          // read: an upsert meanwhile has stored its own findings.
                          e ->
                              em.createNativeQuery(
                                      "update case_record set insight = ?1, insight_version = ?2"
                                          + " where id = ?3 and content_hash = ?4")
                                  .setParameter(1, insights.find(e.toRecord()).toJson())
                                  .setParameter(2, RecordInsight.VERSION)
                                  .setParameter(3, e.id)
                                  .setParameter(4, e.contentHash)
                                  .executeUpdate()));
    }
    return stale.size();
  }

  /** Number of stored records. */
  public long count() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery("select count(r) from RecordEntity r", Long.class)
                    .getSingleResult());
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
