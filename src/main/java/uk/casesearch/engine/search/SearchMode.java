package uk.casesearch.engine.search;

/** Which retrievers answer a search. */
public enum SearchMode {
  /** BM25 and dense retrieval fused by reciprocal rank. */
  HYBRID,
  /** Lucene BM25 only. */
  BM25,
  /** Dense (embedding) retrieval only. */
  VECTOR
}
