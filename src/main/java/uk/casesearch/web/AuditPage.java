package uk.casesearch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.security.Role;

/**
 * The auditor's page: the audit trail, filtered by user, case and action, oldest first in pages,
 * with the result of checking its hash chain. Reading it is itself audited.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

  private static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  @CheckedTemplate(basePath = "page")
  static class Templates {
    static native TemplateInstance audit(Views.AuditPage page);
  }

  private final AuditLog audit;
  private final Access access;
  private final PageChrome chrome;

  public AuditPage(AuditLog audit, Access access, PageChrome chrome) {
    this.audit = audit;
    this.access = access;
    this.chrome = chrome;
  }

  @GET
  @Authenticated
  @Operation(hidden = true)
  public TemplateInstance trail(
      @QueryParam("user") String user,
      @QueryParam("case") String caseId,
      @QueryParam("action") String action,
      @QueryParam("after") Long after) {
    chrome.mustHave(Role.AUDITOR);
    AuditLog.Verification v = audit.verify();
    List<AuditLog.Row> rows =
        audit.find(
            blank(user),
            blank(caseId),
            blank(action),
            null,
            null,
            after == null ? -1 : after,
            PAGE_SIZE);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("user", String.valueOf(user));
    detail.put("case", String.valueOf(caseId));
    detail.put("action", String.valueOf(action));
    detail.put("rows", rows.size());
    detail.put("verified", v.ok());
    audit.append(new AuditLog.Event(access.caller().id(), "audit.read", null, null, detail, null));
    return Templates.audit(
        new Views.AuditPage(
            chrome.get(),
            blank(user),
            blank(caseId),
            blank(action),
            v.ok(),
            v.rows(),
            v.problem(),
            rows.stream()
                .map(
                    r ->
                        new Views.AuditRow(
                            r.seq(),
                            WHEN.format(r.at()),
                            r.actor(),
                            r.action(),
                            r.caseId(),
                            r.recordId(),
                            r.detail()))
                .toList(),
            rows.size() == PAGE_SIZE ? rows.getLast().seq() : null));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
