package uk.casesearch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import uk.casesearch.engine.guidance.GuidanceDocument;
import uk.casesearch.engine.guidance.PolicyChecker;

/**
 * Measures the policy check on a set of statutory guidance ({@code guidance/*.txt}) and local
 * procedures ({@code local/*.txt}) with planted contradictions and consistent look-alikes ({@code
 * truth.jsonl}): every local procedure is checked against all the guidance, and each contradiction
 * it reports is matched to a truth row of the same document whose local sentence it overlaps (each
 * row once). Precision: reported contradictions that are planted ones; recall: planted ones
 * reported; and the share of look-alikes wrongly reported.
 */
public final class PolicyEval {

  private PolicyEval() {}

  /** The measures, the counts behind them, and every reported contradiction. */
  public record Result(
      Map<String, Double> measures, Map<String, Integer> counts, List<String> reported) {

    public String markdown(String dataset) {
      StringBuilder sb = new StringBuilder("# Policy check on " + dataset + "\n\n");
      sb.append("| measure | value |\n|---|---|\n");
      measures.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "| %s | %.3f |%n", k, v)));
      sb.append("\nCounts: ").append(counts).append("\n\nReported contradictions:\n\n");
      reported.forEach(r -> sb.append("- ").append(r).append('\n'));
      return sb.toString();
    }

    /** As an insight report, for its regression check. */
    public InsightEval.Report report() {
      return new InsightEval.Report(0, measures, counts);
    }
  }

  /** A document of the set: its id is its file name without the extension. */
  static GuidanceDocument read(Path file, GuidanceDocument.Kind kind) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return new GuidanceDocument(name, name, null, kind, null, null, text);
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  public static Result run(Path dataset, PolicyChecker checker) throws IOException {
    List<GuidanceDocument> statutory = new ArrayList<>();
    for (Path p : texts(dataset.resolve("guidance")))
      statutory.add(read(p, GuidanceDocument.Kind.STATUTORY));
    List<JsonNode> truth = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dataset.resolve("truth.jsonl")))
      if (!line.isBlank()) truth.add(json.readTree(line));
    Set<Integer> matched = new HashSet<>();
    int reported = 0;
    int tp = 0;
    int lookAlikesFlagged = 0;
    List<String> lines = new ArrayList<>();
    for (Path p : texts(dataset.resolve("local"))) {
      GuidanceDocument local = read(p, GuidanceDocument.Kind.LOCAL);
      String doc = "local/" + p.getFileName();
      Set<String> seen = new HashSet<>();
      for (PolicyChecker.Finding f : checker.check(local, statutory)) {
        if (!f.contradiction() || !seen.add(f.local().quote())) continue;
        reported++;
        String hit = "no truth row";
        for (int i = 0; i < truth.size(); i++) {
          JsonNode t = truth.get(i);
          if (matched.contains(i) || !t.path("local_doc").asText().equals(doc)) continue;
          if (!overlaps(f.local().quote(), t.path("local_quote").asText())) continue;
          matched.add(i);
          if (t.path("contradiction").asBoolean()) {
            tp++;
            hit = "planted " + t.path("id").asText();
          } else {
            lookAlikesFlagged++;
            hit = "look-alike " + t.path("id").asText();
          }
          break;
        }
        lines.add(
            f.kind() + " [" + hit + "] " + f.local().quote() + " | " + f.guidance().paragraph());
      }
    }
    int planted = (int) truth.stream().filter(t -> t.path("contradiction").asBoolean()).count();
    int lookAlikes = truth.size() - planted;
    Map<String, Double> m = new LinkedHashMap<>();
    double precision = reported == 0 ? 0 : (double) tp / reported;
    double recall = planted == 0 ? 0 : (double) tp / planted;
    m.put("precision", precision);
    m.put("recall", recall);
    m.put("f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    m.put("look_alikes_flagged", lookAlikes == 0 ? 0 : (double) lookAlikesFlagged / lookAlikes);
    Map<String, Integer> c = new LinkedHashMap<>();
    c.put("reported", reported);
    c.put("true_positives", tp);
    c.put("planted", planted);
    c.put("look_alikes", lookAlikes);
    c.put("look_alikes_flagged", lookAlikesFlagged);
    return new Result(m, c, lines);
  }

  private static boolean overlaps(String a, String b) {
    String x = a.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    String y = b.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    return x.equals(y) || x.contains(y) || y.contains(x);
  }
}
