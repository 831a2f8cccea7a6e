package uk.casesearch.engine.search;

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
 * @param asTyped whether to search the words as typed: no date, concept or record type read into
 *     them (what the page's "search my words as typed" asks for)
 */
public record SearchRequest(
    String query,
    SearchFilter filter,
    int limit,
    int offset,
    SearchMode mode,
    boolean explain,
    Set<Facet> facets,
    boolean asTyped) {

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
  }

  /** A search that counts no facets and reads the query as usual. */
  public SearchRequest(
      String query, SearchFilter filter, int limit, int offset, SearchMode mode, boolean explain) {
    this(query, filter, limit, offset, mode, explain, Set.of(), false);
  }
}
