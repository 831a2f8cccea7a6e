package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.eval.Metrics;

/**
 * A slice of the judged synthetic case corpus in ../shared/eval/dev (present in CI, absent on a
 * fresh clone: then this test is skipped and says so). Ingests whole cases over HTTP, runs their
 * scoped judged queries in every mode and checks that fusion and dense retrieval earn their keep.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class DevSliceTest {

  private static final int MAX_RECORDS = 360;
  private final ObjectMapper mapper = new ObjectMapper();

  private static Path devDir() {
    return Path.of(System.getProperty("tests.shared.dir", "../shared"), "eval", "dev");
  }

  @Test
  void hybridBeatsBm25OnJudgedScopedQueries() throws IOException {
    Path dev = devDir();
    Assumptions.assumeTrue(
        Files.isRegularFile(dev.resolve("records.jsonl")),
        "skipped: " + dev.toAbsolutePath() + " is not present (it is in CI)");

    List<JsonNode> queries = new ArrayList<>();
    for (String line : Files.readAllLines(dev.resolve("queries.jsonl"))) {
      JsonNode q = mapper.readTree(line);
      if (q.hasNonNull("scope_case_id")) queries.add(q);
    }
    Map<String, List<String>> recordsByCase = new HashMap<>();
    for (String line : Files.readAllLines(dev.resolve("records.jsonl"))) {
      recordsByCase.computeIfAbsent(mapper.readTree(line).get("case_id").asText(), k -> new ArrayList<>()).add(line);
    }
    // Whole cases, in the order their queries appear, until the slice is full.
    Set<String> cases = new LinkedHashSet<>();
    int size = 0;
    for (JsonNode q : queries) {
      String c = q.get("scope_case_id").asText();
      int n = recordsByCase.getOrDefault(c, List.of()).size();
      if (cases.contains(c) || size + n > MAX_RECORDS) continue;
      cases.add(c);
      size += n;
    }
    StringBuilder ndjson = new StringBuilder();
    for (String c : cases) recordsByCase.get(c).forEach(l -> ndjson.append(l).append('\n'));
    given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/records?wait=true")
        .then().statusCode(200).body("rejected.size()", equalTo(0)).body("searchable", equalTo(true));

    Map<String, Map<String, List<Double>>> ndcg = new TreeMap<>(); // mode -> category -> values
    for (JsonNode q : queries) {
      String c = q.get("scope_case_id").asText();
      if (!cases.contains(c)) continue;
      Map<String, Integer> grades = new HashMap<>();
      q.get("relevant").fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
      for (String mode : List.of("bm25", "vector", "hybrid")) {
        List<String> ranked =
            given().queryParam("q", q.get("text").asText()).queryParam("case", c).queryParam("mode", mode)
                .queryParam("limit", "10").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("hits.id", String.class);
        double v = Metrics.ndcg(ranked, grades, 10);
        Map<String, List<Double>> byCategory = ndcg.computeIfAbsent(mode, k -> new TreeMap<>());
        byCategory.computeIfAbsent(q.get("category").asText(), k -> new ArrayList<>()).add(v);
        byCategory.computeIfAbsent("all", k -> new ArrayList<>()).add(v);
      }
    }
    StringBuilder report = new StringBuilder("dev slice: " + cases.size() + " cases, " + size + " records\n");
    ndcg.forEach((mode, cats) -> cats.forEach((cat, vs) ->
        report.append(String.format("  %-7s %-22s n=%3d nDCG@10=%.3f%n", mode, cat, vs.size(), mean(vs)))));
    System.out.println(report);

    double bm25 = mean(ndcg.get("bm25").get("all"));
    double vector = mean(ndcg.get("vector").get("all"));
    double hybrid = mean(ndcg.get("hybrid").get("all"));
    assertTrue(ndcg.get("hybrid").get("all").size() >= 10, "too few judged queries in the slice\n" + report);
    assertTrue(hybrid > bm25, "hybrid must beat BM25\n" + report);
    assertTrue(hybrid >= vector - 0.02, "hybrid must not fall below dense alone\n" + report);
    List<Double> semanticBm25 = ndcg.get("bm25").get("semantic_paraphrase");
    if (semanticBm25 != null) {
      assertTrue(
          mean(ndcg.get("hybrid").get("semantic_paraphrase")) > mean(semanticBm25) + 0.1,
          "paraphrases must be found by meaning\n" + report);
    }
  }

  private static double mean(List<Double> vs) {
    return vs == null || vs.isEmpty() ? 0 : vs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
