package uk.casesearch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged application's one-off commands as an operator meets them beside a running service:
 * help needs nothing started, a command that would open the service's files says in one sentence
 * why it may not, and evaluation leaves nothing behind in the temporary folder.
 */
class CommandsIT {

  @Test
  void commandsBesideARunningServiceAndAfterIt() throws Exception {
    Path root =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "it-data")), "commands-");
    Path data = root.resolve("data");
    try (ServiceProcess service = new ServiceProcess(data)) {
      service.start();
      ServiceProcess.CommandResult help = service.command("--help");
      assertEquals(0, help.exit(), help.output());
      assertTrue(help.output().contains("Usage: casesearch"), help.output());
      assertFalse(help.output().contains("Quarkus"), "help starts nothing: " + help.output());
      ServiceProcess.CommandResult importHelp = service.command("import", "--help");
      assertEquals(0, importHelp.exit(), importHelp.output());
      assertTrue(importHelp.output().contains("--restart"), importHelp.output());

      Path records =
          Files.writeString(
              root.resolve("r.jsonl"),
              "{\"id\":\"CM-1\",\"case_id\":\"CASE-CM\",\"text\":\"A home visit.\"}\n");
      ServiceProcess.CommandResult busy = service.command("import", records.toString());
      assertEquals(1, busy.exit(), busy.output());
      List<String> lines =
          busy.output()
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("WARNING: Using incubator"))
              .toList();
      assertEquals(1, lines.size(), "one sentence, no stack trace: " + busy.output());
      assertTrue(
          lines.get(0).contains("is in use by another Casesearch process")
              && lines.get(0).contains("POST /api/v1/records"),
          lines.get(0));
      service.stop();

      // Stopped: the import runs, and leaves no journal folder and no administrator key.
      Files.deleteIfExists(data.resolve("admin-key"));
      ServiceProcess.CommandResult imported = service.command("import", records.toString());
      assertEquals(0, imported.exit(), imported.output());
      assertFalse(
          Files.exists(data.resolve("import-journal")),
          "a finished import removes its journal folder");
      assertFalse(Files.exists(data.resolve("admin-key")), "a one-off command writes no key");

      // An evaluation into a scratch data directory removes it when done, and ONNX Runtime's
      // libraries are not left in the temporary folder either.
      Path dataset = Files.createDirectories(root.resolve("tiny"));
      Files.writeString(
          dataset.resolve("records.jsonl"),
          "{\"id\":\"T1\",\"case_id\":\"T\",\"text\":\"The kitchen cupboards were bare.\"}\n");
      Files.writeString(
          dataset.resolve("queries.jsonl"),
          "{\"qid\":\"q1\",\"text\":\"no food\",\"category\":\"all\",\"relevant\":{\"T1\":2}}\n");
      Path tmp = Files.createDirectories(root.resolve("tmp"));
      ServiceProcess.CommandResult eval =
          service.command(
              Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp.toAbsolutePath()),
              "eval",
              dataset.toString(),
              "--out",
              root.resolve("eval-out").toString(),
              "--modes",
              "hybrid");
      assertEquals(0, eval.exit(), eval.output());
      try (Stream<Path> left = Files.list(tmp)) {
        List<Path> leftovers =
            left.filter(
                    p -> {
                      String n = p.getFileName().toString();
                      return n.startsWith("casesearch-eval-") || n.startsWith("onnxruntime-java");
                    })
                .toList();
        assertEquals(List.of(), leftovers, eval.output());
      }
    }
  }
}
