package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.eval.Datasets;
import uk.casesearch.engine.eval.JudgedQuery;
import uk.casesearch.engine.eval.Regression;

/**
 * A slice of the judged synthetic case corpus in ../shared/eval/dev (present in CI, absent on a
 * fresh clone: then this test is skipped and says so). Ingests whole cases over HTTP, runs their
 * scoped judged queries in every mode, checks the figures against the dev-slice regression
 * (src/eval/regressions/dev-slice.yaml) and that fusion and dense retrieval earn their keep.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class DevSliceTest {

  @org.junit.jupiter.api.BeforeEach
  void credentials() {
    TestAuth.useFullAccess();
  }

  private final ObjectMapper mapper = new ObjectMapper();

  private static Path devDir() {
    return Path.of(System.getProperty("tests.shared.dir", "../shared"), "eval", "dev");
  }

  @Test
  void judgedScopedQueriesMeetTheRegression() throws IOException {
    Path dev = devDir();
    Assumptions.assumeTrue(
        Files.isRegularFile(dev.resolve("records.jsonl")),
        "skipped: " + dev.toAbsolutePath() + " is not present (it is in CI)");

    // The slice is the regression's own (slice_records), so that `eval --regression` measures the
    // same.
    Regression regression = Regression.read(Path.of("src/eval/regressions/dev-slice.yaml"));
    List<JudgedQuery> queries = Datasets.caseQueries(dev);
    Map<String, List<String>> recordsByCase = new HashMap<>();
    for (String line : Files.readAllLines(dev.resolve("records.jsonl"))) {
      recordsByCase
          .computeIfAbsent(mapper.readTree(line).get("case_id").asText(), k -> new ArrayList<>())
          .add(line);
    }
    Map<String, Integer> counts = new HashMap<>();
    recordsByCase.forEach((c, lines) -> counts.put(c, lines.size()));
    Set<String> cases = Datasets.slice(queries, counts, regression.sliceRecords());
    int size = cases.stream().mapToInt(counts::get).sum();
    StringBuilder ndjson = new StringBuilder();
    for (String c : cases) recordsByCase.get(c).forEach(l -> ndjson.append(l).append('\n'));
    given()
        .contentType("application/x-ndjson")
        .body(ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200)
        .body("rejected.size()", equalTo(0))
        .body("searchable", equalTo(true));

    List<JudgedQuery> sliced =
        queries.stream()
            .filter(q -> q.scopeCaseId() != null && cases.contains(q.scopeCaseId()))
            .toList();
    HttpEvaluation.Outcome outcome =
        HttpEvaluation.runAndCheck(
            "dev slice: " + cases.size() + " cases, " + size + " records",
            sliced,
            regression,
            null);
    String report = outcome.report();
    double bm25 = outcome.ndcg10("bm25");
    double vector = outcome.ndcg10("vector");
    double hybrid = outcome.ndcg10("hybrid");
    assertTrue(
        outcome.measured().get("hybrid").get("all").queries() >= 10,
        "too few judged queries in the slice\n" + report);
    // Fifteen queries are few: fusion must not fall clearly below either retriever alone.
    assertTrue(hybrid >= bm25 - 0.03, "hybrid must not fall below BM25 alone\n" + report);
    assertTrue(hybrid >= vector - 0.03, "hybrid must not fall below dense alone\n" + report);
  }
}
