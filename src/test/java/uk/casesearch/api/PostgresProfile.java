package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * The service on PostgreSQL instead of H2: the database named by {@code CASESEARCH_TEST_PG_URL}
 * (`.ci/postgres start` runs one and prints its URL), its schema made afresh by the same Flyway
 * migrations at every start, and index files of its own. Tests with this profile run only where
 * that variable is set ({@link PostgresTests#ENABLED}); elsewhere they are skipped, and say so.
 */
public class PostgresProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.datasource.h2.active", "false",
        "quarkus.hibernate-orm.h2.active", "false",
        "quarkus.datasource.pg.active", "true",
        "quarkus.hibernate-orm.pg.active", "true",
        "quarkus.datasource.pg.jdbc.url",
            System.getenv().getOrDefault(PostgresTests.URL_VARIABLE, ""),
        "quarkus.datasource.pg.password", "casesearch",
        "quarkus.flyway.pg.clean-disabled", "false",
        "quarkus.flyway.pg.clean-at-start", "true",
        "casesearch.data-dir",
            Path.of("target", "test-data", "postgres-" + ProcessHandle.current().pid())
                .toAbsolutePath()
                .toString());
  }

  @Override
  public String getConfigProfile() {
    return "test";
  }
}
