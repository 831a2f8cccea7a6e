package uk.casesearch.engine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over graded judgements, as trec_eval and the BEIR scorer compute them: nDCG with
 * gains 2^grade - 1 and a log2 discount, recall over the judged-relevant set, and reciprocal rank.
 */
public final class Metrics {

  private Metrics() {}

  /**
   * nDCG at cut-off k.
   *
   * @param ranked ids, best first
   * @param grades judged ids and their grades (grades of 0 or less count as not relevant)
   * @return 0 when nothing is relevant
   */
  public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      int g = grades.getOrDefault(ranked.get(i), 0);
      if (g > 0) dcg += (Math.pow(2, g) - 1) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>();
    for (int g : grades.values()) if (g > 0) ideal.add(g);
    ideal.sort((a, b) -> Integer.compare(b, a));
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++)
      idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** The share of relevant ids found in the first k; 0 when nothing is relevant. */
  public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) return 0;
    long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return (double) found / relevant;
  }

  /** 1 / rank of the first relevant id within the first k; 0 when there is none. */
  public static double mrr(List<String> ranked, Map<String, Integer> grades, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) > 0) return 1.0 / (i + 1);
    }
    return 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
