package uk.casesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.casesearch.api.TempDataDir;

/**
 * The import and reindex commands, run as the packaged application runs them, on a fresh data
 * directory.
 */
@QuarkusMainTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class ImportCommandTest {

  @Test
  void importsValidLinesReportsBadOnesAndReindexes(QuarkusMainLauncher launcher)
      throws IOException {
    Path file =
        Files.createTempFile(
            Files.createDirectories(Path.of("target", "test-data")), "import-", ".jsonl");
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
    assertTrue(out.contains("line 3: (CLI-3) date must be an ISO date"), out);
    assertTrue(out.contains("line 4: malformed JSON"), out);

    LaunchResult again = launcher.launch("import", file.toString());
    assertTrue(
        again.getOutput().contains("0 stored and indexed, 3 unchanged, 2 rejected"),
        again.getOutput());

    LaunchResult reindex = launcher.launch("reindex");
    assertEquals(0, reindex.exitCode(), reindex.getOutput());
    assertTrue(
        reindex.getOutput().matches("(?s).*re-indexed \\d+ records; 0 stale entries removed.*"),
        reindex.getOutput());

    LaunchResult missing = launcher.launch("import", file.resolveSibling("nope.jsonl").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.getErrorOutput().contains("no such file"), missing.getErrorOutput());
  }

  @Test
  void importsAFolderOfRecordsAndDocumentsAndReportsEachFailure(QuarkusMainLauncher launcher)
      throws IOException {
    Path root =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "test-data")), "archive-");
    Files.writeString(
        root.resolve("records.jsonl"),
        "{\"id\":\"ARC-1\",\"case_id\":\"CASE-ARC\",\"text\":\"Core group met; the plan is working.\"}\n");
    // Judged queries and other JSONL that are not records are left alone.
    Files.writeString(root.resolve("queries.jsonl"), "{\"qid\":\"Q1\",\"text\":\"plan\"}\n");
    Path files = Files.createDirectories(root.resolve("files").resolve("CASE-ARC"));
    Files.writeString(
        files.resolve("ARC-2.html"),
        "<html><body><p>Unannounced visit: the flat was cold.</p></body></html>");
    Files.writeString(
        files.resolve("ARC-3.eml"),
        "From: School <office@example.sch.uk>\r\nSubject: Attendance\r\nContent-Type: text/plain\r\n\r\nAttendance is 81%.\r\n");
    Files.write(files.resolve("ARC-4.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7});
    Files.writeString(
        root.resolve("files").resolve("manifest.jsonl"),
        """
        {"id":"ARC-2","case_id":"CASE-ARC","type":"case_note","path":"files/CASE-ARC/ARC-2.html","format":"html"}
        {"id":"ARC-3","case_id":"CASE-ARC","type":"email","path":"files/CASE-ARC/ARC-3.eml","format":"eml"}
        {"id":"ARC-4","case_id":"CASE-ARC","path":"files/CASE-ARC/ARC-4.txt","format":"txt"}
        {"id":"ARC-5","case_id":"CASE-ARC","path":"files/CASE-ARC/missing.txt","format":"txt"}
        {"id":"ARC-6","case_id":"CASE-ARC"}
        """);
    // Given the way an operator might type it, with a ".." in it.
    LaunchResult result =
        launcher.launch("import", root.resolve("files").resolve("..").toString(), "--batch", "2");
    String out = result.getOutput();
    assertEquals(1, result.exitCode(), out);
    assertTrue(out.contains("imported 3 stored and indexed, 0 unchanged, 3 rejected"), out);
    assertTrue(out.contains("document_unsupported_type"), out);
    assertTrue(out.contains("no file at files/CASE-ARC/missing.txt"), out);
    assertTrue(out.contains("a manifest line needs a path"), out);
    // Finished: the journal and its folder are gone, and a second run reads everything again,
    // changing nothing.
    org.junit.jupiter.api.Assertions.assertFalse(
        Files.exists(TempDataDir.DIR.resolve("import-journal")), "the journal folder is removed");
    LaunchResult again = launcher.launch("import", root.resolve("files").resolve("..").toString());
    assertTrue(
        again.getOutput().contains("imported 0 stored and indexed, 3 unchanged, 3 rejected"),
        again.getOutput());
  }
}
