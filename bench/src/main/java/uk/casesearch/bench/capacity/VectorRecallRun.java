package uk.casesearch.bench.capacity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.casesearch.engine.embed.EmbeddingModel;
import uk.casesearch.engine.embed.OnnxEmbedder;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.vector.JVectorIndex;

/**
 * Recall of the service's own vector index at full size: opens the index a capacity run left on
 * disk (the service stopped), embeds real queries with the real model, and compares the index's top
 * 10 with the exact top 10 from a scan of every vector in it. Prints recall@10, the score ratio
 * (the summed similarity of the index's top 10 over that of the exact top 10: near 1 when the index
 * finds passages as close as the true ones, which is what matters when many passages are
 * near-duplicates, as in the capacity run's scaled corpus) and the mean latency of both.
 *
 * <pre>java -cp target/benchmarks.jar uk.casesearch.bench.capacity.VectorRecallRun \
 *   --index target/capacity-1000000/data/index/vector --queries 100</pre>
 */
public final class VectorRecallRun {

  private static final int K = 10;

  private VectorRecallRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = CapacityRun.parse(args);
    Path indexDir = Path.of(a.getOrDefault("index", "target/capacity-1000000/data/index/vector"));
    Path models = Path.of(a.getOrDefault("models", "../models"));
    Path dev = Path.of(a.getOrDefault("dev", "../../shared/eval/dev"));
    int n = Integer.parseInt(a.getOrDefault("queries", "100"));
    if (!Files.exists(indexDir.resolve("CURRENT")))
      throw new IllegalArgumentException("no vector index in " + indexDir);
    List<String> texts = new ScaledText(CapacityRun.baseRecords(dev, 1000)).queries(n);
    List<float[]> queries = new ArrayList<>();
    try (OnnxEmbedder embedder =
        OnnxEmbedder.open(
            new OnnxEmbedder.Config(
                models, EmbeddingModel.fromName("bge-small-en-v1.5-q"), 2, 512, 16))) {
      for (String t : texts) queries.add(embedder.embedQuery(t));
    }
    int dim = queries.getFirst().length;
    // Defaults as the service's; --segment-passages 2147483647 opens an index as one graph on the
    // heap.
    JVectorIndex.Config d = JVectorIndex.Config.defaults(dim);
    JVectorIndex.Config config =
        d.withSegments(
            Integer.parseInt(
                a.getOrDefault("segment-passages", Integer.toString(d.segmentPassages()))),
            d.mergeFactor(),
            Integer.parseInt(
                a.getOrDefault(
                    "quantize-min-passages", Integer.toString(d.quantizeMinPassages()))));
    try (JVectorIndex index = JVectorIndex.open(indexDir, config)) {
      System.out.printf("index: %d passages, segments %s%n", index.size(), index.segmentSizes());
      // Every vector, once, for the exact answers.
      List<String> ids = new ArrayList<>(index.recordHashes().keySet());
      List<String> keys = new ArrayList<>();
      List<float[]> all = new ArrayList<>();
      long t0 = System.nanoTime();
      for (String id : ids) {
        for (int p = 0; ; p++) {
          float[] v = index.vector(id, p);
          if (v == null) break;
          keys.add(id + "#" + p);
          all.add(v);
        }
      }
      System.out.printf("read %d vectors in %.0f s%n", all.size(), (System.nanoTime() - t0) / 1e9);
      double recall = 0;
      double ratio = 0;
      long approxNanos = 0;
      long exactNanos = 0;
      for (float[] q : queries) {
        long s0 = System.nanoTime();
        float[] bestScores = new float[K];
        Set<String> truth = exact(q, keys, all, bestScores);
        exactNanos += System.nanoTime() - s0;
        s0 = System.nanoTime();
        List<PassageHit> hits = index.search(q, K, SearchFilter.NONE);
        approxNanos += System.nanoTime() - s0;
        recall += overlap(hits, truth);
        double found = 0;
        double best = 0;
        for (int i = 0; i < K; i++) {
          found +=
              i < hits.size() ? 2 * hits.get(i).score() - 1 : 0; // JVector reports (1 + dot) / 2
          best += bestScores[i];
        }
        ratio += found / best;
      }
      System.out.printf(
          "recall@10 %.4f, score ratio %.4f over %d queries; index %.2f ms, exact scan %.1f ms a query%n",
          recall / n, ratio / n, n, approxNanos / 1e6 / n, exactNanos / 1e6 / n);
    }
  }

  private static double overlap(List<PassageHit> hits, Set<String> truth) {
    return hits.stream().filter(h -> truth.contains(h.recordId() + "#" + h.passage())).count()
        / (double) K;
  }

  static Set<String> exact(float[] q, List<String> keys, List<float[]> all, float[] best) {
    int[] at = new int[K];
    Arrays.fill(best, Float.NEGATIVE_INFINITY);
    for (int i = 0; i < all.size(); i++) {
      float[] v = all.get(i);
      float s = 0;
      for (int d = 0; d < v.length; d++) s += q[d] * v[d];
      if (s > best[K - 1]) {
        int j = K - 1;
        while (j > 0 && best[j - 1] < s) {
          best[j] = best[j - 1];
          at[j] = at[j - 1];
          j--;
        }
        best[j] = s;
        at[j] = i;
      }
    }
    Set<String> out = new HashSet<>();
    for (int i : at) out.add(keys.get(i));
    return out;
  }
}
