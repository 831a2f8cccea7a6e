package uk.casesearch.engine.index;

import java.util.Comparator;

/**
 * One passage returned by a retriever: the record it belongs to, its passage number within that
 * record, and the retriever's own score (higher is better; scales differ between retrievers).
 */
public record PassageHit(String recordId, int passage, float score) {

  /**
   * Best first: by score, then by record id and passage number, so that ties (and so result order)
   * never depend on internal docids or ordinals.
   */
  public static final Comparator<PassageHit> BEST_FIRST =
      Comparator.comparingDouble((PassageHit h) -> -h.score())
          .thenComparing(PassageHit::recordId)
          .thenComparingInt(PassageHit::passage);
}
