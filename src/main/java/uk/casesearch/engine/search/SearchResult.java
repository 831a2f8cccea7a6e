package uk.casesearch.engine.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param query the query as searched
 * @param total records found by the retrievers within their candidate depth
 * @param tookMs time spent in the engine, in milliseconds
 * @param hits the requested page
 */
public record SearchResult(String query, int total, long tookMs, List<SearchHit> hits) {}
