package uk.casesearch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.search.FacetCount;
import uk.casesearch.engine.search.SearchHit;
import uk.casesearch.engine.search.SearchResult;

/**
 * A page of search results as the API answers it: the API's own type, mapped from the engine's
 * {@link SearchResult}, so that the engine's types can change without changing what clients read.
 *
 * @param query the query as searched
 * @param total records the retrievers found within their candidate depth, among those the caller
 *     may see
 * @param tookMs time spent in the engine, in milliseconds
 * @param hits the page, one hit per record
 * @param understood what was read into the query
 * @param quality "good" when one of the first records holds the query's words or is close to it in
 *     meaning, "weak" when none is: the results are then the closest records, not matches ("no
 *     record matched well")
 * @param facets for each facet asked for (facets=type,team,year,case,child), its values with the
 *     number of the {@code total} records that have each, most often first; absent when none were
 *     asked for
 */
@Schema(description = "A page of search results.")
public record SearchResponse(
    String query,
    int total,
    long tookMs,
    List<Hit> hits,
    Understood understood,
    String quality,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<FacetValue>> facets) {

  /**
   * One value of a facet.
   *
   * @param value the record type, team, year, case id or child id
   * @param count how many of the records found have it
   */
  public record FacetValue(String value, int count) {}

  /**
   * One record of the page, shown by its best passage.
   *
   * @param id the record's id
   * @param caseId its case
   * @param childId its child (may be null)
   * @param type its record type (may be null)
   * @param title its title (may be null)
   * @param date its date (may be null)
   * @param score the fused score (higher is better; comparable only within one page)
   * @param passage the number of the passage the snippet comes from
   * @param snippet the best passage, HTML-escaped, with the query's words in {@code <mark>}
   * @param explain each retriever's rank and score (null unless explain=true)
   */
  public record Hit(
      String id,
      String caseId,
      String childId,
      String type,
      String title,
      LocalDate date,
      double score,
      int passage,
      String snippet,
      Explain explain) {}

  /**
   * Where each retriever ranked the record (1-based; null where it did not find it).
   *
   * @param bm25Rank its rank among BM25's records
   * @param bm25Score BM25's score of its best passage
   * @param vectorRank its rank among the dense retriever's records
   * @param vectorScore the similarity of its best passage, in [0, 1]
   */
  public record Explain(Integer bm25Rank, Float bm25Score, Integer vectorRank, Float vectorScore) {}

  /**
   * What was read into the query: always present, its parts null or empty when nothing was read.
   *
   * @param searched the words searched for, once a date phrase was taken out
   * @param datePhrase the date phrase as written (null: none)
   * @param from the first day of the date filter it became (null: open)
   * @param to the last day of the date filter it became (null: open)
   * @param concepts the social-care concepts named, whose descriptions expanded the query
   * @param recordTypes the record types named, whose records were ranked higher
   * @param leftAlone dates seen and not read as the filter, which stayed in the words, each with
   *     why: date_of_birth, form_field, quoted, another_date or no_record_dated_then
   * @param names people named, whose records were ranked first: the words as typed and the name as
   *     the records hold it
   * @param corrections words searched as another word the records hold ("showing results for")
   */
  public record Understood(
      String searched,
      String datePhrase,
      LocalDate from,
      LocalDate to,
      List<String> concepts,
      List<String> recordTypes,
      List<LeftAlone> leftAlone,
      List<Name> names,
      List<Correction> corrections) {}

  /**
   * A date that did not become the date filter.
   *
   * @param phrase as written, with its label ("DOB 26/04/2013")
   * @param reason date_of_birth, form_field, quoted, another_date or no_record_dated_then
   */
  public record LeftAlone(String phrase, String reason) {}

  /**
   * A person's name read in the query.
   *
   * @param asTyped the words as typed
   * @param name the name as the records hold it, lower-cased
   */
  public record Name(String asTyped, String name) {}

  /**
   * A word searched as another.
   *
   * @param asTyped the word as typed
   * @param searchedAs the word searched instead
   */
  public record Correction(String asTyped, String searchedAs) {}

  /** The API's form of an engine result. */
  static SearchResponse from(SearchResult r) {
    SearchResult.Understood u = r.understood();
    return new SearchResponse(
        r.query(),
        r.total(),
        r.tookMs(),
        r.hits().stream().map(SearchResponse::hit).toList(),
        new Understood(
            u.searched(),
            u.datePhrase(),
            u.from(),
            u.to(),
            u.concepts(),
            u.recordTypes(),
            u.leftAlone().stream().map(l -> new LeftAlone(l.phrase(), l.reason())).toList(),
            u.names().stream().map(n -> new Name(n.asTyped(), n.name())).toList(),
            u.corrections().stream()
                .map(c -> new Correction(c.asTyped(), c.searchedAs()))
                .toList()),
        r.match().quality().name().toLowerCase(java.util.Locale.ROOT),
        facets(r));
  }

  private static Map<String, List<FacetValue>> facets(SearchResult r) {
    if (r.facets().isEmpty()) return null;
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    r.facets().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.put(
                    e.getKey().key(),
                    e.getValue().stream()
                        .map((FacetCount c) -> new FacetValue(c.value(), c.count()))
                        .toList()));
    return out;
  }

  private static Hit hit(SearchHit h) {
    SearchHit.Explain e = h.explain();
    return new Hit(
        h.id(),
        h.caseId(),
        h.childId(),
        h.type(),
        h.title(),
        h.date(),
        h.score(),
        h.passage(),
        h.snippet(),
        e == null
            ? null
            : new Explain(e.bm25Rank(), e.bm25Score(), e.vectorRank(), e.vectorScore()));
  }
}
