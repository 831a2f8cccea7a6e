package uk.casesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line is read before anything starts: help, version and usage errors are answered
 * without a database, a model or a port (so they work beside a running service), and a data
 * directory is opened by one process at a time.
 */
class CommandLineTest {

  private record Answer(Optional<Integer> exit, String out, String err) {}

  private static Answer answer(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Optional<Integer> exit =
        CasesearchMain.answerWithoutStarting(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Answer(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpForTheWholeAndForEachCommandNeedsNothingStarted() {
    Answer root = answer("--help");
    assertEquals(Optional.of(0), root.exit());
    assertTrue(
        root.out().contains("Usage: casesearch")
            && root.out().contains("import")
            && root.out().contains("check"),
        root.out());
    for (String command :
        new String[] {
          "import", "eval", "reindex", "audit-verify", "check", "serve", "backup", "restore"
        }) {
      Answer help = answer(command, "--help");
      assertEquals(Optional.of(0), help.exit(), command + ": " + help.err());
      assertTrue(help.out().contains("Usage: casesearch " + command), command + ": " + help.out());
      assertEquals(
          help.out(), answer("help", command).out(), "'help " + command + "' says the same");
    }
    assertTrue(answer("import", "-h").out().contains("--restart"));
    assertTrue(answer("eval", "--help").out().contains("--regression"));
  }

  @Test
  void versionIsPrinted() {
    Answer v = answer("--version");
    assertEquals(Optional.of(0), v.exit());
    assertTrue(v.out().matches("casesearch \\d+\\.\\d+\\.\\d+.*\\R"), v.out());
  }

  @Test
  void usageErrorsExitTwoWithTheProblemAndTheUsage() {
    Answer missing = answer("import");
    assertEquals(Optional.of(2), missing.exit());
    assertTrue(
        missing.err().contains("Missing required parameter")
            && missing.err().contains("Usage: casesearch import"),
        missing.err());
    Answer unknown = answer("eval", "--bogus");
    assertEquals(Optional.of(2), unknown.exit());
    assertTrue(unknown.err().contains("Unknown option: '--bogus'"), unknown.err());
    assertEquals(Optional.of(2), answer("frobnicate").exit());
    assertEquals(Optional.of(2), answer("import", "x.jsonl", "--batch", "many").exit());
  }

  @Test
  void aCommandToRunIsLeftToTheApplication() {
    assertEquals(Optional.empty(), answer().exit(), "no arguments: serve");
    assertEquals(Optional.empty(), answer("import", "records.jsonl").exit());
    assertEquals(Optional.empty(), answer("eval", "--regression", "r.yaml").exit());
    assertEquals("serve", CasesearchMain.commandName());
    assertEquals("import", CasesearchMain.commandName("import", "x"));
  }

  @Test
  void aDataDirectoryIsOpenedByOneProcessAtATime(@TempDir Path dir) throws IOException {
    var first = DataDirectory.lock(dir);
    assertTrue(first.isPresent());
    assertFalse(DataDirectory.lock(dir).isPresent(), "held: a second opener is refused");
    assertEquals(Long.toString(ProcessHandle.current().pid()), DataDirectory.holder(dir));
    first.get().release();
    first.get().channel().close();
    var again = DataDirectory.lock(dir);
    assertTrue(again.isPresent(), "released: free again");
    again.get().channel().close();
    assertTrue(Files.exists(dir.resolve(DataDirectory.LOCK_FILE)));
  }
}
