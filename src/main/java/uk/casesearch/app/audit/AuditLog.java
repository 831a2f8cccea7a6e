package uk.casesearch.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import uk.casesearch.engine.util.Hashes;

/**
 * The append-only audit trail: every search, record view, download, export and administrative
 * action, written before the response goes out. Each row holds the SHA-256 of the previous row's
 * hash and its own fields, so an edited or deleted row breaks the chain at that point ({@link
 * #verify()}).
 *
 * <p>Appends are serialised in this process (concurrent ones share a transaction); one Casesearch
 * process writes a database's trail.
 */
@ApplicationScoped
public class AuditLog {

  /** The previous hash of the first row. */
  static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final AgroalDataSource dataSource;
  private long lastSeq = -1;
  private String lastHash;

  public AuditLog(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * An event to record.
   *
   * @param actor who (a user id or "key:" and a key id)
   * @param action what, e.g. search, view, original, export, delete, admin.api-key.create
   * @param caseId the case acted on, when there is one
   * @param recordId the record acted on, when there is one
   * @param detail the particulars (query, filters, ids returned): JSON-serialisable values
   * @param cases every case the event touched (for a search: the cases of the records returned)
   */
  public record Event(
      String actor,
      String action,
      String caseId,
      String recordId,
      Map<String, Object> detail,
      Set<String> cases) {}

  /** A stored row. */
  public record Row(
      long seq,
      Instant at,
      String actor,
      String action,
      String caseId,
      String recordId,
      String detail,
      String prevHash,
      String hash) {}

  /**
   * The outcome of checking the chain.
   *
   * @param rows rows checked
   * @param ok whether every row is intact and none is missing
   * @param firstBadSeq the first row (or gap) where the chain breaks, or -1
   * @param problem what is wrong there, or null
   */
  public record Verification(long rows, boolean ok, long firstBadSeq, String problem) {}

  /** An event waiting to be written, its detail already serialised. */
  private record Pending(
      Event event, String detail, Set<String> cases, CompletableFuture<Long> seq) {}

  /** Events appended and not yet written; whoever holds the monitor next writes them all. */
  private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();

  /**
   * Appends an event and commits it; returns its sequence number.
   *
   * <p>Group commit: events that arrive while another append holds the monitor are written by the
   * next holder in one transaction, in arrival order, so concurrent searches share a commit (the
   * commit was half of an append's time in a profile at 4 clients). Each call still returns only
   * once its own row is committed.
   *
   * @throws IllegalStateException if writing failed (then no row of that transaction is written)
   */
  public long append(Event e) {
    String detail;
    try {
      detail = JSON.writeValueAsString(e.detail() == null ? Map.of() : new TreeMap<>(e.detail()));
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException(
          "audit detail is not serialisable: " + ex.getOriginalMessage(), ex);
    }
    Set<String> cases = new TreeSet<>();
    if (e.caseId() != null) cases.add(e.caseId());
    if (e.cases() != null) cases.addAll(e.cases());
    Pending mine = new Pending(e, detail, cases, new CompletableFuture<>());
    waiting.add(mine);
    synchronized (this) {
      if (!mine.seq().isDone()) writeWaiting();
    }
    try {
      return mine.seq().join();
    } catch (CompletionException ex) {
      throw ex.getCause() instanceof IllegalStateException ise
          ? ise
          : new IllegalStateException(ex.getCause());
    }
  }

  /**
   * Writes every waiting event in one transaction and completes each one's future; the caller holds
   * the monitor.
   */
  private void writeWaiting() {
    List<Pending> batch = new ArrayList<>();
    for (Pending p; (p = waiting.poll()) != null; ) batch.add(p);
    if (batch.isEmpty()) return;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      for (int attempt = 1; ; attempt++) {
        try {
          appendBatch(c, batch);
          return;
        } catch (SQLException ex) {
          c.rollback();
          lastHash = null; // re-read the head next time
          // Another instance sharing the database took the next number first: follow its row.
          if (!duplicateKey(ex) || attempt == MAX_ATTEMPTS) throw ex;
        }
      }
    } catch (SQLException | RuntimeException ex) {
      IllegalStateException failed =
          new IllegalStateException("writing the audit trail failed: " + ex.getMessage(), ex);
      for (Pending p : batch) p.seq().completeExceptionally(failed);
    }
  }

