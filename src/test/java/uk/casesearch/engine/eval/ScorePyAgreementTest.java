package uk.casesearch.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.RandomizedTestCase;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.ingest.doc.DocumentExtractor;

/**
 * Our metrics agree with the reference scorer (../shared/eval/score.py) on the same run file: a
 * seeded random run over the real judged dev queries, scored by both. Skipped, saying so, where
 * ../shared or python3 is absent.
 */
class ScorePyAgreementTest extends RandomizedTestCase {

  @Test
  void figuresMatchTheReferenceScorer(@TempDir Path tmp) throws Exception {
    Path shared = Path.of(System.getProperty("tests.shared.dir", "../shared"));
    Path dev = shared.resolve("eval").resolve("dev");
    Assumptions.assumeTrue(
        Files.exists(dev.resolve("queries.jsonl")),
        "skipped: " + dev + " is not present (it is in CI)");
    Assumptions.assumeTrue(python() != null, "skipped: no python3 to run score.py");

    List<JudgedQuery> queries = new ArrayList<>();
    Path empty = Files.createDirectories(tmp.resolve("dataset"));
    Files.copy(dev.resolve("queries.jsonl"), empty.resolve("queries.jsonl"));
    Files.writeString(empty.resolve("records.jsonl"), "");
    try (DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Config.defaults())) {
      RecordParser parser = new RecordParser(RecordParser.Limits.defaults());
      queries.addAll(
          Datasets.load(empty, Datasets.Format.CASE, parser, extractor, r -> {}).queries());
    }

    EvalReport report = new EvalReport("random");
    for (JudgedQuery q : queries) {
      // Some relevant ids (graded and not), some noise, shuffled: every metric gets exercised.
      List<String> ranked = new ArrayList<>();
      for (String id : q.grades().keySet()) if (random().nextInt(3) > 0) ranked.add(id);
      for (int i = 0; i < 120; i++) ranked.add("noise-" + random().nextInt(10_000));
      Collections.shuffle(ranked, random());
      report.add(q, ranked.stream().distinct().limit(100 + random().nextInt(20)).toList(), 1000);
    }
    Path run = tmp.resolve("run.trec");
    report.writeTrecRun(run);

    Process p =
        new ProcessBuilder(
                python(),
                shared.resolve("eval").resolve("score.py").toString(),
                dev.resolve("queries.jsonl").toString(),
                run.toString(),
                "--json")
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    JsonNode reference = new ObjectMapper().readTree(out);
    Map<String, EvalReport.Figures> ours = report.figures();
    for (var it = reference.fields(); it.hasNext(); ) {
      var e = it.next();
      String category = e.getKey().equals("ALL") ? "all" : e.getKey();
      EvalReport.Figures f = ours.get(category);
      String where = category + "; " + seed();
      assertEquals(e.getValue().get("n").asInt(), f.queries(), where);
      assertEquals(e.getValue().get("ndcg10").asDouble(), f.ndcg10(), 1e-9, "nDCG@10 " + where);
      assertEquals(e.getValue().get("r10").asDouble(), f.recall10(), 1e-9, "R@10 " + where);
      assertEquals(e.getValue().get("r100").asDouble(), f.recall100(), 1e-9, "R@100 " + where);
      assertEquals(e.getValue().get("mrr10").asDouble(), f.mrr10(), 1e-9, "MRR@10 " + where);
    }
    assertEquals(
        reference.size(),
        ours.size(),
        "the same categories: "
            + ours.keySet()
            + " vs "
            + reference.toString().toLowerCase(Locale.ROOT));
  }

  private static String python() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, "python3");
      if (Files.isExecutable(p)) return p.toString();
    }
    return null;
  }
}
