package uk.casesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);
  static final String C = "c".repeat(64);

  @Test
  void anInterruptedImportResumesAndAFinishedOneStartsAfresh(@TempDir Path dir) throws IOException {
    List<Path> sources = List.of(dir.resolve("x.jsonl"), dir.resolve("y"));
    Journal first = Journal.open(dir, sources, false);
    first.record(List.of(A, B));
    // The process dies here: no finish(). A half-written line is left behind.
    try (var files = Files.list(dir)) {
      Path file = files.filter(p -> p.toString().endsWith(".journal")).findFirst().orElseThrow();
      Files.writeString(
          file, C.substring(0, 20), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    // The same sources, in any order: the same journal.
    Journal second = Journal.open(dir, List.of(sources.get(1), sources.get(0)), false);
    assertEquals(2, second.resumed());
    assertTrue(second.done(A) && second.done(B));
    assertFalse(second.done(C), "a torn line is not a committed one");
    second.finish();
    Journal third = Journal.open(dir, sources, false);
    assertEquals(0, third.resumed());
    // Other sources have their own journal; --restart ignores an interrupted one.
    third.record(List.of(C));
    assertEquals(0, Journal.open(dir, List.of(dir.resolve("z.jsonl")), false).resumed());
    assertEquals(0, Journal.open(dir, sources, true).resumed());
  }
}
