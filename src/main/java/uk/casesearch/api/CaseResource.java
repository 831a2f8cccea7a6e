package uk.casesearch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.export.SubjectAccessService;
import uk.casesearch.app.insight.AuditedAsk;
import uk.casesearch.app.insight.InsightService;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.security.Role;
import uk.casesearch.engine.insight.CaseAnswerer;
import uk.casesearch.engine.insight.Chronology;
import uk.casesearch.engine.insight.EcoMapSvg;
import uk.casesearch.engine.insight.InsightLexicon;

/** Views of a whole case: its eco-map, its chronology and the subject access export. */
@Path("/api/v1/cases/{caseId}")
@Tag(name = "cases")
@RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
public class CaseResource {

  private final SubjectAccessService subjectAccess;
  private final InsightService insight;
  private final InsightLexicon lexicon;
  private final Access access;
  private final AuditLog audit;
  private final AuditedAsk asker;

  public CaseResource(
      SubjectAccessService subjectAccess,
      InsightService insight,
      AuditedAsk asker,
      InsightLexicon lexicon,
      Access access,
      AuditLog audit) {
    this.subjectAccess = subjectAccess;
    this.insight = insight;
    this.asker = asker;
    this.lexicon = lexicon;
    this.access = access;
    this.audit = audit;
  }

