package uk.casesearch.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points every test application in this JVM at one fresh data directory (database and indexes)
 * under target/. One per JVM, not per start: applications restarted within a run (a command
 * launched twice, a restart test) must find what the previous start stored. Tests use ids of their
 * own, so sharing it is safe.
 */
public class TempDataDir implements QuarkusTestResourceLifecycleManager {

  /** The data directory of this test JVM. */
  public static final Path DIR =
      Path.of("target", "test-data", "jvm-" + ProcessHandle.current().pid()).toAbsolutePath();

  @Override
  public Map<String, String> start() {
    return Map.of("casesearch.data-dir", DIR.toString());
  }

  @Override
  public void stop() {}
}
