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
 */
public record JudgedQuery(
    String id, String text, String scopeCaseId, String category, Map<String, Integer> grades) {

  public JudgedQuery {
    grades = Map.copyOf(grades);
  }
}
