package uk.casesearch.engine.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.index.IndexUnavailableException;
import uk.casesearch.engine.index.text.LuceneBm25Index;

/** A cluster no node of which answers is unavailable (a 503 to callers), not a failed request. */
class ClusterUnavailableTest {

  @Test
  void noNodeAnsweringIsUnavailable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    OpenSearchConfig config =
        new OpenSearchConfig(
            List.of(URI.create("http://127.0.0.1:" + port)),
            null,
            null,
            null,
            null,
            "cs-test-nowhere",
            1,
            0,
            Duration.ofSeconds(2));
    IndexUnavailableException e =
        assertThrows(
            IndexUnavailableException.class,
            () -> OpenSearchIndex.open(config, LuceneBm25Index.Config.defaults(), 384));
    assertTrue(e.getMessage().startsWith("no OpenSearch node answered"), e.getMessage());
  }

  @Test
  void settingsAreChecked() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OpenSearchConfig.local(List.of(URI.create("ftp://x:1")), "a", 1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> OpenSearchConfig.local(List.of(URI.create("http://x:1")), "Not An Alias", 1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> OpenSearchConfig.local(List.of(URI.create("http://x:1")), "a", 0, 0));
  }
}