  @GET
  @Path("ecomap")
  @Produces({MediaType.APPLICATION_JSON, "image/svg+xml"})
  @Operation(
      summary = "Eco-map of a case",
      description =
          "The people and places around the child, from the records the caller may see: a node for each real"
              + " person or place (people rows and the text: full names, honorifics with surnames, first names and"
              + " words such as Mum or the health visitor, resolved to one person), with their kind, relation to the"
              + " child, stance (protective, risk, concern, neutral) and the sentences, copied from records, that"
              + " show it; links from the child to each (strength 0-1) and between people the records name together."
              + " format=svg draws it. Audited with the records it drew on.")
  @APIResponse(
      responseCode = "200",
      description = "The eco-map, as JSON or drawn (format=svg)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EcoMapResponse.class)),
        @Content(mediaType = "image/svg+xml")
      })
  public Response ecoMap(@PathParam("caseId") String caseId, @QueryParam("format") String format) {
    String fmt = format(format, List.of("json", "svg"));
    var drawn = insight.ecoMap(caseId, r -> access.maySee(r.caseId(), r.restricted()));
    auditView("view.ecomap", caseId, fmt, drawn.map(InsightService.Drawn::recordIds));
    if (drawn.isEmpty()) throw ApiException.notFound("no case with id '" + caseId + "'");
    if (fmt.equals("svg"))
      return Response.ok(EcoMapSvg.draw(drawn.get().view()), "image/svg+xml").build();
    return Response.ok(EcoMapResponse.from(drawn.get().view()), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("chronology")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
  @Operation(
      summary = "Chronology of a case",
      description =
          "Dated significant events and statutory milestones from the records the caller may see, oldest first:"
              + " each row's date, the child's age then, category, milestone, the sentence of the record that states"
              + " it, its significance and every record that tells it. A record that retells an event (minutes,"
              + " plans, reviews) makes no row of its own; one event told by several first-hand records is one row."
              + " from and to are inclusive ISO dates; category may be repeated (an event category or a milestone);"
              + " format=json (default), csv or pdf. Audited with the records it drew on.")
  @APIResponse(
      responseCode = "200",
      description = "The chronology, as JSON, CSV or PDF",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChronologyResponse.class)),
        @Content(mediaType = "text/csv"),
        @Content(mediaType = "application/pdf")
      })
  public Response chronology(
      @PathParam("caseId") String caseId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") List<String> category,
      @QueryParam("format") String format) {
    String fmt = format(format, List.of("json", "csv", "pdf"));
    List<String> errors = new ArrayList<>();
    LocalDate fromDate = SearchResource.date("from", from, errors);
    LocalDate toDate = SearchResource.date("to", to, errors);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate))
      errors.add("from " + fromDate + " is after to " + toDate);
    Set<String> categories = new LinkedHashSet<>();
    Set<String> known = new LinkedHashSet<>(lexicon.eventKinds().keySet());
    known.addAll(lexicon.milestoneIds());
    for (String c : category) {
      String v = c == null ? "" : c.strip().toLowerCase(Locale.ROOT);
      if (!known.contains(v))
        errors.add(
            "category must be one of "
                + String.join(", ", known)
                + "; got: '"
                + abbreviate(String.valueOf(c))
                + "'");
      else categories.add(v);
    }
    if (!errors.isEmpty()) throw ApiException.badRequest(String.join("; ", errors));
    var drawn =
        insight.chronology(
            caseId, r -> access.maySee(r.caseId(), r.restricted()), fromDate, toDate, categories);
    auditView("view.chronology", caseId, fmt, drawn.map(InsightService.Drawn::recordIds));
    if (drawn.isEmpty()) throw ApiException.notFound("no case with id '" + caseId + "'");
    Chronology c = drawn.get().view();
    String file = "chronology-" + caseId.replaceAll("[^A-Za-z0-9._-]", "_");
    return switch (fmt) {
      case "csv" ->
          Response.ok(InsightService.csv(c), "text/csv; charset=UTF-8")
              .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
              .build();
      case "pdf" -> {
        try {
          yield Response.ok(InsightService.pdf(c, null), "application/pdf")
              .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
              .build();
        } catch (IOException e) {
          throw new IllegalStateException("writing the chronology PDF failed", e);
        }
      }
      default -> Response.ok(ChronologyResponse.from(c), MediaType.APPLICATION_JSON).build();
    };
  }

  /** A question to a case. */
  public record Question(String question) {}

  @POST
  @Path("ask")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask a question of a case",
      description =
          "Answers a question in plain English (who is the GP, which school, when did something first or last happen,"
              + " has something ever happened, who is in the safety network) from the records the caller may see,"
              + " with sentences copied from them, each after its record's date and followed by its id in brackets,"
              + " and the records cited. found=false with an empty answer when the records hold no answer; for a"
              + " yes/no question with nothing found, the answer says the records were searched and none says so."
              + " understood says how the question was read. The question and the records cited are audited.")
  @APIResponse(
      responseCode = "200",
      description = "The answer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseAnswerResponse.class)))
  public Response ask(
      @PathParam("caseId") String caseId,
      @QueryParam("subject") String subject,
      @QueryParam("redact") String redact,
      Question body) {
    InsightService.Reader reader = reader(subject, redact);
    if (body == null || body.question() == null || body.question().isBlank())
      throw ApiException.badRequest("the body must be a JSON object with a question");
    String question = body.question().strip();
    if (question.length() > CaseAnswerer.MAX_QUESTION)
      throw ApiException.badRequest(
          "question is over " + CaseAnswerer.MAX_QUESTION + " characters");
    var answer = asker.ask(caseId, question, reader);
    if (answer.isEmpty()) throw ApiException.notFound("no case with id '" + caseId + "'");
    return Response.ok(CaseAnswerResponse.from(answer.get()), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("summary")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Summary of a case",
      description =
          "Sections of sentences copied from the records the caller may see, each with its record id and offsets:"
              + " the child and the people around them, current worries, strengths and protective people, recent"
              + " significant events and the current plan; recent first, a few sentences a section, none repeated."
              + " redact=true gives a data subject's own reading (a care leaver's): the subject access view, other"
              + " people's personal data masked before any sentence is chosen, restricted records withheld and"
              + " counted, and plain words beside the jargon; subject names the data subject (default: the child)."
              + " Audited with the records it cites.")
  @APIResponse(
      responseCode = "200",
      description = "The summary",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseSummaryResponse.class)))
  public Response summary(
      @PathParam("caseId") String caseId,
      @QueryParam("subject") String subject,
      @QueryParam("redact") String redact) {
    InsightService.Reader reader = reader(subject, redact);
    var drawn = insight.summary(caseId, r -> access.maySee(r.caseId(), r.restricted()), reader);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("redacted", reader.redacted());
    if (reader.redacted()) detail.put("subject", String.valueOf(reader.subject()));
    detail.put("outcome", drawn.isPresent() ? "shown" : "not_found");
    detail.put("ids", drawn.map(InsightService.Drawn::recordIds).orElse(List.of()));
    audit.append(
        new AuditLog.Event(access.caller().id(), "view.summary", caseId, null, detail, null));
    if (drawn.isEmpty()) throw ApiException.notFound("no case with id '" + caseId + "'");
    return Response.ok(CaseSummaryResponse.from(drawn.get().view()), MediaType.APPLICATION_JSON)
        .build();
  }

  /** Whose reading a request asks for: redact=true is the data subject's own. */
  private InsightService.Reader reader(String subject, String redact) {
    String r =
        redact == null || redact.isBlank() ? "false" : redact.strip().toLowerCase(Locale.ROOT);
    if (!r.equals("true") && !r.equals("false"))
      throw ApiException.badRequest(
          "redact must be true or false, got: '" + abbreviate(redact) + "'");
    boolean redacted = r.equals("true");
    if (subject != null && subject.length() > 512)
      throw ApiException.badRequest("subject is over 512 characters");
    String who = subject == null || subject.isBlank() ? null : subject.strip();
    if (who != null && !redacted)
      throw ApiException.badRequest("subject is read only with redact=true");
    return redacted
        ? new InsightService.Reader(true, who, access.caller().id())
        : InsightService.Reader.practitioner();
  }

  private static String format(String format, List<String> allowed) {
    String fmt =
        format == null || format.isBlank()
            ? allowed.getFirst()
            : format.strip().toLowerCase(Locale.ROOT);
    if (!allowed.contains(fmt))
      throw ApiException.badRequest(
          "format must be " + String.join(" or ", allowed) + ", got: '" + abbreviate(format) + "'");
    return fmt;
  }

  private void auditView(
      String action, String caseId, String fmt, java.util.Optional<List<String>> ids) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("format", fmt);
    detail.put("outcome", ids.isPresent() ? "shown" : "not_found");
    detail.put("ids", ids.orElse(List.of()));
    audit.append(new AuditLog.Event(access.caller().id(), action, caseId, null, detail, null));
  }

  @GET
  @Path("subject-access")
  @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
  @Operation(
      summary = "Subject access export of a case",
      description =
          "Every record of the case the caller may see, oldest first, redacted for the data subject (by default the"
              + " child): other people's names, addresses, contact details, NHS and National Insurance numbers and dates"
              + " of birth are masked. format=json (default) adds a redaction log per record; format=pdf is the copy to"
              + " send. Restricted records are withheld and counted. The export is audited.")
  @APIResponse(
      responseCode = "200",
      description = "The export, as JSON or PDF",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubjectAccessResponse.class)),
        @Content(mediaType = "application/pdf")
      })
  public Response export(
      @PathParam("caseId") String caseId,
      @QueryParam("subject") String subject,
      @QueryParam("format") String format)
      throws IOException {
    String fmt =
        format == null || format.isBlank()
            ? "json"
            : format.strip().toLowerCase(java.util.Locale.ROOT);
    if (!fmt.equals("json") && !fmt.equals("pdf"))
      throw ApiException.badRequest(
          "format must be json or pdf, got: '" + abbreviate(format) + "'");
    if (subject != null && subject.length() > 512)
      throw ApiException.badRequest("subject is over 512 characters");
    String who = subject == null || subject.isBlank() ? null : subject.strip();
    var export =
        subjectAccess.export(
            caseId, who, r -> access.maySee(r.caseId(), r.restricted()), access.caller().id());
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("format", fmt);
    detail.put("subject", String.valueOf(who));
    detail.put("records", export.map(e -> e.records().size()).orElse(0));
    detail.put("outcome", export.isPresent() ? "exported" : "not_found");
    if (export.isPresent())
      detail.put(
          "ids",
          export.get().records().stream().map(SubjectAccessService.RedactedRecord::id).toList());
    audit.append(
        new AuditLog.Event(
            access.caller().id(), "export.subject-access", caseId, null, detail, null));
    if (export.isEmpty()) throw ApiException.notFound("no case with id '" + caseId + "'");
    if (fmt.equals("pdf")) {
      return Response.ok(subjectAccess.pdf(export.get()), "application/pdf")
          .header(
              "Content-Disposition",
              "attachment; filename=\"subject-access-"
                  + caseId.replaceAll("[^A-Za-z0-9._-]", "_")
                  + ".pdf\"")
          .build();
    }
    return Response.ok(SubjectAccessResponse.from(export.get()), MediaType.APPLICATION_JSON)
        .build();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
