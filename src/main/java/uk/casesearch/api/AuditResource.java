package uk.casesearch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.security.Role;

/** The audit trail, for auditors: who searched, viewed, downloaded or changed what, and when. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@RolesAllowed(Role.AUDITOR)
public class AuditResource {

  private final AuditLog audit;
  private final Access access;

  public AuditResource(AuditLog audit, Access access) {
    this.audit = audit;
    this.access = access;
  }

  @GET
  @Operation(
      summary = "Audit events, oldest first",
      description =
          "Filters: user (an actor id), case, action, from and to (ISO instant or date; to is exclusive), after (a seq)."
              + " Reading the trail is itself audited.")
  public AuditEventsResponse find(
      @QueryParam("user") String user,
      @QueryParam("case") String caseId,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("after") Long after,
      @QueryParam("limit") Integer limit) {
    int lim = limit == null ? 100 : limit;
    if (lim < 1 || lim > 1000)
      throw ApiException.badRequest("limit must be in [1, 1000], got: " + lim);
    Instant fromAt = instant("from", from);
    Instant toAt = instant("to", to);
    List<AuditLog.Row> rows =
        audit.find(
            blank(user),
            blank(caseId),
            blank(action),
            fromAt,
            toAt,
            after == null ? -1 : after,
            lim);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("user", String.valueOf(user));
    detail.put("case", String.valueOf(caseId));
    detail.put("action", String.valueOf(action));
    detail.put("from", String.valueOf(fromAt));
    detail.put("to", String.valueOf(toAt));
    detail.put("rows", rows.size());
    audit.append(new AuditLog.Event(access.caller().id(), "audit.read", null, null, detail, null));
    return AuditEventsResponse.from(
        rows, rows.size() == lim ? rows.get(rows.size() - 1).seq() : null);
  }

  @GET
  @Path("verify")
  @Operation(
      summary = "Check the hash chain",
      description = "Finds the first row that was edited, or rows that were deleted.")
  public AuditVerificationResponse verify() {
    AuditLog.Verification v = audit.verify();
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "audit.verify",
            null,
            null,
            Map.of("ok", v.ok(), "rows", v.rows()),
            null));
    return AuditVerificationResponse.from(v);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          name
              + " must be an ISO date (yyyy-mm-dd) or instant (yyyy-mm-ddThh:mm:ssZ), got: '"
              + (value.length() > 40 ? value.substring(0, 40) + "..." : value)
              + "'");
    }
  }
}
