package uk.casesearch.engine.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: each retriever contributes {@code weight / (k + rank)} for every item it
 * ranked. Fusing by rank, not score, because BM25 scores are unbounded and cannot be compared with
 * cosine similarities. Ties break by id so that result order is deterministic.
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
          "need one weight per ranking, got " + weights.length + " weights for " + rankings.size() + " rankings");
    }
    Map<String, Double> scores = new HashMap<>();
    for (int r = 0; r < rankings.size(); r++) {
      if (weights[r] < 0) throw new IllegalArgumentException("weights must be >= 0, got: " + weights[r]);
      List<String> ranking = rankings.get(r);
      for (int i = 0; i < ranking.size(); i++) {
        scores.merge(ranking.get(i), weights[r] / (k + i + 1), Double::sum);
      }
    }
    List<Fused> out = new ArrayList<>(scores.size());
    scores.forEach((id, s) -> out.add(new Fused(id, s)));
    out.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
    return out;
  }
}
