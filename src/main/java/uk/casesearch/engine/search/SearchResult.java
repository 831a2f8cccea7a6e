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
 * @param match how well the best records match the query
 */
public record SearchResult(
    String query,
    int total,
    long tookMs,
    List<SearchHit> hits,
    Understood understood,
    Map<Facet, List<FacetCount>> facets,
    Match match) {

  public SearchResult {
    facets = facets == null ? Map.of() : Map.copyOf(facets);
  }

  /** Whether the best records match the query well. */
  public enum Quality {
    /** A best record holds the query's words, or is close to it in meaning. */
    GOOD,
    /**
     * Neither: the results are the closest records, not records that match ("no record matched
     * well").
     */
    WEAK
  }

  /**
   * How well the best records (the first three) match.
   *
   * @param quality what the two measures say together
   * @param words the largest share of the query's words one of them holds (stems and synonyms
   *     counting), in [0, 1]
   * @param meaning the dense similarity of the closest of their passages to the query, in [0, 1] (0
   *     when the dense retriever did not run or found none of them)
   * @param standsOut how much closer that passage is than the dense retriever's twenty-first record
   */
  public record Match(Quality quality, double words, double meaning, double standsOut) {}

  /**
   * What the engine read into a query.
   *
   * @param searched the words searched for, once a date phrase was taken out and misspellings
   *     corrected
   * @param datePhrase the date phrase as written (null: none)
   * @param from the first day of the date filter it became (null: open)
   * @param to the last day of the date filter it became (null: open)
   * @param concepts the social-care concepts named, whose descriptions expanded the query
   * @param recordTypes the record types named, whose records were ranked higher
   * @param leftAlone dates seen and not read as a filter (a date of birth, a form line, a quoted
   *     date), which stayed in the words
   * @param names people named, whose records were ranked first
   * @param corrections words searched as another word the records hold ("showing results for")
   */
  public record Understood(
      String searched,
      String datePhrase,
      LocalDate from,
      LocalDate to,
      List<String> concepts,
      List<String> recordTypes,
      List<QueryDates.LeftAlone> leftAlone,
      List<Name> names,
      List<Correction> corrections) {

    public Understood {
      concepts = List.copyOf(concepts);
      recordTypes = List.copyOf(recordTypes);
      leftAlone = leftAlone == null ? List.of() : List.copyOf(leftAlone);
      names = names == null ? List.of() : List.copyOf(names);
      corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** Nothing read but a date, concepts and record types. */
    public Understood(
        String searched,
        String datePhrase,
        LocalDate from,
        LocalDate to,
        List<String> concepts,
        List<String> recordTypes) {
      this(searched, datePhrase, from, to, concepts, recordTypes, null, null, null);
    }

    /**
     * Whether anything was read into the query: a date, a concept, a record type, a name or a
     * correction.
     */
    public boolean readAnything() {
      return datePhrase != null
          || !concepts.isEmpty()
          || !recordTypes.isEmpty()
          || !names.isEmpty()
          || !corrections.isEmpty();
    }
  }

  /**
   * A person's name read in a query.
   *
   * @param asTyped the words as typed ("Stuatr Armitage")
   * @param name the name as the records hold it, lower-cased ("stuart armitage")
   */
  public record Name(String asTyped, String name) {}

  /**
   * A word searched as another.
   *
   * @param asTyped the word as typed ("neglct")
   * @param searchedAs the word the records hold that was searched instead ("neglect")
   */
  public record Correction(String asTyped, String searchedAs) {}
}
