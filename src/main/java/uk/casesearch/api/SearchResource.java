package uk.casesearch.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.search.AuditedSearch;
import uk.casesearch.app.security.Role;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.search.Facet;
import uk.casesearch.engine.search.SearchMode;
import uk.casesearch.engine.search.SearchRequest;
import uk.casesearch.engine.search.SearchResult;

/**
 * Natural-language search over case records, with filters. The caller's permissions are part of the
 * filter both retrievers apply, so a page, its total and its snippets hold only what they may see.
 * Every search is audited before its results go out.
 */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
@RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
public class SearchResource {

  private final AuditedSearch searches;
  private final CasesearchConfig config;

  public SearchResource(AuditedSearch searches, CasesearchConfig config) {
    this.searches = searches;
    this.config = config;
  }

  /** The JSON form of a search; single values are accepted where a list is expected. */
  public record SearchBody(
      String q,
      @JsonProperty("case") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          List<String> caseId,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> child,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> type,
      String from,
      String to,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> team,
      Integer limit,
      Integer offset,
      String mode,
      Boolean explain,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> facets,
      Boolean asTyped,
      Boolean dates,
      Boolean concepts,
      Boolean types,
      Boolean names,
      Boolean spelling) {

    Set<SearchRequest.Reading> reading() {
      return SearchResource.reading(asTyped, dates, concepts, types, names, spelling);
    }
  }

