package uk.casesearch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged service, as a separate process: load the demo set, search, stop, start again on the
 * same data, and get identical answers with nothing to repair at start-up.
 */
class RestartIT {

  private static final List<String> QUERIES =
      List.of(
          "instances of neglect",
          "truanting",
          "safety plan",
          "county lines",
          "LAC review",
          "who collects the children");
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void restartGivesIdenticalResultsWithoutReindexingAndRebuildsALostIndex() throws Exception {
    Path dataDir =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "it-data")), "restart-");
    byte[] demo;
    try (InputStream in = getClass().getResourceAsStream("/demo/demo-records.jsonl")) {
      demo = in.readAllBytes();
    }
    long records =
        new String(demo, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    Map<String, JsonNode> before = new LinkedHashMap<>();
    try (ServiceProcess service = new ServiceProcess(dataDir)) {
      service.start();
      var ingest = service.post("/api/v1/records?wait=true", "application/x-ndjson", demo);
      assertEquals(200, ingest.statusCode(), ingest.body());
      assertEquals(records, mapper.readTree(ingest.body()).get("accepted").asLong());
      for (String q : QUERIES) before.put(q, search(service, q));
      service.stop();

      service.start();
      JsonNode engine = readiness(service);
      assertEquals(
          "skipped_after_clean_stop",
          engine.get("startup_check").asText(),
          "a clean stop's token: " + engine);
      assertEquals(0, engine.get("repaired_at_start").asInt(), engine.toString());
      assertTrue(engine.get("text_passages").asInt() >= records, engine.toString());
      JsonNode cleanStart = engine;
      assertSameResults(service, before, true, "after a clean restart");
      service.stop();

      // An index lost while stopped (here the vector index) no longer matches the token: this start
      // compares everything and rebuilds what is missing.
      try (var files = Files.walk(dataDir.resolve("index").resolve("vector"))) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
      }
      service.start();
      engine = readiness(service);
      assertEquals("full", engine.get("startup_check").asText(), engine.toString());
      assertEquals(
          records,
          engine.get("repaired_at_start").asInt(),
          "every record re-indexed into the lost index: " + engine);
      assertEquals(
          cleanStart.get("vector_passages"),
          engine.get("vector_passages"),
          "the vector index holds every passage again");
      // The repair merges away the re-indexed records' deleted passages before readiness (left in
      // BM25's statistics, they would move a near-tie at rank 3 here), but a
      // rebuilt graph's approximate search may order its far candidates otherwise, so deep ranks
      // may move; the top hits stay.
      assertSameResults(service, before, false, "after rebuilding the vector index");
      var record = service.get("/api/v1/records/DEMO-0001");
      assertEquals(200, record.statusCode());
      JsonNode shown = mapper.readTree(record.body());
      assertEquals(5, shown.get("people").size(), "people survive the round trip");
      // The application log of the packaged service holds neither record text nor queries nor
      // names.
      String log = Files.readString(service.log(), StandardCharsets.UTF_8);
      String text = shown.get("text").asText();
      for (int i = 0; i + 40 <= Math.min(text.length(), 400); i += 40) {
        assertTrue(!log.contains(text.substring(i, i + 40)), "record text in the application log");
      }
      assertTrue(
          !log.contains(shown.get("child").get("name").asText()),
          "a child's name in the application log");
      for (String q : QUERIES) assertTrue(!log.contains(q), "a query in the application log: " + q);
    }
  }

  /** The engine check's data from the readiness endpoint. */
  private JsonNode readiness(ServiceProcess service) throws IOException, InterruptedException {
    JsonNode ready = mapper.readTree(service.get("/q/health/ready").body());
    for (JsonNode check : ready.get("checks"))
      if (check.get("name").asText().equals("engine")) return check.get("data");
    throw new AssertionError("no engine check: " + ready);
  }

  private void assertSameResults(
      ServiceProcess service, Map<String, JsonNode> before, boolean scoresToo, String when)
      throws IOException, InterruptedException {
    for (String q : QUERIES) {
      JsonNode after = search(service, q);
      String message = "results changed " + when + " for '" + q + "'";
      if (scoresToo) {
        assertEquals(before.get(q).get("total"), after.get("total"), message);
        assertEquals(before.get(q).get("hits"), after.get("hits"), message);
      } else {
        assertEquals(ranks(before.get(q)), ranks(after), message);
      }
    }
  }

  /** The first three hits' ids and passages, in order. */
  private static List<String> ranks(JsonNode result) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode h : result.get("hits")) {
      if (out.size() < 3) out.add(h.get("id").asText() + "#" + h.get("passage").asInt());
    }
    return out;
  }

  private JsonNode search(ServiceProcess service, String q)
      throws IOException, InterruptedException {
    var r =
        service.get(
            "/api/v1/search?limit=10&explain=true&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return mapper.readTree(r.body());
  }
}
