package uk.casesearch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two service instances share one database and one OpenSearch cluster. One acknowledges a batch of
 * records and is killed with SIGKILL at once, before it can have indexed them all; the other, still
 * running, finds their changes in the outbox and sends them: every acknowledged record reaches the
 * cluster without the dead instance coming back. (The database is an H2 file both reach through
 * H2's automatic server, the packaged build's database; the outbox's SQL runs on PostgreSQL in the
 * OnOpenSearch tests.)
 */
class ClusterOutboxIT {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void anotherInstanceDeliversWhatADeadOneAcknowledged() throws Exception {
    String hosts = System.getenv("CASESEARCH_TEST_OPENSEARCH_URL");
    Assumptions.assumeTrue(
        hosts != null && !hosts.isBlank(),
        "skipped: no OpenSearch test cluster (CASESEARCH_TEST_OPENSEARCH_URL; .ci/run starts one)");
    Path root =
        Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "outbox-");
    String alias =
        "cs-test-outbox-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    String db =
        "jdbc:h2:file:"
            + root.resolve("shared-db").toAbsolutePath()
            + "/casesearch;AUTO_SERVER=TRUE";
    try (ServiceProcess survivor =
            cluster(new ServiceProcess(root.resolve("b")), hosts, alias, db);
        ServiceProcess doomed = cluster(new ServiceProcess(root.resolve("a")), hosts, alias, db)) {
      survivor.start();
      doomed.start();
      List<String> ids = new ArrayList<>();
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 120; i++) {
        String id = "OUTBOX-" + i;
        ids.add(id);
        body.append("{\"id\":\"")
            .append(id)
            .append("\",\"case_id\":\"CASE-OUTBOX-")
            .append(i % 5)
            .append("\",\"type\":\"case_note\",\"text\":\"Home visit ")
            .append(i)
            .append(
                ": the children were seen in their bedrooms and spoke about school, friends and the weekend with their father.\"}\n");
      }
      var r =
          doomed.post(
              "/api/v1/records",
              "application/x-ndjson",
              body.toString().getBytes(StandardCharsets.UTF_8));
      assertEquals(2, r.statusCode() / 100, r.body());
      doomed.kill();

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      int onCluster = 0;
      while (System.nanoTime() < deadline) {
        onCluster = recordsOnCluster(hosts, alias, ids);
        if (onCluster == ids.size()) break;
        Thread.sleep(1000);
      }
      System.out.printf(
          Locale.ROOT,
          "outbox: %d of %d acknowledged records on the cluster after the writer died%n",
          onCluster,
          ids.size());
      assertEquals(
          ids.size(),
          onCluster,
          "acknowledged records missing from the cluster; see " + survivor.log());
      survivor.stop();
    } finally {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(hosts.split(",")[0].strip() + "/" + alias + "-*"))
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    }
  }

  private static ServiceProcess cluster(ServiceProcess s, String hosts, String alias, String db) {
    return s.env("CASESEARCH_BACKEND", "opensearch")
        .env("CASESEARCH_OPENSEARCH_HOSTS", hosts)
        .env("CASESEARCH_OPENSEARCH_INDEX", alias)
        .env("CASESEARCH_OPENSEARCH_OUTBOX_INTERVAL", "2s")
        .env("CASESEARCH_WARM_UP", "false")
        .env("QUARKUS_DATASOURCE_H2_JDBC_URL", db);
  }

  /** How many of the records have a passage on the cluster. */
  private int recordsOnCluster(String hosts, String alias, List<String> ids) throws Exception {
    StringBuilder terms = new StringBuilder();
    for (String id : ids)
      terms.append(terms.isEmpty() ? "" : ",").append('"').append(id).append('"');
    String query =
        "{\"size\":0,\"query\":{\"terms\":{\"record_id\":["
            + terms
            + "]}},"
            + "\"aggs\":{\"ids\":{\"terms\":{\"field\":\"record_id\",\"size\":"
            + ids.size()
            + "}}}}";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            hosts.split(",")[0].strip()
                                + "/"
                                + alias
                                + "/_search?request_cache=false"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) return 0;
    JsonNode buckets = mapper.readTree(r.body()).path("aggregations").path("ids").path("buckets");
    return buckets.size();
  }
}
