package uk.casesearch.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionTest {

  static Path write(Path dir, String yaml) throws IOException {
    return Files.writeString(dir.resolve("r.yaml"), yaml);
  }

  @Test
  void figuresWithinTheToleranceEitherWayPassAndOthersFail(@TempDir Path dir) throws IOException {
    Regression r =
        Regression.read(
            write(
                dir,
                """
                name: t
                dataset: somewhere
                config: {casesearch.search.fusion.method: rrf}
                tolerance: 0.01
                expected:
                  hybrid:
                    all: {ndcg@10: 0.50, recall@10: 0.40}
                    keyword: {ndcg@10: 0.90}
                """));
    assertEquals(Map.of("casesearch.search.fusion.method", "rrf"), r.config());
    assertEquals(List.of("bm25", "vector", "hybrid"), r.modes());
    Map<String, Map<String, EvalReport.Figures>> measured =
        Map.of("hybrid", Map.of("all", new EvalReport.Figures(10, 0.509, 0.38, 0.9, 0.7)));
    List<Regression.Check> checks = r.check(measured);
    assertEquals(3, checks.size());
    Regression.Check ndcg =
        checks.stream()
            .filter(c -> c.metric().equals("ndcg@10") && c.category().equals("all"))
            .findFirst()
            .orElseThrow();
    assertTrue(ndcg.ok(), ndcg.toString());
    assertTrue(ndcg.toString().startsWith("OK"), ndcg.toString());
    Regression.Check recall =
        checks.stream().filter(c -> c.metric().equals("recall@10")).findFirst().orElseThrow();
    assertFalse(recall.ok(), "0.38 is 0.02 below 0.40");
    assertTrue(recall.toString().startsWith("FAIL"), recall.toString());
    Regression.Check missing =
        checks.stream().filter(c -> c.category().equals("keyword")).findFirst().orElseThrow();
    assertFalse(missing.ok(), "a figure that was not measured fails");
    // A gain beyond the tolerance fails too: it must be recorded on purpose.
    assertFalse(
        r.check(Map.of("hybrid", Map.of("all", new EvalReport.Figures(10, 0.6, 0.4, 0.9, 0.7))))
            .getFirst()
            .ok());
  }

  @Test
  void measuredFiguresAreWrittenInTheFilesFormat() {
    Map<String, Map<String, Map<String, Double>>> e =
        Regression.asExpected(
            Map.of("bm25", Map.of("all", new EvalReport.Figures(3, 0.12345, 0.5, 0.75, 1.0))));
    assertEquals(
        Map.of("ndcg@10", 0.123, "recall@10", 0.5, "recall@100", 0.75, "mrr@10", 1.0),
        e.get("bm25").get("all"));
  }

  @Test
  void invalidFilesSayWhy(@TempDir Path dir) throws IOException {
    IllegalArgumentException metric =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Regression.read(
                    write(dir, "name: t\ndataset: d\nexpected: {hybrid: {all: {ndcg@5: 0.5}}}\n")));
    assertTrue(metric.getMessage().contains("ndcg@5"), metric.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Regression.read(write(dir, "name: t\n")));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> Regression.read(write(dir, "name: t\ndataset: d\ntolerence: 0.1\n")));
    assertTrue(unknown.getMessage().contains("tolerence"), unknown.getMessage());
  }

  @Test
  void theShippedRegressionsParse() throws IOException {
    try (var files = Files.list(Path.of("src/eval/regressions"))) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertTrue(all.size() >= 3, all.toString());
      for (Path p : all) {
        Regression r = Regression.read(p);
        assertFalse(r.expected().isEmpty(), p + " expects nothing");
      }
    }
  }
}
