package uk.casesearch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An online backup of the running packaged service, then a restore into its data directory after it
 * has moved on: the restored service holds what the backup held, and no more.
 */
class BackupRestoreIT {

  private final ObjectMapper mapper = new ObjectMapper();

  private static String record(String id, String text) {
    return "[{\"id\":\""
        + id
        + "\",\"case_id\":\"CASE-BR\",\"type\":\"case_note\",\"date\":\"2024-03-01\",\"text\":\""
        + text
        + "\"}]";
  }

  @Test
  void aRestoredServiceHoldsWhatTheBackupHeld() throws Exception {
    Path data =
        Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "backup-")
            .resolve("data");
    try (ServiceProcess service = new ServiceProcess(data)) {
      service.start();
      var before =
          service.post(
              "/api/v1/records?wait=true",
              "application/json",
              record("BR-1", "The kitchen cupboards were empty and the baby had nappy rash.")
                  .getBytes(StandardCharsets.UTF_8));
      assertEquals(200, before.statusCode(), before.body());

      ServiceProcess.CommandResult denied = service.command("backup", "--key", "not-a-key");
      assertEquals(1, denied.exit(), denied.output());
      ServiceProcess.CommandResult backup =
          service.command("backup", "--key", ServiceProcess.ADMIN_KEY);
      assertEquals(0, backup.exit(), backup.output());
      JsonNode done = mapper.readTree(backup.output().substring(backup.output().indexOf('{')));
      Path folder = Path.of(done.get("path").asText());
      assertEquals("h2", done.get("database").asText(), backup.output());
      assertTrue(
          done.get("records").asLong() >= 1 && done.get("text_passages").asInt() >= 1,
          backup.output());
      assertTrue(
          Files.isRegularFile(folder.resolve("manifest.json"))
              && Files.isRegularFile(folder.resolve("database.zip")));

      ServiceProcess.CommandResult busy = service.command("restore", folder.toString());
      assertEquals(
          1, busy.exit(), "restoring under a running service must be refused: " + busy.output());
      assertTrue(busy.output().contains("stop the service"), busy.output());

      var after =
          service.post(
              "/api/v1/records?wait=true",
              "application/json",
              record("BR-2", "Attendance at school has fallen to 60 percent this term.")
                  .getBytes(StandardCharsets.UTF_8));
      assertEquals(200, after.statusCode(), after.body());
      service.stop();

      ServiceProcess.CommandResult restore = service.command("restore", folder.toString());
      assertEquals(0, restore.exit(), restore.output());
      assertTrue(restore.output().contains("moved to"), restore.output());

      service.start();
      assertEquals(200, service.get("/api/v1/records/BR-1").statusCode());
      assertEquals(
          404, service.get("/api/v1/records/BR-2").statusCode(), "BR-2 came after the backup");
      var search = service.get("/api/v1/search?q=no+food+in+the+house&case=CASE-BR");
      assertEquals(200, search.statusCode(), search.body());
      JsonNode hits = mapper.readTree(search.body()).get("hits");
      assertEquals(1, hits.size(), search.body());
      assertEquals("BR-1", hits.get(0).get("id").asText());
    }
  }

  @Test
  void aDamagedBackupIsRefusedAndNothingChanges() throws Exception {
    Path root =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "it-data")), "restore-");
    Path backup = Files.createDirectories(root.resolve("casesearch-x"));
    Files.writeString(
        backup.resolve("manifest.json"),
        "{\"format\":1,\"created_at\":\"2026-01-01T00:00:00Z\",\"version\":\"x\",\"database\":\"h2\",\"records\":1,"
            + "\"text_passages\":1,\"vector_passages\":1,\"files\":[{\"path\":\"database.zip\",\"bytes\":3,\"sha256\":\"00\"}]}");
    Files.writeString(backup.resolve("database.zip"), "abc");
    Path data = Files.createDirectories(root.resolve("data"));
    Files.writeString(Files.createDirectories(data.resolve("db")).resolve("keep.txt"), "untouched");
    try (ServiceProcess service = new ServiceProcess(data)) {
      ServiceProcess.CommandResult r = service.command("restore", backup.toString());
      assertEquals(1, r.exit(), r.output());
      assertTrue(r.output().contains("damaged: database.zip"), r.output());
    }
    assertEquals("untouched", Files.readString(data.resolve("db/keep.txt")));
    try (var left = Files.list(data)) {
      // Only db/ and the data directory's lock file, which every process that opens it takes.
      assertEquals(
          List.of("casesearch.lock", "db"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "a refused restore leaves no folders behind");
    }
  }
}
