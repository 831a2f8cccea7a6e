package uk.casesearch.engine.embed;

import java.util.List;

/** Turns text into L2-normalised dense vectors; queries and passages may be encoded differently. */
public interface Embedder extends AutoCloseable {

  /** Length of every vector this embedder returns. */
  int dimension();

  /** A stable name for the model and its settings; part of every vector cache key. */
  String modelId();

  /** The vector of a search query (with the model's query instruction, if it has one). */
  float[] embedQuery(String query);

  /**
   * The vectors of many short queries, in order, such as the names of known concepts that queries
   * are compared with. Implementations may keep them between runs.
   */
  default List<float[]> embedQueries(List<String> queries) {
    return queries.stream().map(this::embedQuery).toList();
  }

  /** The vectors of passages, in order (with the model's passage prefix, if it has one). */
  List<float[]> embedPassages(List<String> passages);

  /**
   * Whether the model's vocabulary holds this lower-case word whole: a word the model was taught as
   * itself, so a real word and not a misspelling ("peer", "hostile"; not "neglct"). False when the
   * model cannot say.
   */
  default boolean knowsWord(String word) {
    return false;
  }

  @Override
  void close();
}
