package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casesearch.app.backup.BackupManifest;

/** What operators watch and do: Prometheus metrics and the online backup. */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class OperationsTest {

  private String key;

  @BeforeEach
  void keys() {
    TestAuth.noDefaultCredentials();
    key = TestAuth.key("operations test", List.of("practitioner", "ingest"), List.of(), true, true);
  }

  private static double metric(String body, String line) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(line) + " ([0-9.eE+-]+|NaN)$").matcher(body);
    assertTrue(
        m.find(),
        line
            + " is not in the metrics:\n"
            + body.lines().filter(l -> l.startsWith("casesearch")).toList());
    return Double.parseDouble(m.group(1));
  }

  @Test
  void searchesAndIndexesShowInTheMetrics() throws InterruptedException {
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Fixtures.record(
                    "OPS-1",
                    "CASE-OPS",
                    "case_note",
                    "Visit",
                    "2024-03-01",
                    "T",
                    "The house was cold and there was no food.")))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    String before =
        given()
            .header("X-API-Key", key)
            .get("/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    double searches = metric(before, "casesearch_search_seconds_count{mode=\"hybrid\"}");
    given()
        .header("X-API-Key", key)
        .queryParam("q", "neglect")
        .get("/api/v1/search")
        .then()
        .statusCode(200);
    given()
        .header("X-API-Key", key)
        .queryParam("q", "neglect")
        .queryParam("mode", "bm25")
        .get("/api/v1/search")
        .then()
        .statusCode(200);
    String after =
        given()
            .header("X-API-Key", key)
            .get("/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(searches + 1, metric(after, "casesearch_search_seconds_count{mode=\"hybrid\"}"));
    assertTrue(
        metric(after, "casesearch_search_seconds_bucket{mode=\"bm25\",le=\"+Inf\"}") >= 1,
        "a latency histogram");
    assertTrue(metric(after, "casesearch_index_passages{index=\"text\"}") >= 1);
    assertTrue(metric(after, "casesearch_index_passages{index=\"vector\"}") >= 1);
    metric(after, "casesearch_indexing_queue");
    assertTrue(
        metric(after, "casesearch_indexing_records_total") >= 1,
        "the ingest counter, whose rate is the ingest rate");
    // Counting records queries the database, so that gauge is refreshed in the background.
    double records = metric(after, "casesearch_records");
    for (int i = 0; i < 50 && !(records >= 1); i++) {
      Thread.sleep(100);
      records =
          metric(
              given().header("X-API-Key", key).get("/q/metrics").asString(), "casesearch_records");
    }
    assertTrue(records >= 1, "records: " + records);
    assertTrue(
        !after.contains("no food") && !after.contains("neglect"),
        "metrics carry no queries or record text");
    // Metrics, like every tool under /q except health, need a caller.
    given().get("/q/metrics").then().statusCode(401);
  }

  @Test
  void anAdministratorTakesAnOnlineBackupOthersMayNot() throws Exception {
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Fixtures.record(
                    "OPS-2",
                    "CASE-OPS",
                    "case_note",
                    "Visit",
                    "2024-03-02",
                    "T",
                    "School attendance is poor.")))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    given().header("X-API-Key", key).post("/api/v1/admin/backup").then().statusCode(403);
    String path =
        given()
            .header("X-API-Key", TestAuth.ADMIN_KEY)
            .post("/api/v1/admin/backup")
            .then()
            .statusCode(200)
            .body("database", equalTo("h2"))
            .extract()
            .path("path");
    BackupManifest manifest = BackupManifest.readAndVerify(Path.of(path));
    assertTrue(
        manifest.records() >= 1 && manifest.textPassages() >= 1 && manifest.vectorPassages() >= 1,
        manifest.toString());
    assertTrue(manifest.files().stream().anyMatch(f -> f.path().equals("database.zip")));
    assertTrue(
        manifest.files().stream().anyMatch(f -> f.path().startsWith("index/text/segments_")));
    assertTrue(Files.isRegularFile(Path.of(path).resolve("index/vector/CURRENT")));
    // The backup is audited; only the path and counts, not content.
    String auditor =
        TestAuth.key("operations auditor", List.of("auditor"), List.of(), false, false);
    given()
        .header("X-API-Key", auditor)
        .queryParam("action", "admin.backup")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("events.size()", org.hamcrest.Matchers.greaterThan(0));
  }

  @Test
  void anAdministratorMergesTheVectorIndexIntoOneSegment() {
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Fixtures.record(
                    "OPS-3",
                    "CASE-OPS",
                    "case_note",
                    "Visit",
                    "2024-03-03",
                    "T",
                    "The children had not eaten since yesterday."),
                Fixtures.record(
                    "OPS-4",
                    "CASE-OPS",
                    "case_note",
                    "Visit",
                    "2024-03-04",
                    "T",
                    "Mother attended the review meeting.")))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    given().header("X-API-Key", key).post("/api/v1/admin/optimize").then().statusCode(403);
    List<Integer> segments =
        given()
            .header("X-API-Key", TestAuth.ADMIN_KEY)
            .post("/api/v1/admin/optimize")
            .then()
            .statusCode(200)
            .extract()
            .path("vector_segments");
    assertEquals(1, segments.size(), "one segment: " + segments);
    int passages =
        given()
            .get("/q/health/ready")
            .then()
            .statusCode(200)
            .extract()
            .path("checks.find { it.name == 'engine' }.data.vector_passages");
    assertEquals(passages, segments.getFirst(), "every passage is in the merged segment");
    // Searches by meaning read the merged, on-disk segment.
    given()
        .header("X-API-Key", key)
        .queryParam("q", "children going hungry")
        .queryParam("mode", "vector")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.id", org.hamcrest.Matchers.hasItem("OPS-3"));
  }
}
