package uk.casesearch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.casesearch.app.SubjectAccessService;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.security.Role;

/**
 * Views of a whole case. The subject access export is the first; the insight views join it here.
 */
@Path("/api/v1/cases/{caseId}")
@Tag(name = "cases")
@RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
public class CaseResource {

  private final SubjectAccessService subjectAccess;
  private final Access access;
  private final AuditLog audit;

  public CaseResource(SubjectAccessService subjectAccess, Access access, AuditLog audit) {
    this.subjectAccess = subjectAccess;
    this.access = access;
    this.audit = audit;
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
    return Response.ok(export.get(), MediaType.APPLICATION_JSON).build();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
