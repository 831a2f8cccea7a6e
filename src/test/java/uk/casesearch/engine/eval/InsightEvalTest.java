package uk.casesearch.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.ingest.doc.DocumentExtractor;
import uk.casesearch.engine.insight.InsightLexicon;
import uk.casesearch.engine.insight.QuestionLexicon;

/**
 * The eco-map, chronology and question gate: every case of the judged corpus measured against its
 * truth and every question of its qa.jsonl answered, each figure of src/eval/insight/dev.yaml kept.
 * Skipped (and says so) where ../shared is not present.
 */
class InsightEvalTest {

  @Test
  void theJudgedCorpusKeepsItsFigures() throws Exception {
    InsightEval.Expectation e = InsightEval.Expectation.read(Path.of("src/eval/insight/dev.yaml"));
    Path dir = Path.of(e.dataset());
    Assumptions.assumeTrue(
        Files.isDirectory(dir.resolve("_truth")),
        "skipped: no judged corpus with truth at "
            + dir.toAbsolutePath()
            + " (a clone without ../shared)");
    Map<String, List<CaseRecord>> byCase = new LinkedHashMap<>();
    try (DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Config.defaults())) {
      Datasets.load(
          dir,
          Datasets.Format.CASE,
          new RecordParser(RecordParser.Limits.defaults()),
          extractor,
          r -> byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
    }
    InsightEval.Answers answers =
        InsightEval.ask(
            dir.resolve("qa.jsonl"), byCase, InsightLexicon.shipped(), QuestionLexicon.shipped());
    InsightEval.Report report =
        InsightEval.run(dir.resolve("_truth"), byCase, InsightLexicon.shipped()).with(answers);
    System.out.println(report.markdown(dir.toString()) + answers.markdown());
    assertEquals(byCase.size(), report.cases(), "every case has truth");
    Map<String, String> checked = e.check(report);
    assertTrue(checked.values().stream().allMatch(v -> v.startsWith("OK")), checked.toString());
  }

  @Test
  void aFallBeyondTheToleranceFails() {
    InsightEval.Expectation e =
        new InsightEval.Expectation(
            "t", null, "d", 0.01, Map.of("people_recall", 0.9, "duplicate_nodes", 0.0));
    InsightEval.Report good =
        new InsightEval.Report(
            1, Map.of("people_recall", 0.895, "duplicate_nodes", 0.005), Map.of());
    InsightEval.Report bad =
        new InsightEval.Report(1, Map.of("people_recall", 0.88, "duplicate_nodes", 0.02), Map.of());
    assertTrue(
        e.check(good).values().stream().allMatch(v -> v.startsWith("OK")),
        e.check(good).toString());
    assertTrue(
        e.check(bad).values().stream().allMatch(v -> v.startsWith("FAIL")),
        e.check(bad).toString());
  }
}
