package uk.casesearch.engine.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import uk.casesearch.engine.index.text.TextIndex;

/**
 * An index that holds both a passage's words and its vector and answers both retrievers in one
 * round trip (a cluster's multi-search), each with the filter inside its own search. Fusion of the
 * two rankings stays with the caller, where records, not passages, are ranked.
 */
public interface HybridIndex {

  /**
   * The {@code topK} best passages by BM25 and the {@code topK} nearest by vector, among those
   * whose record passes {@code filter}.
   *
   * @param lexical the free-text query (null: BM25 left out)
   * @param expansions text searched beside it, as {@link TextIndex#search(String, List, int,
   *     SearchFilter, Set)} does
   * @param names BM25 hits must name one of these (empty: any)
   * @param dense the query vector (null: dense retrieval left out)
   */
  Both searchBoth(
      String lexical,
      List<TextIndex.Expansion> expansions,
      Set<String> names,
      float[] dense,
      int topK,
      SearchFilter filter)
      throws IOException;

  /** Each retriever's passages, best first. */
  record Both(List<PassageHit> bm25, List<PassageHit> dense) {}
}
