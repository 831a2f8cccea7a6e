package uk.casesearch.engine.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates one run's rankings for judged queries and reports nDCG@10, Recall@10, Recall@100,
 * MRR@10 (overall and per category) and query latency percentiles, as Markdown, JSON and a TREC run
 * file that ../shared/eval/score.py and trec_eval read.
 */
public final class EvalReport {

  /** The figures for one group of queries. */
  public record Figures(
      int queries, double ndcg10, double recall10, double recall100, double mrr10) {}

  private final String runName;
  private final Map<String, List<double[]>> byCategory = new TreeMap<>();
  private final Map<String, double[]> byQuery = new LinkedHashMap<>();
  private final List<Long> latenciesMicros = new ArrayList<>();
  private final StringBuilder trec = new StringBuilder();

  /**
   * @param runName the tag written in the TREC run file's last column
   */
  public EvalReport(String runName) {
    this.runName = runName;
  }

  /**
   * Adds one query's ranking.
   *
   * @param ranked document ids, best first (at least 100 for a meaningful Recall@100)
   * @param micros how long the search took
   */
  public void add(JudgedQuery q, List<String> ranked, long micros) {
    for (int i = 0; i < ranked.size(); i++) {
      trec.append(q.id())
          .append(" Q0 ")
          .append(ranked.get(i))
          .append(' ')
          .append(i + 1)
          .append(' ')
          .append(ranked.size() - i)
          .append(' ')
          .append(runName)
          .append('\n');
    }
    latenciesMicros.add(micros);
    // As trec_eval and score.py do: a query with nothing relevant judged is not averaged in.
    if (q.grades().values().stream().noneMatch(g -> g > 0)) return;
    double[] m = {
      Metrics.ndcg(ranked, q.grades(), 10),
      Metrics.recall(ranked, q.grades(), 10),
      Metrics.recall(ranked, q.grades(), 100),
      Metrics.mrr(ranked, q.grades(), 10)
    };
    byQuery.put(q.id(), m);
    byCategory.computeIfAbsent("all", k -> new ArrayList<>()).add(m);
    if (q.category() != null && !q.category().equals("all")) {
      byCategory.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(m);
    }
  }

  /** Figures per category, "all" first. */
  public Map<String, Figures> figures() {
    Map<String, Figures> out = new LinkedHashMap<>();
    if (byCategory.containsKey("all")) out.put("all", mean(byCategory.get("all")));
    byCategory.forEach((k, v) -> out.putIfAbsent(k, mean(v)));
    return out;
  }

  private static Figures mean(List<double[]> rows) {
    double[] s = new double[4];
    for (double[] r : rows) for (int i = 0; i < 4; i++) s[i] += r[i];
    int n = rows.size();
    return new Figures(n, s[0] / n, s[1] / n, s[2] / n, s[3] / n);
  }

  /** A query's nDCG@10, or null when it was not added or has nothing relevant judged. */
  public Double ndcg10(String queryId) {
    double[] m = byQuery.get(queryId);
    return m == null ? null : m[0];
  }

  /**
   * For each kind of variant, the nDCG@10 of the originals its queries rewrite (in this report) and
   * of the variants themselves (in {@code typed}), over the variants whose original counts.
   *
   * @return variant to {queries, original, as typed}
   */
  public Map<String, double[]> robustness(List<JudgedQuery> variants, EvalReport typed) {
    Map<String, double[]> out = new TreeMap<>();
    for (JudgedQuery v : variants) {
      Double o = v.original() == null ? null : ndcg10(v.original());
      Double t = typed.ndcg10(v.id());
      if (o == null || t == null || v.variant() == null) continue;
      double[] sum = out.computeIfAbsent(v.variant(), k -> new double[3]);
      sum[0]++;
      sum[1] += o;
      sum[2] += t;
    }
    out.values()
        .forEach(
            s -> {
              s[1] /= s[0];
              s[2] /= s[0];
            });
    return out;
  }

  /** The robustness table in Markdown: each variant's figure as a share of its originals'. */
  public static String robustnessMarkdown(String run, Map<String, double[]> rows) {
    StringBuilder sb =
        new StringBuilder(
            "| run | variant | queries | nDCG@10 of the originals | as typed | share |\n"
                + "|---|---|---|---|---|---|\n");
    rows.forEach(
        (variant, r) ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.3f | %.3f | %.3f |%n",
                    run,
                    variant,
                    (int) r[0],
                    r[1],
                    r[2],
                    r[1] == 0 ? 0 : r[2] / r[1])));
    return sb.toString();
  }

  /** The p-th percentile (0-100) of query latency, in milliseconds. */
  public double latencyMillis(double p) {
    if (latenciesMicros.isEmpty()) return 0;
    List<Long> sorted = latenciesMicros.stream().sorted().toList();
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
  }

  public String runName() {
    return runName;
  }

  /** Writes the TREC run file. */
  public void writeTrecRun(Path file) throws IOException {
    Files.writeString(file, trec);
  }

  /** A Markdown table row per category. */
  public String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| run | category | queries | nDCG@10 | R@10 | R@100 | MRR@10 |\n|---|---|---|---|---|---|---|\n");
    figures()
        .forEach(
            (cat, f) ->
                sb.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
                        runName,
                        cat,
                        f.queries(),
                        f.ndcg10(),
                        f.recall10(),
                        f.recall100(),
                        f.mrr10())));
    sb.append(
        String.format(
            Locale.ROOT,
            "%nLatency (%s): p50 %.1f ms, p95 %.1f ms%n",
            runName,
            latencyMillis(50),
            latencyMillis(95)));
    return sb.toString();
  }

  /** The figures as nested maps, ready for a JSON writer. */
  public Map<String, Object> toMap() {
    Map<String, Object> categories = new LinkedHashMap<>();
    figures()
        .forEach(
            (k, f) ->
                categories.put(
                    k,
                    Map.of(
                        "queries",
                        f.queries(),
                        "ndcg@10",
                        f.ndcg10(),
                        "recall@10",
                        f.recall10(),
                        "recall@100",
                        f.recall100(),
                        "mrr@10",
                        f.mrr10())));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("run", runName);
    out.put("latency_ms", Map.of("p50", latencyMillis(50), "p95", latencyMillis(95)));
    out.put("categories", categories);
    return out;
  }
}
