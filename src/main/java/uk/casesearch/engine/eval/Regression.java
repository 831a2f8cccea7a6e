package uk.casesearch.engine.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A regression: one dataset under one configuration, with the figures it is expected to reach and a
 * tolerance, as Anserini keeps them. A run that moves any figure by more than the tolerance, up or
 * down, fails: an unexplained gain is as suspicious as a loss, and a real one is recorded by
 * updating the file (and docs/quality.md) in the same change.
 *
 * <p>File format (YAML):
 *
 * <pre>
 * name: dev-default
 * description: what this checks
 * dataset: ../shared/eval/dev        # relative to the working directory
 * modes: [bm25, vector, hybrid]
 * slice_records: 360                 # optional: a slice of a case corpus, see {@link Datasets#slice}
 * queries: src/test/resources/q.jsonl   # optional: judged queries other than the dataset's own
 * records: data/x-records.jsonl       # optional: a records file other than records.jsonl
 * manifest: data/files/x-manifest.jsonl # optional: a document manifest other than files/manifest.jsonl
 * typed_queries: ../shared/eval/dev/queries-as-typed.jsonl # optional: variants of the queries
 * config: {casesearch.search.fusion.method: rrf}   # settings for this run (optional)
 * tolerance: 0.005
 * expected:
 *   hybrid:
 *     all: {ndcg@10: 0.780, recall@10: 0.69}
 *     semantic_paraphrase: {ndcg@10: 0.763}
 * </pre>
 *
 * @param name a short name
 * @param description what it checks
 * @param dataset the judged dataset's folder
 * @param modes the search modes run
 * @param sliceRecords for a case corpus, only whole cases of its scoped queries up to this many
 *     records, and only those cases' scoped queries (null: the whole dataset)
 * @param queries for a case corpus, a judged queries file to use instead of the dataset's own
 *     {@code queries.jsonl} (null: the dataset's)
 * @param records for a case corpus, its records file when not {@code records.jsonl} (null: that)
 * @param manifest for a case corpus, its document manifest when not {@code files/manifest.jsonl}
 *     (null: that)
 * @param typedQueries judged variants of the queries as people type them (a "variant" and the
 *     "orig" query each rewrites), run beside the originals in every mode; their figures are
 *     checked as the mode's run with "-as-typed" after it, one category per variant (null: none)
 * @param config service settings applied for the run
 * @param tolerance the largest accepted difference from an expected figure
 * @param expected mode to category to metric ({@code ndcg@10}, {@code recall@10}, {@code
 *     recall@100}, {@code mrr@10}) to value
 */
public record Regression(
    String name,
    String description,
    String dataset,
    List<String> modes,
    Integer sliceRecords,
    String queries,
    String records,
    String manifest,
    String typedQueries,
    Map<String, String> config,
    double tolerance,
    Map<String, Map<String, Map<String, Double>>> expected) {

  public Regression {
    if (sliceRecords != null && sliceRecords < 1)
      throw new IllegalArgumentException(name + ": slice_records must be at least 1");
    if (name == null || name.isBlank())
      throw new IllegalArgumentException("a regression needs a name");
    if (dataset == null || dataset.isBlank())
      throw new IllegalArgumentException(name + ": dataset is required");
    modes =
        modes == null || modes.isEmpty() ? List.of("bm25", "vector", "hybrid") : List.copyOf(modes);
    config = config == null ? Map.of() : Map.copyOf(config);
    if (!(tolerance >= 0 && tolerance < 1))
      throw new IllegalArgumentException(name + ": tolerance must be in [0, 1)");
    expected = expected == null ? Map.of() : expected;
    for (Map<String, Map<String, Double>> byCategory : expected.values()) {
      for (Map<String, Double> metrics : byCategory.values()) {
        for (String metric : metrics.keySet()) {
          if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException(
                name + ": unknown metric '" + metric + "', expected one of " + METRICS);
          }
        }
      }
    }
  }

  static final List<String> METRICS = List.of("ndcg@10", "recall@10", "recall@100", "mrr@10");

  /** One expected figure against the measured one. */
  public record Check(
      String mode,
      String category,
      String metric,
      double expected,
      Double measured,
      double tolerance) {
    /** Within the tolerance (a figure that was not measured fails). */
    public boolean ok() {
      return measured != null && Math.abs(measured - expected) <= tolerance + 1e-12;
    }

    @Override
    public String toString() {
      String got = measured == null ? "not measured" : String.format(Locale.ROOT, "%.3f", measured);
      String verdict = ok() ? "OK  " : "FAIL";
      return String.format(
          Locale.ROOT,
          "%s %-7s %-20s %-10s %s (expected %.3f +- %.3f)",
          verdict,
          mode,
          category,
          metric,
          got,
          expected,
          tolerance);
    }
  }

  private record File(
      String name,
      String description,
      String dataset,
      List<String> modes,
      @JsonProperty("slice_records") Integer sliceRecords,
      String queries,
      String records,
      String manifest,
      @JsonProperty("typed_queries") String typedQueries,
      Map<String, String> config,
      Double tolerance,
      @JsonProperty("expected") Map<String, Map<String, Map<String, Double>>> expected) {}

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * Reads a regression file.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not a valid regression (the message says why)
   */
  public static Regression read(Path file) throws IOException {
    File f;
    try {
      f = YAML.readValue(Files.readString(file), File.class);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
    }
    if (f == null) throw new IllegalArgumentException(file + " is empty");
    return new Regression(
        f.name(),
        f.description(),
        f.dataset(),
        f.modes(),
        f.sliceRecords(),
        f.queries(),
        f.records(),
        f.manifest(),
        f.typedQueries(),
        f.config(),
        f.tolerance() == null ? 0.005 : f.tolerance(),
        f.expected());
  }

  /** Every expected figure against the measured ones (mode to category to figures). */
  public List<Check> check(Map<String, Map<String, EvalReport.Figures>> measured) {
    List<Check> out = new ArrayList<>();
    expected.forEach(
        (mode, byCategory) ->
            byCategory.forEach(
                (category, metrics) -> {
                  EvalReport.Figures f = measured.getOrDefault(mode, Map.of()).get(category);
                  metrics.forEach(
                      (metric, value) ->
                          out.add(
                              new Check(
                                  mode,
                                  category,
                                  metric,
                                  value,
                                  f == null ? null : value(f, metric),
                                  tolerance)));
                }));
    return out;
  }

  /** The figures measured, in this file's format, to paste into it when a change is intended. */
  public static Map<String, Map<String, Map<String, Double>>> asExpected(
      Map<String, Map<String, EvalReport.Figures>> measured) {
    Map<String, Map<String, Map<String, Double>>> out = new LinkedHashMap<>();
    measured.forEach(
        (mode, byCategory) ->
            byCategory.forEach(
                (category, f) -> {
                  Map<String, Double> m = new LinkedHashMap<>();
                  for (String metric : METRICS)
                    m.put(metric, Math.round(value(f, metric) * 1000) / 1000.0);
                  out.computeIfAbsent(mode, k -> new LinkedHashMap<>()).put(category, m);
                }));
    return out;
  }

  private static double value(EvalReport.Figures f, String metric) {
    return switch (metric) {
      case "ndcg@10" -> f.ndcg10();
      case "recall@10" -> f.recall10();
      case "recall@100" -> f.recall100();
      case "mrr@10" -> f.mrr10();
      default -> throw new IllegalArgumentException("unknown metric: " + metric);
    };
  }
}
