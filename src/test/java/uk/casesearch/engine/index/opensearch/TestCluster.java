package uk.casesearch.engine.index.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The test cluster that `.ci/opensearch start` runs (three nodes on 127.0.0.1), named by
 * CASESEARCH_TEST_OPENSEARCH_URL (or -Dcasesearch.test.opensearch); without it the cluster tests
 * are skipped and say so.
 */
final class TestCluster {

  private TestCluster() {}

  static List<URI> hostsOrSkip() {
    String urls =
        System.getProperty(
            "casesearch.test.opensearch", System.getenv("CASESEARCH_TEST_OPENSEARCH_URL"));
    Assumptions.assumeTrue(
        urls != null && !urls.isBlank(),
        "skipped: no OpenSearch test cluster (CASESEARCH_TEST_OPENSEARCH_URL; .ci/run starts one)");
    return Arrays.stream(urls.split(",")).map(String::strip).map(URI::create).toList();
  }

  /** An alias no other test uses. */
  static String freshAlias() {
    return "cs-test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  static OpenSearchConfig config(List<URI> hosts, String alias) {
    return OpenSearchConfig.local(hosts, alias, 2, 1);
  }

  /** Deletes the alias's indexes. */
  static void drop(List<URI> hosts, String alias) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    http.send(
        HttpRequest.newBuilder(hosts.getFirst().resolve("/" + alias + "-*")).DELETE().build(),
        HttpResponse.BodyHandlers.discarding());
  }

  /** A GET against the first node, its body. */
  static String get(List<URI> hosts, String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(hosts.getFirst().resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
