package uk.casesearch.engine.eval;

import java.util.Map;

/**
 * A query with graded relevance judgements.
 *
 * @param id the query id
 * @param text what the user typed
 * @param scopeCaseId the case the user is inside (searches are filtered to it), or null
 * @param category the query's category for per-category figures ("all" when the set has none)
 * @param grades judged document ids and their grades (1 to 3; 0 or absent is not relevant)
 * @param variant for a query written another way than a judged original (a typo, capitals, a pasted
 *     date of birth), the kind of rewrite; null for an original
 * @param original the id of the judged original a variant rewrites; null for an original
 */
public record JudgedQuery(
    String id,
    String text,
    String scopeCaseId,
    String category,
    Map<String, Integer> grades,
    String variant,
    String original) {

  public JudgedQuery {
    grades = Map.copyOf(grades);
  }

  /** An original judged query. */
  public JudgedQuery(
      String id, String text, String scopeCaseId, String category, Map<String, Integer> grades) {
    this(id, text, scopeCaseId, category, grades, null, null);
  }

  /** This query counted under another category. */
  public JudgedQuery inCategory(String other) {
    return new JudgedQuery(id, text, scopeCaseId, other, grades, variant, original);
  }
}
