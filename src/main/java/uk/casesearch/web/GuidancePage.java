package uk.casesearch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import uk.casesearch.app.guidance.GuidanceService;
import uk.casesearch.app.security.Role;
import uk.casesearch.engine.guidance.GuidanceDocument;
import uk.casesearch.engine.guidance.GuidanceLibrary;
import uk.casesearch.engine.guidance.PolicyChecker;
import uk.casesearch.engine.insight.CaseAnswerer;

/**
 * The guidance page: the legislation, statutory guidance and local procedures loaded, a question to
 * them answered with the cited sentence and the paragraphs that hold most of its words, and a local
 * procedure checked against the statutory guidance, each finding's two quotes side by side. Open to
 * every practitioner and manager; searches, questions and checks are audited by {@link
 * GuidanceService}. Forms are posts, so a question never appears in an address.
 */
@Path("/guidance")
@Produces(MediaType.TEXT_HTML)
public class GuidancePage {

  /** How many paragraphs a question shows beside its answer. */
  private static final int PARAGRAPHS = 5;

  @CheckedTemplate(basePath = "page")
  static class Templates {
    static native TemplateInstance guidance(Views.GuidancePage page);
  }

  private final GuidanceService guidance;
  private final PageChrome chrome;

  public GuidancePage(GuidanceService guidance, PageChrome chrome) {
    this.guidance = guidance;
    this.chrome = chrome;
  }

  @GET
  @Authenticated
  @Operation(hidden = true)
  public TemplateInstance page() {
    chrome.mustHave(Role.PRACTITIONER, Role.MANAGER);
    return page("", null, null, List.of(), null, List.of());
  }

  @POST
  @Path("ask")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public TemplateInstance ask(
      @RestForm("question") String question, @RestForm(Csrf.FIELD) String token) {
    chrome.mustHave(Role.PRACTITIONER, Role.MANAGER);
    chrome.checkToken(token);
    String q = question == null ? "" : question.strip();
    if (q.isEmpty()) return page("", "Enter a question", null, List.of(), null, List.of());
    if (q.length() > CaseAnswerer.MAX_QUESTION)
      return page(
          q.substring(0, CaseAnswerer.MAX_QUESTION),
          "A question must be " + CaseAnswerer.MAX_QUESTION + " characters or fewer",
          null,
          List.of(),
          null,
          List.of());
    return page(q, null, guidance.ask(q), guidance.search(q, PARAGRAPHS), null, List.of());
  }

  @POST
  @Path("check")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public TemplateInstance check(
      @RestForm("document_id") String documentId, @RestForm(Csrf.FIELD) String token) {
    chrome.mustHave(Role.PRACTITIONER, Role.MANAGER);
    chrome.checkToken(token);
    String id = documentId == null ? "" : documentId.strip();
    GuidanceDocument d =
        guidance
            .library()
            .document(id)
            .filter(x -> x.kind() == GuidanceDocument.Kind.LOCAL)
            .orElseThrow(PageException::notFound);
    List<PolicyChecker.Finding> findings =
        guidance.check(id).orElseThrow(PageException::notFound).stream()
            // Contradictions first, each kind together, in the procedure's order.
            .sorted(
                Comparator.comparing((PolicyChecker.Finding f) -> !f.contradiction())
                    .thenComparing(f -> f.local().start()))
            .toList();
    return page("", null, null, List.of(), d.title(), findings);
  }

  private TemplateInstance page(
      String question,
      String error,
      GuidanceLibrary.Answer answer,
      List<GuidanceLibrary.Hit> hits,
      String checked,
      List<PolicyChecker.Finding> findings) {
    List<Views.GuidanceRow> docs =
        guidance.library().documents().stream()
            .map(
                d ->
                    new Views.GuidanceRow(
                        d.id(),
                        d.title(),
                        d.issuer(),
                        d.kind().label(),
                        d.version(),
                        Views.ukDate(d.date()),
                        d.paragraphs().size()))
            .toList();
    return Templates.guidance(
        new Views.GuidancePage(
            chrome.get(),
            docs,
            question,
            error,
            answer,
            hits,
            checked,
            findings,
            findings.stream().filter(PolicyChecker.Finding::contradiction).count()));
  }
}
