package uk.casesearch.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.eval.Datasets;
import uk.casesearch.engine.eval.JudgedQuery;
import uk.casesearch.engine.eval.Regression;

/**
 * The demo set is the first thing a newcomer judges Casesearch by: it loads cleanly (records and
 * documents, as the README loads them), and every search the README shows on it returns what the
 * README promises (src/main/resources/demo/examples.json, which the README's examples must match).
 * Runs on a data directory of its own, so that no other test's records change its rankings.
 */
@QuarkusTest
@TestProfile(DemoSetTest.OwnDataDirectory.class)
class DemoSetTest {

  /** A fresh data directory holding the demo set alone. */
  public static final class OwnDataDirectory implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "casesearch.data-dir",
          Path.of("target", "test-data", "demo-" + ProcessHandle.current().pid())
              .toAbsolutePath()
              .toString());
    }
  }

  private static final Path DEMO = Path.of("src", "main", "resources", "demo");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ADMIN_KEY = "test-bootstrap-admin-key-0123456789";
  // The key the README makes: every case, no restricted grant.
  private static String key;

  /**
   * One example of the README: a search on the demo set and the records its first three results
   * hold.
   */
  record Example(String name, String query, Map<String, String> params, List<String> expectTop) {}

  static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    for (JsonNode e : MAPPER.readTree(DEMO.resolve("examples.json").toFile())) {
      Map<String, String> params = new TreeMap<>();
      e.path("params")
          .fields()
          .forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
      List<String> top = new ArrayList<>();
      e.get("expect_top").forEach(t -> top.add(t.asText()));
      out.add(new Example(e.get("name").asText(), e.get("query").asText(), params, top));
    }
    return out;
  }

  private static RequestSpecification as() {
    return given().header("X-API-Key", key);
  }

  // Loaded once, by the first test that needs it (the application, and RestAssured's port, are
  // ready only once a test instance exists).
  private static synchronized void loadTheDemoSet() throws IOException {
    if (key != null) return;
    key =
        given()
            .header("X-API-Key", ADMIN_KEY)
            .contentType("application/json")
            .body(
                Map.of(
                    "name", "demo", "roles", List.of("practitioner", "ingest"), "all_cases", true))
            .post("/api/v1/admin/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    as().contentType("application/x-ndjson")
        .body(Files.readAllBytes(DEMO.resolve("demo-records.jsonl")))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200)
        .body("rejected.size()", equalTo(0))
        .body("searchable", equalTo(true));
    Path manifest = DEMO.resolve("files").resolve("demo-manifest.jsonl");
    if (!Files.exists(manifest)) return;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      com.fasterxml.jackson.databind.node.ObjectNode fields =
          (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(line);
      Path file = manifest.getParent().resolve(fields.remove("path").asText());
      fields.remove("format");
      as().multiPart("file", file.toFile())
          .multiPart("metadata", MAPPER.writeValueAsString(fields), "application/json")
          .post("/api/v1/documents?wait=true")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void everyExampleFindsWhatItPromises() throws IOException {
    loadTheDemoSet();
    List<String> failures = new ArrayList<>();
    for (Example e : examples()) {
      RequestSpecification request = as().queryParam("q", e.query()).queryParam("limit", "10");
      e.params().forEach(request::queryParam);
      List<String> ids =
          request
              .get("/api/v1/search")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("hits.id", String.class);
      List<String> top3 = ids.subList(0, Math.min(3, ids.size()));
      if (!top3.containsAll(e.expectTop()))
        failures.add(e.name() + ": expected " + e.expectTop() + " in the first three, got " + ids);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void theJudgedQueriesMeetTheDemoRegression() throws IOException {
    loadTheDemoSet();
    // Evaluation sees every record, restricted ones too, as `eval` does.
    String full =
        given()
            .header("X-API-Key", ADMIN_KEY)
            .contentType("application/json")
            .body(
                Map.of(
                    "name",
                    "demo eval",
                    "roles",
                    List.of("practitioner"),
                    "all_cases",
                    true,
                    "restricted",
                    true))
            .post("/api/v1/admin/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    Regression regression = Regression.read(Path.of("src/eval/regressions/demo.yaml"));
    List<JudgedQuery> queries = Datasets.readQueries(Path.of(regression.queries()));
    uk.casesearch.api.HttpEvaluation.runAndCheck(
        "demo judged queries: " + queries.size(), queries, regression, full);
  }

  /** The searches the README shows, as (q and parameters, limit aside). */
  static List<Map<String, String>> readmeSearches() throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("/api/v1/search\\?([^'\"\\s]+)")
            .matcher(Files.readString(Path.of("README.md")));
    while (m.find()) {
      Map<String, String> params = new TreeMap<>();
      for (String pair : m.group(1).split("&")) {
        String[] kv = pair.split("=", 2);
        String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
        if (!name.equals("limit"))
          params.put(name, kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
      out.add(params);
    }
    return out;
  }

  @Test
  void theReadmeShowsExactlyTheseExamples() throws IOException {
    List<Map<String, String>> shown = readmeSearches();
    assertFalse(shown.isEmpty(), "the README shows searches on the demo set");
    List<Map<String, String>> promised = new ArrayList<>();
    for (Example e : examples()) {
      Map<String, String> p = new TreeMap<>(e.params());
      p.put("q", e.query());
      promised.add(p);
    }
    for (Map<String, String> s : shown) {
      assertTrue(
          promised.contains(s),
          "the README's search " + s + " is not an example of examples.json, so no test runs it");
    }
    for (Map<String, String> p : promised) {
      assertTrue(shown.contains(p), "examples.json's " + p + " is not shown in the README");
    }
  }

  @Test
  void theDemoSetIsCoherent() throws IOException {
    Map<String, JsonNode> children = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String line :
        Files.readAllLines(DEMO.resolve("demo-records.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode r = MAPPER.readTree(line);
      JsonNode child = r.get("child");
      JsonNode first = children.putIfAbsent(r.get("case_id").asText(), child);
      if (first != null && !first.equals(child))
        problems.add(r.get("id").asText() + ": the case's child differs between records");
      String text = r.get("text").asText();
      // Sentences run together ("...today.The ...") are a generator's mistake, not a note's.
      if (Pattern.compile("[a-z][.!?][A-Z][a-z]").matcher(text).find())
        problems.add(r.get("id").asText() + ": sentences run together");
      java.time.LocalDate date = java.time.LocalDate.parse(r.get("date").asText());
      java.time.LocalDate dob = java.time.LocalDate.parse(child.get("dob").asText());
      if (!date.isAfter(dob))
        problems.add(r.get("id").asText() + ": dated before the child's birth");
    }
    assertEquals(List.of(), problems);
    assertTrue(children.size() >= 10, "children: " + children.size());
  }
}