  /** Whether the failure, or one it carries (a batch's), is a unique-key violation. */
  private static boolean duplicateKey(SQLException ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof SQLException q) {
        if ("23505".equals(q.getSQLState())) return true;
        if (q.getNextException() != null && "23505".equals(q.getNextException().getSQLState()))
          return true;
      }
    }
    return false;
  }

  /** How often a batch follows another instance's rows before it gives up. */
  private static final int MAX_ATTEMPTS = 50;

  /** Appends the batch after the head of the chain and commits. */
  private void appendBatch(Connection c, List<Pending> batch) throws SQLException {
    if (lastHash == null) loadHead(c);
    long seq = lastSeq;
    String prev = lastHash;
    long[] seqs = new long[batch.size()];
    try (PreparedStatement events =
            c.prepareStatement(
                "insert into audit_event (seq, at_ms, actor, action, case_id, record_id, detail, prev_hash, hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement touched =
            c.prepareStatement("insert into audit_case (seq, case_id) values (?, ?)")) {
      for (int i = 0; i < batch.size(); i++) {
        Pending p = batch.get(i);
        Event e = p.event();
        seq++;
        long at = System.currentTimeMillis();
        String hash =
            hash(prev, seq, at, e.actor(), e.action(), e.caseId(), e.recordId(), p.detail());
        events.setLong(1, seq);
        events.setLong(2, at);
        events.setString(3, e.actor());
        events.setString(4, e.action());
        events.setString(5, e.caseId());
        events.setString(6, e.recordId());
        events.setString(7, p.detail());
        events.setString(8, prev);
        events.setString(9, hash);
        events.addBatch();
        for (String caseId : p.cases()) {
          touched.setLong(1, seq);
          touched.setString(2, caseId);
          touched.addBatch();
        }
        seqs[i] = seq;
        prev = hash;
      }
      events.executeBatch();
      touched.executeBatch();
    }
    c.commit();
    lastSeq = seq;
    lastHash = prev;
    for (int i = 0; i < batch.size(); i++) batch.get(i).seq().complete(seqs[i]);
  }

  /**
   * Rows matching the filters, oldest first.
   *
   * @param actor only this actor (null: any)
   * @param caseId only events that touched this case (null: any)
   * @param action only this action (null: any)
   * @param from at or after (null: open)
   * @param to before (null: open)
   * @param afterSeq only rows after this sequence number (paging)
   * @param limit at most this many
   */
  public List<Row> find(
      String actor,
      String caseId,
      String action,
      Instant from,
      Instant to,
      long afterSeq,
      int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select e.seq, e.at_ms, e.actor, e.action, e.case_id, e.record_id, e.detail, e.prev_hash, e.hash from audit_event e where e.seq > ?");
    List<Object> args = new ArrayList<>();
    args.add(afterSeq);
    if (actor != null) {
      sql.append(" and e.actor = ?");
      args.add(actor);
    }
    if (action != null) {
      sql.append(" and e.action = ?");
      args.add(action);
    }
    if (from != null) {
      sql.append(" and e.at_ms >= ?");
      args.add(from.toEpochMilli());
    }
    if (to != null) {
      sql.append(" and e.at_ms < ?");
      args.add(to.toEpochMilli());
    }
    if (caseId != null) {
      sql.append(" and exists (select 1 from audit_case a where a.case_id = ? and a.seq = e.seq)");
      args.add(caseId);
    }
    sql.append(" order by e.seq limit ?");
    args.add(limit);
    List<Row> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(row(rs));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit trail failed: " + e.getMessage(), e);
    }
    return out;
  }

  /** Walks the whole chain and reports the first row that was edited, or a row that is missing. */
  public Verification verify() {
    long rows = 0;
    String prev = GENESIS;
    long expectedSeq = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select seq, at_ms, actor, action, case_id, record_id, detail, prev_hash, hash from audit_event order by seq")) {
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row r = row(rs);
          rows++;
          if (r.seq() != expectedSeq) {
            return new Verification(
                rows,
                false,
                expectedSeq,
                "rows " + expectedSeq + " to " + (r.seq() - 1) + " are missing");
          }
          if (!r.prevHash().equals(prev)) {
            return new Verification(
                rows, false, r.seq(), "row " + r.seq() + " does not follow the row before it");
          }
          String expected =
              hash(
                  prev,
                  r.seq(),
                  r.at().toEpochMilli(),
                  r.actor(),
                  r.action(),
                  r.caseId(),
                  r.recordId(),
                  r.detail());
          if (!expected.equals(r.hash())) {
            return new Verification(
                rows, false, r.seq(), "row " + r.seq() + " was changed after it was written");
          }
          prev = r.hash();
          expectedSeq++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit trail failed: " + e.getMessage(), e);
    }
    long written;
    synchronized (this) {
      written = lastHash == null ? -1 : lastSeq;
    }
    if (written >= expectedSeq) {
      // The chain cannot show rows cut from its end; this process knows how far it wrote.
      return new Verification(
          rows,
          false,
          expectedSeq,
          "rows " + expectedSeq + " to " + written + " are missing from the end");
    }
    return new Verification(rows, true, -1, null);
  }

  private void loadHead(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("select seq, hash from audit_event order by seq desc limit 1");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        lastSeq = rs.getLong(1);
        lastHash = rs.getString(2);
      } else {
        lastSeq = -1;
        lastHash = GENESIS;
      }
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong(1),
        Instant.ofEpochMilli(rs.getLong(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9));
  }

  /**
   * The hash of a row: every field, each length-prefixed so that no two rows can collide by
   * shifting text.
   */
  static String hash(
      String prev,
      long seq,
      long atMs,
      String actor,
      String action,
      String caseId,
      String recordId,
      String detail) {
    StringBuilder sb = new StringBuilder(prev).append('|').append(seq).append('|').append(atMs);
    for (String f : new String[] {actor, action, caseId, recordId, detail}) {
      if (f == null) sb.append("|-");
      else sb.append('|').append(f.length()).append(':').append(f);
    }
    return Hashes.sha256Hex(sb.toString());
  }
}
