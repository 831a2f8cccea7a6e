package uk.casesearch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.casesearch.app.search.AuditedSearch;
import uk.casesearch.app.security.Role;
import uk.casesearch.engine.search.Suggester;

/** Completions for a search box, exact to the caller's permissions. */
@Path("/api/v1/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
@RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
public class SuggestResource {

  /** The most suggestions one answer holds. */
  static final int MAX_LIMIT = 20;

  private final AuditedSearch searches;

  public SuggestResource(AuditedSearch searches) {
    this.searches = searches;
  }

  /**
   * The answer.
   *
   * @param q what was typed
   * @param suggestions completions, names first, then record types, then concepts
   */
  public record SuggestResponse(String q, List<Suggestion> suggestions) {}

  /**
   * One completion.
   *
   * @param text what the search box would hold
   * @param kind name, record_type or concept
   */
  public record Suggestion(String text, String kind) {}

  @GET
  @Operation(
      summary = "Complete what is being typed",
      description =
          "Names of people and children, record types and concepts that start with the words"
              + " typed, among what the records the caller may see hold.")
  public SuggestResponse get(
      @Parameter(description = "what has been typed (2 to 100 characters)") @QueryParam("q")
          String q,
      @Parameter(description = "only what these cases hold (repeatable)") @QueryParam("case")
          List<String> cases,
      @Parameter(
              description = "suggestions at most, 1 to 20 (default 8)",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "20",
                      defaultValue = "8"))
          @QueryParam("limit")
          Integer limit) {
    List<String> errors = new ArrayList<>();
    if (q == null || q.isBlank()) errors.add("q is required: what has been typed");
    else if (q.length() > Suggester.MAX_CHARS)
      errors.add("q is " + q.length() + " characters, over the limit of " + Suggester.MAX_CHARS);
    int max = limit == null ? 8 : limit;
    if (max < 1 || max > MAX_LIMIT)
      errors.add("limit must be in [1, " + MAX_LIMIT + "], got: " + max);
    if (!errors.isEmpty()) throw ApiException.badRequest(String.join("; ", errors));
    if (!searches.ready())
      throw new ApiException(
          Response.Status.SERVICE_UNAVAILABLE, "not_ready", "the search engine is starting");
    Set<String> scope =
        cases == null
            ? Set.of()
            : Set.copyOf(cases.stream().filter(c -> c != null && !c.isBlank()).toList());
    return new SuggestResponse(
        q,
        searches.suggest(q, scope, max).stream()
            .map(s -> new Suggestion(s.text(), s.kind().name().toLowerCase(Locale.ROOT)))
            .toList());
  }
}
