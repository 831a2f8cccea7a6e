package uk.casesearch.engine.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fusion of several retrievers' results. Reciprocal rank fusion: each retriever contributes {@code
 * weight / (k + rank)} for every item it ranked, by rank, not score, because BM25 scores are
 * unbounded and cannot be compared with cosine similarities. Or min-max score fusion, which puts
 * each retriever's scores on [0, 1] first. Ties break by id so that result order is deterministic.
 */
public final class RrfFuser {

  /** An item with its fused score. */
  public record Fused(String id, double score) {}

  private final int k;

  /**
   * @param k the rank constant; larger values flatten the advantage of the top ranks
   * @throws IllegalArgumentException if k is below 1
   */
  public RrfFuser(int k) {
    if (k < 1) throw new IllegalArgumentException("k must be at least 1, got: " + k);
    this.k = k;
  }

  /**
   * Fuses ranked lists of distinct ids.
   *
   * @param rankings each retriever's ids, best first
   * @param weights one non-negative weight per ranking
   * @throws IllegalArgumentException if the sizes differ or a weight is negative
   */
  public List<Fused> fuse(List<List<String>> rankings, double[] weights) {
    if (rankings.size() != weights.length) {
      throw new IllegalArgumentException(
          "need one weight per ranking, got "
              + weights.length
              + " weights for "
              + rankings.size()
              + " rankings");
    }
    Map<String, Double> scores = new HashMap<>();
    for (int r = 0; r < rankings.size(); r++) {
      if (weights[r] < 0)
        throw new IllegalArgumentException("weights must be >= 0, got: " + weights[r]);
      List<String> ranking = rankings.get(r);
      for (int i = 0; i < ranking.size(); i++) {
        scores.merge(ranking.get(i), weights[r] / (k + i + 1), Double::sum);
      }
    }
    return sorted(scores);
  }

  /**
   * Fuses scored lists by min-max normalised score: within each list the best score becomes 1 and
   * the worst 0 (all 1 when they are equal), an item a list lacks scores 0 there, and the
   * normalised scores are summed with the weights. Unlike rank fusion this keeps how far apart the
   * retriever put two items, which pays when one retriever is confident and the other is not.
   *
   * @param scored each retriever's id to score, any order
   * @param weights one non-negative weight per list
   * @throws IllegalArgumentException if the sizes differ or a weight is negative
   */
  public static List<Fused> fuseScores(List<Map<String, Double>> scored, double[] weights) {
    if (scored.size() != weights.length) {
      throw new IllegalArgumentException(
          "need one weight per list, got "
              + weights.length
              + " weights for "
              + scored.size()
              + " lists");
    }
    Map<String, Double> scores = new HashMap<>();
    for (int r = 0; r < scored.size(); r++) {
      if (weights[r] < 0)
        throw new IllegalArgumentException("weights must be >= 0, got: " + weights[r]);
      Map<String, Double> list = scored.get(r);
      if (list.isEmpty()) continue;
      double min = list.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      double max = list.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      double w = weights[r];
      for (Map.Entry<String, Double> e : list.entrySet()) {
        double normalised = max > min ? (e.getValue() - min) / (max - min) : 1.0;
        scores.merge(e.getKey(), w * normalised, Double::sum);
      }
    }
    return sorted(scores);
  }

  private static List<Fused> sorted(Map<String, Double> scores) {
    List<Fused> out = new ArrayList<>(scores.size());
    scores.forEach((id, s) -> out.add(new Fused(id, s)));
    out.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
    return out;
  }
}
