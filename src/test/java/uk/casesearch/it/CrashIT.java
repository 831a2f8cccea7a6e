package uk.casesearch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Crash safety, proved on the packaged service as a separate process: clients ingest concurrently,
 * the process is killed with SIGKILL at a random moment, several times; after a restart every
 * record that was acknowledged (a 2xx) can be read back and found by search.
 */
class CrashIT {

  private static final int ROUNDS = 3;
  private static final int WRITERS = 3;
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void everyAcknowledgedRecordSurvivesKillMinusNine() throws Exception {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    Path dataDir =
        Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "crash-");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger next = new AtomicInteger();
    try (ServiceProcess service = new ServiceProcess(dataDir)) {
      for (int round = 0; round < ROUNDS; round++) {
        service.start();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          writers.add(Thread.ofPlatform().start(() -> write(service, next, acknowledged)));
        }
        // Let the writers run, and the indexer fall behind, then crash at a random moment.
        Thread.sleep(1_000 + random.nextInt(3_000));
        service.kill();
        for (Thread t : writers) t.join(30_000);
      }
      assertTrue(
          acknowledged.size() >= 10,
          "too few records acknowledged to prove anything (seed " + seed + ")");

      // Ready means the start-up repair is done: whatever an index missed has been re-indexed.
      service.start();
      String ready = service.get("/q/health/ready").body();
      String check = null;
      for (JsonNode c : mapper.readTree(ready).get("checks")) {
        if (c.get("name").asText().equals("engine"))
          check = c.get("data").get("startup_check").asText();
      }
      assertEquals("full", check, "a crash leaves no clean-stop token: " + ready);
      List<String> lost = new ArrayList<>();
      List<String> unfindable = new ArrayList<>();
      for (String id : acknowledged) {
        if (service.get("/api/v1/records/" + id).statusCode() != 200) {
          lost.add(id);
          continue;
        }
        var r = service.get("/api/v1/search?mode=bm25&limit=1&q=" + token(id));
        JsonNode hits = mapper.readTree(r.body()).get("hits");
        if (r.statusCode() != 200 || hits.isEmpty() || !hits.get(0).get("id").asText().equals(id))
          unfindable.add(id);
      }
      String context =
          acknowledged.size() + " acknowledged over " + ROUNDS + " kills (seed " + seed + ")";
      assertEquals(List.of(), lost, "acknowledged records missing from the database: " + context);
      assertEquals(
          List.of(), unfindable, "acknowledged records not searchable after restart: " + context);
      System.out.println("crash test: " + context + "; all read back and found");
    }
  }

  /** Posts small batches until the service dies; remembers the ids of every 2xx. */
  private void write(ServiceProcess service, AtomicInteger next, Set<String> acknowledged) {
    while (true) {
      List<String> ids = new ArrayList<>();
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        String id = "CRASH-" + next.incrementAndGet();
        ids.add(id);
        body.append("{\"id\":\"")
            .append(id)
            .append("\",\"case_id\":\"CASE-CRASH-")
            .append(id.hashCode() % 7)
            .append("\",\"type\":\"case_note\",\"text\":\"Visit note ")
            .append(id)
            .append(": the family were seen at home and the marker ")
            .append(token(id))
            .append(" was recorded.\"}\n");
      }
      try {
        var r =
            service.post(
                "/api/v1/records",
                "application/x-ndjson",
                body.toString().getBytes(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 == 2) acknowledged.addAll(ids);
      } catch (IOException | InterruptedException dead) {
        return;
      }
    }
  }

  /** A word only this record holds, so a search for it must find exactly this record. */
  private static String token(String id) {
    return "zq" + id.replace("CRASH-", "") + "x";
  }
}
