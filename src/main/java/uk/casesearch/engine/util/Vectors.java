package uk.casesearch.engine.util;

/** Small vector helpers shared by the embedder and the searcher. */
public final class Vectors {

  private Vectors() {}

  /** Scales a vector to unit length in place, so the dot product is the cosine; returns it. */
  public static float[] normalize(float[] v) {
    double norm = 0;
    for (float x : v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) v[i] = (float) (v[i] / norm);
    }
    return v;
  }
}
