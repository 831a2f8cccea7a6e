package uk.casesearch.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.casesearch.engine.eval.Datasets;
import uk.casesearch.engine.eval.InsightEval;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.ingest.doc.DocumentExtractor;
import uk.casesearch.engine.insight.InsightLexicon;
import uk.casesearch.engine.insight.QuestionLexicon;

/**
 * Measures eco-maps and chronologies on a case corpus with truth ({@code _truth/network.jsonl},
 * {@code chronology.jsonl}): builds both for every case with the engine's own finder and builders
 * (no service, no index) and writes a report; with a regression file, checks its figures.
 */
@Command(
    name = "eval-insight",
    description = "Evaluate eco-maps and chronologies on a case corpus with truth.")
public class InsightEvalCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DATASET",
      description =
          "case corpus folder (records.jsonl and _truth/ inside); default: the regression's")
  Path dataset;

  @Option(
      names = "--regression",
      description =
          "an insight regression file (src/eval/insight/*.yaml): every expected figure is checked (exit 1 on any FAIL)")
  Path regressionFile;

  @Option(
      names = "--lexicon",
      description = "an insight lexicon to measure instead of the shipped one")
  Path lexicon;

  @Option(
      names = "--questions",
      description = "a question lexicon to measure instead of the shipped one")
  Path questions;

  @Option(
      names = "--out",
      defaultValue = "target/eval",
      description = "where the report goes (default ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws Exception {
    InsightEval.Expectation expectation =
        regressionFile == null ? null : InsightEval.Expectation.read(regressionFile);
    if (dataset == null && expectation != null) dataset = Path.of(expectation.dataset());
    if (dataset == null || !Files.isDirectory(dataset.resolve("_truth"))) {
      System.err.println(
          "eval-insight: no case corpus with a _truth folder at "
              + (dataset == null ? "(none given)" : dataset.toAbsolutePath()));
      return 2;
    }
    Map<String, List<CaseRecord>> byCase = new LinkedHashMap<>();
    try (DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Config.defaults())) {
      Datasets.load(
          dataset,
          Datasets.Format.CASE,
          new RecordParser(RecordParser.Limits.defaults()),
          extractor,
          r -> byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
    }
    InsightLexicon lex = lexicon == null ? InsightLexicon.shipped() : InsightLexicon.load(lexicon);
    InsightEval.Report report = InsightEval.run(dataset.resolve("_truth"), byCase, lex);
    String md = report.markdown(dataset.toString());
    Files.createDirectories(out);
    String name = dataset.toAbsolutePath().normalize().getFileName().toString();
    Path qa = dataset.resolve("qa.jsonl");
    if (Files.isRegularFile(qa)) {
      QuestionLexicon ql =
          questions == null ? QuestionLexicon.shipped() : QuestionLexicon.load(questions);
      InsightEval.Answers answers = InsightEval.ask(qa, byCase, lex, ql);
      md += answers.markdown();
      Files.write(
          out.resolve("answers-" + name + ".jsonl"), answers.lines(), StandardCharsets.UTF_8);
      report = report.with(answers);
    }
    Files.writeString(out.resolve("insight-" + name + ".md"), md, StandardCharsets.UTF_8);
    System.out.print(md);
    if (expectation == null) return 0;
    boolean ok = true;
    for (Map.Entry<String, String> e : expectation.check(report).entrySet()) {
      System.out.println(e.getKey() + ": " + e.getValue());
      ok &= e.getValue().startsWith("OK");
    }
    return ok ? 0 : 1;
  }
}