  @GET
  @Operation(
      summary = "Search records",
      description =
          "Hybrid (BM25 + dense) search grouped by record, each hit with its best passage highlighted."
              + " case, child, type and team may be repeated; from and to are inclusive ISO dates.")
  public SearchResponse get(
      @Parameter(description = "the query, in ordinary words") @QueryParam("q") String q,
      @Parameter(description = "only these cases") @QueryParam("case") List<String> cases,
      @Parameter(description = "only these children") @QueryParam("child") List<String> children,
      @Parameter(description = "only these record types") @QueryParam("type") List<String> types,
      @Parameter(
              description = "records dated on or after (yyyy-mm-dd)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "records dated on or before (yyyy-mm-dd)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(description = "only these teams") @QueryParam("team") List<String> teams,
      @Parameter(
              description = "results per page, 1 to 100 (default 10)",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "10"))
          @QueryParam("limit")
          Integer limit,
      @Parameter(
              description = "results to skip (default 0)",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("offset")
          Integer offset,
      @Parameter(
              description = "hybrid (default), bm25 or vector",
              schema =
                  @Schema(
                      enumeration = {"hybrid", "bm25", "vector"},
                      defaultValue = "hybrid"))
          @QueryParam("mode")
          String mode,
      @Parameter(
              description = "add each retriever's rank and score",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("explain")
          Boolean explain,
      @Parameter(
              description =
                  "facets to count over every record found: type, team, year, case, child"
                      + " (comma-separated or repeated)")
          @QueryParam("facets")
          List<String> facets,
      @Parameter(
              description =
                  "search the words as typed: no date, concept or record type read into them",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("as_typed")
          Boolean asTyped,
      @Parameter(
              description = "read a date phrase as a date filter (default true)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("dates")
          Boolean dates,
      @Parameter(
              description = "expand a social-care concept named (default true)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("concepts")
          Boolean concepts,
      @Parameter(
              description = "rank a record type named first (default true)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("types")
          Boolean typesRead,
      @Parameter(
              description =
                  "rank the records of a person named first, a misspelt name included (default"
                      + " true)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("names")
          Boolean names,
      @Parameter(
              description = "search a misspelt word as the word the records hold (default true)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("spelling")
          Boolean spelling) {
    // Unknown and repeated parameters, switches that are not true or false and numbers that are not
    // whole are refused before this runs (QueryParameterCheck).
    List<String> errors = new ArrayList<>();
    return run(
        q,
        list(cases),
        list(children),
        list(types),
        from,
        to,
        list(teams),
        limit,
        offset,
        mode,
        explain != null && explain,
        list(facets),
        reading(asTyped, dates, concepts, typesRead, names, spelling),
        errors);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search records (JSON body)",
      description = "The same fields as GET, as JSON; case is case_id.")
  public SearchResponse post(SearchBody body) {
    if (body == null)
      throw ApiException.badRequest("the body must be a JSON object with at least q");
    return run(
        body.q(),
        list(body.caseId()),
        list(body.child()),
        list(body.type()),
        body.from(),
        body.to(),
        list(body.team()),
        body.limit(),
        body.offset(),
        body.mode(),
        body.explain() != null && body.explain(),
        list(body.facets()),
        body.reading(),
        new ArrayList<>());
  }

  private SearchResponse run(
      String q,
      List<String> cases,
      List<String> children,
      List<String> types,
      String from,
      String to,
      List<String> teams,
      Integer limit,
      Integer offset,
      String mode,
      boolean explain,
      List<String> facetNames,
      Set<SearchRequest.Reading> reading,
      List<String> errors) {
    int maxChars = config.search().maxQueryChars();
    if (q == null || q.isBlank()) errors.add("q is required: the words to search for");
    else if (q.length() > maxChars)
      errors.add("q is " + q.length() + " characters, over the limit of " + maxChars);
    int lim = limit == null ? 10 : limit;
    int off = offset == null ? 0 : offset;
    if (lim < 1 || lim > SearchRequest.MAX_LIMIT)
      errors.add("limit must be in [1, " + SearchRequest.MAX_LIMIT + "], got: " + lim);
    if (off < 0 || off > SearchRequest.MAX_OFFSET)
      errors.add("offset must be in [0, " + SearchRequest.MAX_OFFSET + "], got: " + off);
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate))
      errors.add("from " + fromDate + " is after to " + toDate);
    SearchMode searchMode = SearchMode.HYBRID;
    if (mode != null) {
      try {
        searchMode = SearchMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add("mode must be one of hybrid, bm25, vector; got: '" + mode + "'");
      }
    }
    Set<Facet> facets = facets(facetNames, errors);
    if (!errors.isEmpty()) throw ApiException.badRequest(String.join("; ", errors));
    if (!searches.ready())
      throw new ApiException(
          jakarta.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE,
          "not_ready",
          "the search engine is starting");
    // What was asked, over every case: AuditedSearch narrows it to what the caller may see.
    SearchFilter asked =
        new SearchFilter(
            Set.copyOf(cases),
            Set.copyOf(children),
            Set.copyOf(types),
            Set.copyOf(teams),
            fromDate,
            toDate,
            AccessScope.ALL);
    SearchResult result =
        searches.search(
            new SearchRequest(q, asked, lim, off, searchMode, explain, facets, reading));
    return SearchResponse.from(result);
  }

  /**
   * What may be read into the words: nothing with as_typed, else every reading not switched off.
   */
  static Set<SearchRequest.Reading> reading(
      Boolean asTyped,
      Boolean dates,
      Boolean concepts,
      Boolean types,
      Boolean names,
      Boolean spelling) {
    if (asTyped != null && asTyped) return Set.of();
    Set<SearchRequest.Reading> out = EnumSet.noneOf(SearchRequest.Reading.class);
    if (dates == null || dates) out.add(SearchRequest.Reading.DATES);
    if (concepts == null || concepts) out.add(SearchRequest.Reading.CONCEPTS);
    if (types == null || types) out.add(SearchRequest.Reading.TYPES);
    if (names == null || names) out.add(SearchRequest.Reading.NAMES);
    if (spelling == null || spelling) out.add(SearchRequest.Reading.SPELLING);
    return out;
  }

  /** The facets named, each once; an unknown name is an error. */
  static Set<Facet> facets(List<String> names, List<String> errors) {
    Set<Facet> out = EnumSet.noneOf(Facet.class);
    for (String value : names) {
      for (String name : value.split(",")) {
        if (name.isBlank()) continue;
        Facet.named(name)
            .ifPresentOrElse(
                out::add,
                () ->
                    errors.add(
                        "facets may be type, team, year, case or child; got: '"
                            + abbreviate(name.strip())
                            + "'"));
      }
    }
    return out;
  }

  private static List<String> list(List<String> values) {
    if (values == null) return List.of();
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }

  static LocalDate date(String name, String value, List<String> errors) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(name + " must be an ISO date (yyyy-mm-dd), got: '" + abbreviate(value) + "'");
      return null;
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
