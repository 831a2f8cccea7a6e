package uk.casesearch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * One build serves both databases, chosen when it starts: the same packaged service runs on its
 * embedded H2 file by default and on PostgreSQL with {@code QUARKUS_PROFILE=pg}, with no rebuild.
 * Runs where {@code CASESEARCH_TEST_PG_URL} names a PostgreSQL database (`.ci/postgres start`);
 * elsewhere it is skipped and says why.
 */
@EnabledIfEnvironmentVariable(
    named = "CASESEARCH_TEST_PG_URL",
    matches = "jdbc:postgresql:.+",
    disabledReason =
        "skipped: no PostgreSQL (run .ci/postgres start and set CASESEARCH_TEST_PG_URL to the URL it prints)")
class DatabaseChoiceIT {

  private static final String PG_URL = System.getenv("CASESEARCH_TEST_PG_URL");

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void theSameBuildRunsOnH2OrPostgresByConfigurationAlone() throws Exception {
    long run = ProcessHandle.current().pid();
    Path root = Path.of("target", "it-data", "database-" + run);
    String onPg = "DB-CHOICE-PG-" + run;
    String onH2 = "DB-CHOICE-H2-" + run;
    Files.createDirectories(root);

    Path pgData = root.resolve("pg");
    try (ServiceProcess service = new ServiceProcess(pgData)) {
      service
          .env("QUARKUS_PROFILE", "pg")
          .env("QUARKUS_DATASOURCE_PG_JDBC_URL", PG_URL)
          .env("QUARKUS_DATASOURCE_PG_PASSWORD", "casesearch");
      service.start();
      assertEquals("pg", database(service), "QUARKUS_PROFILE=pg switches to PostgreSQL");
      storeAndFind(service, onPg);
    }
    assertEquals(1, rowsInPostgres(onPg), "the record is stored in PostgreSQL");
    assertFalse(Files.exists(pgData.resolve("db")), "no H2 file is made when PostgreSQL is chosen");

    Path h2Data = root.resolve("h2");
    try (ServiceProcess service = new ServiceProcess(h2Data)) {
      service.start();
      assertEquals("h2", database(service), "the default is the embedded database");
      storeAndFind(service, onH2);
    }
    assertTrue(Files.isDirectory(h2Data.resolve("db")), "H2 keeps its file in the data directory");
    assertEquals(0, rowsInPostgres(onH2), "nothing of the H2 run reaches PostgreSQL");
  }

  /** Takes one record, waits until it is searchable, and finds it by a word of its text. */
  private void storeAndFind(ServiceProcess service, String id)
      throws IOException, InterruptedException {
    String record =
        mapper.writeValueAsString(
            Map.of(
                "id",
                id,
                "case_id",
                "DB-CASE-1",
                "child",
                Map.of("id", "DB-CHILD-1", "name", "Robin Example"),
                "type",
                "case_note",
                "title",
                "Home visit",
                "date",
                "2024-03-04",
                "team",
                "Family Support",
                "text",
                "Visited the family home; the kitchen cupboards were stocked and Robin was"
                    + " cheerful at the visit."));
    var stored =
        service.post(
            "/api/v1/records?wait=true",
            "application/x-ndjson",
            (record + "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(200, stored.statusCode(), stored.body());
    var found = service.get("/api/v1/search?limit=5&q=cupboards%20stocked");
    assertEquals(200, found.statusCode(), found.body());
    JsonNode hits = mapper.readTree(found.body()).get("hits");
    assertTrue(hits.size() > 0 && hits.get(0).get("id").asText().equals(id), found.body());
    var read = service.get("/api/v1/records/" + id);
    assertEquals(200, read.statusCode(), read.body());
  }

  /** The database the readiness endpoint's datasource check names as up. */
  private String database(ServiceProcess service) throws IOException, InterruptedException {
    JsonNode ready = mapper.readTree(service.get("/q/health/ready").body());
    for (JsonNode check : ready.get("checks")) {
      if (check.get("name").asText().toLowerCase(java.util.Locale.ROOT).contains("database")) {
        JsonNode data = check.get("data");
        assertEquals(1, data.size(), "one datasource is active: " + check);
        String name = data.fieldNames().next();
        assertEquals("UP", data.get(name).asText(), check.toString());
        return name;
      }
    }
    throw new AssertionError("no database check: " + ready);
  }

  private static int rowsInPostgres(String id) throws Exception {
    try (Connection c = DriverManager.getConnection(PG_URL, "casesearch", "casesearch");
        PreparedStatement s = c.prepareStatement("select count(*) from case_record where id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
