package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The service in its cluster mode: passages on the OpenSearch test cluster named by {@code
 * CASESEARCH_TEST_OPENSEARCH_URL} (`.ci/opensearch start` runs three nodes and prints their URLs),
 * under an alias of this test run's own, with PostgreSQL as the source of truth ({@link
 * PostgresProfile}'s database). Tests with it run only where both are set ({@link OnOpenSearch}).
 */
public class OpenSearchProfile implements QuarkusTestProfile {

  /** The environment variable naming the test cluster's nodes. */
  static final String URL_VARIABLE = "CASESEARCH_TEST_OPENSEARCH_URL";

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>(new PostgresProfile().getConfigOverrides());
    long pid = ProcessHandle.current().pid();
    config.put("casesearch.backend", "opensearch");
    config.put("casesearch.opensearch.hosts", System.getenv().getOrDefault(URL_VARIABLE, ""));
    config.put("casesearch.opensearch.index", "cs-test-api-" + pid);
    config.put(
        "casesearch.data-dir",
        Path.of("target", "test-data", "opensearch-" + pid).toAbsolutePath().toString());
    return config;
  }

  @Override
  public String getConfigProfile() {
    return "test";
  }
}
