package uk.casesearch.engine.embed;

import java.util.Collection;
import java.util.Map;

/**
 * A store of passage vectors by content key, so that re-submitting, re-importing or re-indexing
 * unchanged text does no embedding work. Implementations must be thread-safe.
 */
public interface VectorCache {

  /** The cached vectors among {@code keys}; missing keys are absent from the map. */
  Map<String, float[]> getAll(Collection<String> keys);

  /** Stores vectors by key (an existing key may be overwritten with the same vector). */
  void putAll(Map<String, float[]> vectors);
}
