package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casesearch.app.audit.AuditLog;

/**
 * The audit trail's hash chain finds edited and deleted rows; the application log holds no record
 * text.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTest {

  @Inject AgroalDataSource dataSource;
  @Inject AuditLog audit;

  private String auditor;

  @BeforeEach
  void keys() {
    TestAuth.noDefaultCredentials();
    auditor = TestAuth.key("audit test auditor", List.of("auditor"), List.of(), false, false);
  }

  private Response verify() {
    return given().header("X-API-Key", auditor).get("/api/v1/audit/verify");
  }

  @Test
  void editingOrDeletingARowBreaksTheChainWhereItHappened() throws Exception {
    // Make some history: key creations and an access change are audited.
    TestAuth.grant("CASE-AUDIT-CHAIN", List.of("Chain Team"), List.of(), List.of());
    verify().then().statusCode(200).body("ok", equalTo(true)).body("rows", greaterThan(2));
    long seq;
    String detail;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select seq, detail from audit_event where action = 'admin.case-access.set' and case_id = 'CASE-AUDIT-CHAIN' order by seq desc limit 1");
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next());
      seq = rs.getLong(1);
      detail = rs.getString(2);
    }
    // An edit: someone widens the recorded grant after the fact.
    update(
        "update audit_event set detail = ? where seq = ?",
        detail.replace("Chain Team", "Another Team"),
        seq);
    verify()
        .then()
        .statusCode(200)
        .body("ok", equalTo(false))
        .body("first_bad_seq", equalTo((int) seq))
        .body("problem", org.hamcrest.Matchers.containsString("changed"));
    update("update audit_event set detail = ? where seq = ?", detail, seq);
    verify().then().body("ok", equalTo(true));
    // A deletion: the row goes (its case index first), and the chain shows the gap.
    Map<String, Object> row = readRow(seq);
    update("delete from audit_case where seq = ?", null, seq);
    update("delete from audit_event where seq = ?", null, seq);
    verify()
        .then()
        .statusCode(200)
        .body("ok", equalTo(false))
        .body("first_bad_seq", equalTo((int) seq))
        .body("problem", org.hamcrest.Matchers.containsString("missing"));
    restoreRow(row);
    verify().then().body("ok", equalTo(true));
  }

  @Test
  void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
    // Half the writers go through a second audit log on the same database, as a second service
    // instance would: whichever takes a number first, the other follows its row.
    AuditLog other = new AuditLog(dataSource);
    int threads = 8;
    int each = 40;
    List<Long> seqs = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    List<Thread> writers = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int writer = t;
      writers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < each; i++) {
                      seqs.add(
                          (writer % 2 == 0 ? audit : other)
                              .append(
                                  new AuditLog.Event(
                                      "key:concurrent-" + writer,
                                      "search",
                                      null,
                                      null,
                                      Map.of("q", "query " + i),
                                      java.util.Set.of("CASE-CONC-" + writer, "CASE-CONC-ALL"))));
                    }
                  }));
    }
    for (Thread w : writers) w.join();
    assertEquals(threads * each, seqs.size());
    assertEquals(
        threads * each,
        seqs.stream().distinct().count(),
        "every append has a sequence number of its own");
    long first = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();
    long last = seqs.stream().mapToLong(Long::longValue).max().orElseThrow();
    assertTrue(last - first + 1 >= threads * each, "numbers in one rising sequence");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from audit_case where case_id like 'CASE-CONC-%' and seq between ? and ?")) {
      ps.setLong(1, first);
      ps.setLong(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(2L * threads * each, rs.getLong(1), "each event's two cases are indexed");
      }
    }
    verify().then().statusCode(200).body("ok", equalTo(true));
  }

  @Test
  void theApplicationLogHoldsNoRecordText() throws Exception {
    String secret = "Quillonbrook";
    String text =
        "Mum disclosed that "
            + secret
            + " hit her in front of the children at the flat on Tuesday.";
    String key = TestAuth.key("log test", List.of("practitioner", "ingest"), List.of(), true, true);
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Fixtures.record(
                    "AUDIT-LOG-1",
                    "CASE-AUDIT-LOG",
                    "case_note",
                    "Visit by " + secret,
                    "2024-03-01",
                    "T",
                    text)))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    given()
        .header("X-API-Key", key)
        .queryParam("q", secret + " hit")
        .get("/api/v1/search")
        .then()
        .statusCode(200);
    given().header("X-API-Key", key).get("/api/v1/records/AUDIT-LOG-1").then().statusCode(200);
    // Failures that carry record text: malformed JSON, an invalid record, an unknown field.
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body("[{\"id\": \"x\", \"text\": \"" + secret + " again")
        .post("/api/v1/records")
        .then()
        .statusCode(400);
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body(List.of(Map.of("id", "AUDIT-LOG-2", "text", secret + " without a case")))
        .post("/api/v1/records")
        .then()
        .statusCode(400);
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("q", secret, "bogus", secret))
        .post("/api/v1/search")
        .then()
        .statusCode(400);
    Path log = Path.of("target", "test-data", "application.log");
    assertTrue(Files.exists(log), "the test profile writes the application log to " + log);
    String content = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(content.contains("casesearch"), "the log was written");
    assertFalse(content.contains(secret), "record text or a query reached the application log");
    // The audit trail, not the log, is where the query is kept.
    List<String> details =
        given()
            .header("X-API-Key", auditor)
            .queryParam("case", "CASE-AUDIT-LOG")
            .get("/api/v1/audit")
            .path("events.detail");
    assertTrue(
        details.stream().anyMatch(d -> d.contains(secret + " hit")),
        "the search is in the audit trail: " + details);
  }

  private Map<String, Object> readRow(long seq) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select seq, at_ms, actor, action, case_id, record_id, detail, prev_hash, hash from audit_event where seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 9; i++)
          row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        return row;
      }
    }
  }

  private void restoreRow(Map<String, Object> row) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into audit_event (seq, at_ms, actor, action, case_id, record_id, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 1;
      for (Object v : row.values()) ps.setObject(i++, v);
      ps.executeUpdate();
    }
    update(
        "insert into audit_case (seq, case_id) values (?, 'CASE-AUDIT-CHAIN')",
        null,
        ((Number) row.get("seq")).longValue());
  }

  private void update(String sql, String text, long seq) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (text != null) ps.setString(i++, text);
      ps.setLong(i, seq);
      assertEquals(1, ps.executeUpdate(), sql);
    }
  }
}
