package uk.casesearch.engine.embed;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded least-recently-used {@link VectorCache} held in memory. */
public final class InMemoryVectorCache implements VectorCache {

  private final Map<String, float[]> entries;

  /**
   * @param capacity the most vectors kept; the least recently used go first
   * @throws IllegalArgumentException if capacity is below 1
   */
  public InMemoryVectorCache(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1, got: " + capacity);
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized Map<String, float[]> getAll(Collection<String> keys) {
    Map<String, float[]> out = new HashMap<>();
    for (String k : keys) {
      float[] v = entries.get(k);
      if (v != null) out.put(k, v);
    }
    return out;
  }

  @Override
  public synchronized void putAll(Map<String, float[]> vectors) {
    entries.putAll(vectors);
  }

  /** Number of cached vectors. */
  public synchronized int size() {
    return entries.size();
  }
}
