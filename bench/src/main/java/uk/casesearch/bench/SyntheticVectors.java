package uk.casesearch.bench;

import java.util.SplittableRandom;
import uk.casesearch.engine.util.Vectors;

/**
 * Seeded unit vectors shaped like sentence embeddings rather than uniform noise: points scattered
 * around a few thousand topic centroids (cosine to their centroid about 0.75), so that a graph
 * index meets the clustered neighbourhoods of real passages. Used where embedding a million
 * passages (about 18 a second on 2 cores) would dominate the run; the same seed gives the same
 * data.
 */
final class SyntheticVectors {

  static final int DIMENSION = 384;
  private static final double NOISE = 0.9;

  private final float[][] centroids;
  private final long seed;

  SyntheticVectors(int topics, long seed) {
    this.seed = seed;
    SplittableRandom r = new SplittableRandom(seed);
    centroids = new float[topics][];
    for (int t = 0; t < topics; t++) centroids[t] = gaussianUnit(r);
  }

  /** Passage vectors {@code from..to} of the stream; any slice is reproducible alone. */
  float[][] passages(int from, int to) {
    float[][] out = new float[to - from][];
    for (int i = from; i < to; i++)
      out[i - from] = around(new SplittableRandom(seed * 1_000_003L + i));
    return out;
  }

  /** Query vectors: the same distribution, a different stream. */
  float[][] queries(int n) {
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) out[i] = around(new SplittableRandom(~seed * 7_919L + i));
    return out;
  }

  private float[] around(SplittableRandom r) {
    float[] c = centroids[r.nextInt(centroids.length)];
    float[] v = new float[DIMENSION];
    double scale = NOISE / Math.sqrt(DIMENSION);
    for (int d = 0; d < DIMENSION; d++) v[d] = (float) (c[d] + scale * r.nextGaussian());
    return Vectors.normalize(v);
  }

  private static float[] gaussianUnit(SplittableRandom r) {
    float[] v = new float[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) v[d] = (float) r.nextGaussian();
    return Vectors.normalize(v);
  }
}
