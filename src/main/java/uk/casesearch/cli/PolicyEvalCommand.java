package uk.casesearch.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.casesearch.engine.eval.InsightEval;
import uk.casesearch.engine.eval.PolicyEval;
import uk.casesearch.engine.guidance.PolicyChecker;

/**
 * Measures the policy check on a guidance set with truth ({@code guidance/}, {@code local/}, {@code
 * truth.jsonl}) with the engine's own checker (no service, no index) and writes a report; with a
 * regression file, checks its figures.
 */
@Command(
    name = "eval-policy",
    description = "Evaluate the policy check on a guidance set with planted contradictions.")
public class PolicyEvalCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DATASET",
      description =
          "guidance set folder (guidance/, local/, truth.jsonl); default: the regression's")
  Path dataset;

  @Option(
      names = "--regression",
      description =
          "a regression file (src/eval/policy/*.yaml): every expected figure is checked (exit 1 on any FAIL)")
  Path regressionFile;

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
    if (dataset == null || !Files.isRegularFile(dataset.resolve("truth.jsonl"))) {
      System.err.println(
          "eval-policy: no guidance set with a truth.jsonl at "
              + (dataset == null ? "(none given)" : dataset.toAbsolutePath()));
      return 2;
    }
    PolicyEval.Result result = PolicyEval.run(dataset, new PolicyChecker());
    String md = result.markdown(dataset.toString());
    Files.createDirectories(out);
    String name = dataset.toAbsolutePath().normalize().getFileName().toString();
    Files.writeString(out.resolve("policy-" + name + ".md"), md, StandardCharsets.UTF_8);
    System.out.print(md);
    if (expectation == null) return 0;
    boolean ok = true;
    for (Map.Entry<String, String> e : expectation.check(result.report()).entrySet()) {
      System.out.println(e.getKey() + ": " + e.getValue());
      ok &= e.getValue().startsWith("OK");
    }
    return ok ? 0 : 1;
  }
}
