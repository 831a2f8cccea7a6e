package uk.casesearch.engine.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import uk.casesearch.engine.util.Hashes;

/**
 * Wraps an {@link Embedder} with a passage cache keyed by a hash of the model id and the text, and
 * a small in-memory cache of query vectors for repeated searches. Only texts never seen before
 * reach the model.
 */
public final class CachingEmbedder implements Embedder {

  private final Embedder delegate;
  private final VectorCache passages;
  private final InMemoryVectorCache queries;
  private final AtomicLong embedded = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();

  /**
   * @param delegate the model
   * @param passages where passage vectors are kept (e.g. the database)
   * @param queryCacheSize query vectors kept in memory (at least 1)
   */
  public CachingEmbedder(Embedder delegate, VectorCache passages, int queryCacheSize) {
    this.delegate = delegate;
    this.passages = passages;
    this.queries = new InMemoryVectorCache(queryCacheSize);
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  @Override
  public float[] embedQuery(String query) {
    String key = key("q", query);
    float[] v = queries.getAll(List.of(key)).get(key);
    if (v == null) {
      v = delegate.embedQuery(query);
      queries.putAll(Map.of(key, v));
    }
    return v.clone();
  }

  /** Kept in the persistent cache beside passages, so a restart does not embed them again. */
  @Override
  public List<float[]> embedQueries(List<String> queries) {
    return cached("q", queries, delegate::embedQueries);
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    return cached("p", texts, delegate::embedPassages);
  }

  private List<float[]> cached(
      String kind, List<String> texts, Function<List<String>, List<float[]>> model) {
    List<String> keys = texts.stream().map(t -> key(kind, t)).toList();
    Map<String, float[]> found = new HashMap<>(passages.getAll(keys));
    // Embed each distinct missing text once, even if it repeats within the batch.
    Map<String, String> missing = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!found.containsKey(keys.get(i))) missing.putIfAbsent(keys.get(i), texts.get(i));
    }
    if (!missing.isEmpty()) {
      List<float[]> vectors = model.apply(new ArrayList<>(missing.values()));
      Map<String, float[]> fresh = new HashMap<>();
      int i = 0;
      for (String k : missing.keySet()) fresh.put(k, vectors.get(i++));
      passages.putAll(fresh);
      found.putAll(fresh);
    }
    if (kind.equals("p")) {
      embedded.addAndGet(missing.size());
      reused.addAndGet(texts.size() - missing.size());
    }
    return keys.stream().map(found::get).toList();
  }

  /** Passages sent to the model since start. */
  public long embeddedCount() {
    return embedded.get();
  }

  /** Passages answered from the cache since start. */
  public long reusedCount() {
    return reused.get();
  }

  private String key(String kind, String text) {
    return passageKey(kind, delegate.modelId(), text);
  }

  /**
   * The cache key of a text's vector: {@code kind} is "p" for a passage, "q" for a query. Public so
   * that a bulk loader (the capacity run) can supply vectors the indexer will then reuse.
   */
  public static String passageKey(String kind, String modelId, String text) {
    return Hashes.sha256Hex(kind + "\u0000" + modelId + "\u0000" + text);
  }

  @Override
  public boolean knowsWord(String word) {
    return delegate.knowsWord(word);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
