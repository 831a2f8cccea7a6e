package uk.casesearch.engine.search;

import java.time.LocalDate;

/**
 * One record in a result page, shown by its best passage.
 *
 * @param id the record id
 * @param caseId the record's case
 * @param childId the record's child (may be null)
 * @param childName the child's name (may be null)
 * @param type the record type (may be null)
 * @param title the record title (may be null)
 * @param date the record date (may be null)
 * @param author who wrote it (may be null)
 * @param score the fused score (higher is better; comparable only within one result)
 * @param passage the number of the passage the snippet comes from
 * @param snippet the best passage, HTML-escaped, with query terms in {@code <mark>}
 * @param explain each retriever's contribution, or null when not asked for
 */
public record SearchHit(
    String id,
    String caseId,
    String childId,
    String childName,
    String type,
    String title,
    LocalDate date,
    String author,
    double score,
    int passage,
    String snippet,
    Explain explain) {

  /**
   * Where each retriever ranked the record (1-based; null when it did not return it).
   *
   * @param bm25Rank the record's rank among BM25's records
   * @param bm25Score BM25's score of the record's best passage
   * @param vectorRank the record's rank among the dense retriever's records
   * @param vectorScore the similarity of the record's best passage, in [0, 1]
   */
  public record Explain(Integer bm25Rank, Float bm25Score, Integer vectorRank, Float vectorScore) {}
}
