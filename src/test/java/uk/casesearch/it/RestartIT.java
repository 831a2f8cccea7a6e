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
      List.of("instances of neglect", "truanting", "safety plan", "county lines", "LAC review", "who collects the children");
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void restartGivesIdenticalResultsWithoutReindexing() throws Exception {
    Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "restart-");
    byte[] demo;
    try (InputStream in = getClass().getResourceAsStream("/demo/demo-records.jsonl")) {
      demo = in.readAllBytes();
    }
    long records = new String(demo, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    Map<String, JsonNode> before = new LinkedHashMap<>();
    try (ServiceProcess service = new ServiceProcess(dataDir)) {
      service.start();
      var ingest = service.post("/api/v1/records?wait=true", "application/x-ndjson", demo);
      assertEquals(200, ingest.statusCode(), ingest.body());
      assertEquals(records, mapper.readTree(ingest.body()).get("accepted").asLong());
      for (String q : QUERIES) before.put(q, search(service, q));
      service.stop();

      service.start();
      JsonNode ready = mapper.readTree(service.get("/q/health/ready").body());
      JsonNode engine = null;
      for (JsonNode check : ready.get("checks")) if (check.get("name").asText().equals("engine")) engine = check.get("data");
      assertTrue(engine != null, ready.toString());
      assertEquals(0, engine.get("repaired_at_start").asInt(), "a clean restart must find the indexes in sync: " + ready);
      assertTrue(engine.get("text_passages").asInt() >= records, ready.toString());
      for (String q : QUERIES) {
        JsonNode after = search(service, q);
        assertEquals(before.get(q).get("hits"), after.get("hits"), "results changed after restart for '" + q + "'");
        assertEquals(before.get(q).get("total"), after.get("total"));
      }
      var record = service.get("/api/v1/records/DEMO-0001");
      assertEquals(200, record.statusCode());
      JsonNode shown = mapper.readTree(record.body());
      assertEquals(5, shown.get("people").size(), "people survive the round trip");
      // The application log of the packaged service holds neither record text nor queries nor names.
      String log = Files.readString(service.log(), StandardCharsets.UTF_8);
      String text = shown.get("text").asText();
      for (int i = 0; i + 40 <= Math.min(text.length(), 400); i += 40) {
        assertTrue(!log.contains(text.substring(i, i + 40)), "record text in the application log");
      }
      assertTrue(!log.contains(shown.get("child").get("name").asText()), "a child's name in the application log");
      for (String q : QUERIES) assertTrue(!log.contains(q), "a query in the application log: " + q);
    }
  }

  private JsonNode search(ServiceProcess service, String q) throws IOException, InterruptedException {
    var r = service.get("/api/v1/search?limit=10&explain=true&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return mapper.readTree(r.body());
  }
}
