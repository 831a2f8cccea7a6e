package uk.casesearch.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void ndcgMatchesAHandComputedValue() {
    // gains: a=3 -> 7, c=1 -> 1; ranking [b, a, c]: DCG = 7/log2(3) + 1/log2(4); ideal = 7/1 +
    // 1/log2(3)
    Map<String, Integer> grades = Map.of("a", 3, "c", 1);
    double dcg = 7 / (Math.log(3) / Math.log(2)) + 1 / 2.0;
    double idcg = 7 + 1 / (Math.log(3) / Math.log(2));
    assertEquals(dcg / idcg, Metrics.ndcg(List.of("b", "a", "c"), grades, 10), 1e-12);
    assertEquals(1.0, Metrics.ndcg(List.of("a", "c"), grades, 10), 1e-12);
    assertEquals(0.0, Metrics.ndcg(List.of("x"), grades, 10));
    assertEquals(0.0, Metrics.ndcg(List.of("a"), Map.of(), 10));
  }

  @Test
  void cutOffApplies() {
    Map<String, Integer> grades = Map.of("a", 1);
    assertEquals(0.0, Metrics.ndcg(List.of("x", "a"), grades, 1));
    assertEquals(0.0, Metrics.recall(List.of("x", "a"), grades, 1));
    assertEquals(1.0, Metrics.recall(List.of("x", "a"), grades, 2));
    assertEquals(0.5, Metrics.mrr(List.of("x", "a"), grades, 10));
    assertEquals(0.0, Metrics.mrr(List.of("x", "a"), grades, 1));
  }

  @Test
  void recallCountsOnlyPositiveGrades() {
    assertEquals(0.5, Metrics.recall(List.of("a"), Map.of("a", 2, "b", 1, "c", 0), 10));
  }
}
