package uk.casesearch.engine.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param query the query as searched
 * @param total records found by the retrievers within their candidate depth
 * @param tookMs time spent in the engine, in milliseconds
 * @param hits the requested page
 * @param understood what the engine read into the query (always present; empty parts when it
 *     searched it as typed)
 * @param facets for each facet asked for, its values' counts over the {@code total} records found
 *     (most often first; empty when none were asked for)
 */
public record SearchResult(
    String query,
    int total,
    long tookMs,
    List<SearchHit> hits,
    Understood understood,
    Map<Facet, List<FacetCount>> facets) {

  public SearchResult {
    facets = facets == null ? Map.of() : Map.copyOf(facets);
  }

  /** A result without facets. */
  public SearchResult(
      String query, int total, long tookMs, List<SearchHit> hits, Understood understood) {
    this(query, total, tookMs, hits, understood, Map.of());
  }

  /**
   * What the engine read into a query.
   *
   * @param searched the words searched for, once a date phrase was taken out
   * @param datePhrase the date phrase as written (null: none)
   * @param from the first day of the date filter it became (null: open)
   * @param to the last day of the date filter it became (null: open)
   * @param concepts the social-care concepts named, whose descriptions expanded the query
   * @param recordTypes the record types named, whose records were ranked higher
   */
  public record Understood(
      String searched,
      String datePhrase,
      LocalDate from,
      LocalDate to,
      List<String> concepts,
      List<String> recordTypes) {

    /** Whether anything was read into the query: a date, a concept or a record type. */
    public boolean readAnything() {
      return datePhrase != null || !concepts.isEmpty() || !recordTypes.isEmpty();
    }
  }
}
