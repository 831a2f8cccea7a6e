package uk.casesearch.engine.search;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.casesearch.engine.index.SearchFilter;

/**
 * A search: free text, filters, a page of results and the retrievers to use.
 *
 * @param query the user's words (not blank)
 * @param filter which records may be returned
 * @param limit results per page, 1 to 100
 * @param offset results to skip, 0 or more
 * @param mode which retrievers to use
 * @param explain whether each hit carries each retriever's rank and score
 * @param facets the facets to count over every record found (empty: none)
 * @param reading what the engine may read into the words (all by default; none searches them as
 *     typed, as the page's "search my words as typed" asks)
 */
public record SearchRequest(
    String query,
    SearchFilter filter,
    int limit,
    int offset,
    SearchMode mode,
    boolean explain,
    Set<Facet> facets,
    Set<Reading> reading) {

  /** What the engine may read into a query's words; each can be switched off on its own. */
  public enum Reading {
    /** A date phrase becomes a date filter. */
    DATES,
    /** A social-care concept named expands the query with how records describe it. */
    CONCEPTS,
    /** A record type named ranks records of that type higher. */
    TYPES,
    /** A person's name ranks the records that name them first, a misspelt name included. */
    NAMES,
    /** A misspelt word is searched as the word the records hold. */
    SPELLING;

    /** Every reading. */
    public static Set<Reading> all() {
      return EnumSet.allOf(Reading.class);
    }
  }

  /** The most results one page may hold. */
  public static final int MAX_LIMIT = 100;

  /** The deepest result a page may start at. */
  public static final int MAX_OFFSET = 1000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) throw new IllegalArgumentException("query must not be blank");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "], got: " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException(
          "offset must be in [0, " + MAX_OFFSET + "], got: " + offset);
    }
    filter = filter == null ? SearchFilter.NONE : filter;
    mode = mode == null ? SearchMode.HYBRID : mode;
    facets = facets == null ? Set.of() : Set.copyOf(facets);
    reading = reading == null ? Reading.all() : Set.copyOf(reading);
  }

  /** A search that counts no facets and reads the query as usual. */
  public SearchRequest(
      String query, SearchFilter filter, int limit, int offset, SearchMode mode, boolean explain) {
    this(query, filter, limit, offset, mode, explain, Set.of(), Reading.all());
  }

  /** Whether the words are searched exactly as typed, nothing read into them. */
  public boolean asTyped() {
    return reading.isEmpty();
  }

  /** Whether the engine may read this into the words. */
  public boolean reads(Reading r) {
    return reading.contains(r);
  }
}
