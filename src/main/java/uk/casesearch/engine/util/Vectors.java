package uk.casesearch.engine.util;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small vector helpers shared by the embedder, the searcher and the vector cache. */
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

  /** A vector as little-endian 32-bit floats: how the vector cache stores it. */
  public static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  /** The inverse of {@link #toBytes}. */
  public static float[] fromBytes(byte[] bytes) {
    float[] v = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }
}
