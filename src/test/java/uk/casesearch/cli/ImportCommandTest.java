package uk.casesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import uk.casesearch.api.TempDataDir;
import org.junit.jupiter.api.Test;

/** The import and reindex commands, run as the packaged application runs them, on a fresh data directory. */
@QuarkusMainTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class ImportCommandTest {

  @Test
  void importsValidLinesReportsBadOnesAndReindexes(QuarkusMainLauncher launcher) throws IOException {
    Path file = Files.createTempFile(Files.createDirectories(Path.of("target", "test-data")), "import-", ".jsonl");
    Files.writeString(
        file,
        """
        {"id":"CLI-1","case_id":"CASE-CLI","type":"case_note","title":"Visit","date":"2024-01-01","text":"Home visit: the children were seen and were well."}
        {"id":"CLI-2","case_id":"CASE-CLI","text":"Strategy discussion held with police and health."}
        {"id":"CLI-3","case_id":"CASE-CLI","text":"bad date","date":"tomorrow"}
        not json

        {"id":"CLI-4","case_id":"CASE-CLI","text":"Return home interview after a missing episode."}
        """);
      LaunchResult result = launcher.launch("import", file.toString(), "--batch", "2");
      String out = result.getOutput();
      assertEquals(1, result.exitCode(), "import exits 1 when some lines were rejected\n" + out);
      assertTrue(out.contains("3 stored and indexed, 0 unchanged, 2 rejected"), out);
      assertTrue(out.contains("line 3 (CLI-3): date must be an ISO date"), out);
      assertTrue(out.contains("line 4: malformed JSON"), out);

      LaunchResult again = launcher.launch("import", file.toString());
      assertTrue(again.getOutput().contains("0 stored and indexed, 3 unchanged, 2 rejected"), again.getOutput());

      LaunchResult reindex = launcher.launch("reindex");
      assertEquals(0, reindex.exitCode(), reindex.getOutput());
      assertTrue(reindex.getOutput().matches("(?s).*re-indexed \\d+ records; 0 stale entries removed.*"), reindex.getOutput());

      LaunchResult missing = launcher.launch("import", file.resolveSibling("nope.jsonl").toString());
      assertEquals(2, missing.exitCode());
      assertTrue(missing.getErrorOutput().contains("no such file"), missing.getErrorOutput());
  }
}
