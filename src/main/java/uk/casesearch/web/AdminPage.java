package uk.casesearch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import uk.casesearch.app.security.Administration;
import uk.casesearch.app.security.ApiKeys;
import uk.casesearch.app.security.CaseAccess;
import uk.casesearch.app.security.Role;

/**
 * The administrator's page: the API keys (made, shown once, revoked) and who may see a case. Every
 * change goes through the same audited service as the admin API.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminPage {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));
  private static final int MAX_ENTRIES = 1_000;

  @CheckedTemplate(basePath = "page")
  static class Templates {
    static native TemplateInstance admin(Views.AdminPage page);
  }

  private final Administration administration;
  private final PageChrome chrome;

  public AdminPage(Administration administration, PageChrome chrome) {
    this.administration = administration;
    this.chrome = chrome;
  }

  @GET
  @Authenticated
  @Operation(hidden = true)
  public TemplateInstance show(@QueryParam("case") String caseId) {
    chrome.mustHave(Role.ADMIN);
    return page(null, List.of(), blank(caseId));
  }

  @POST
  @Path("keys")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response createKey(
      @RestForm("name") String name,
      @RestForm("role") List<String> roles,
      @RestForm("teams") String teams,
      @RestForm("all_cases") String allCases,
      @RestForm("restricted") String restricted,
      @RestForm(Csrf.FIELD) String token) {
    chrome.mustHave(Role.ADMIN);
    chrome.checkToken(token);
    List<String> errors = new ArrayList<>();
    if (name == null || name.isBlank()) errors.add("Enter a name for the key");
    else if (name.length() > 256) errors.add("The name must be 256 characters or fewer");
    if (roles == null || roles.isEmpty()) errors.add("Choose at least one role");
    Set<String> teamSet = entries(teams, errors, "Teams");
    if (!errors.isEmpty()) return Response.status(400).entity(page(null, errors, null)).build();
    ApiKeys.Created created;
    try {
      created =
          administration.createKey(
              name, Set.copyOf(roles), teamSet, "true".equals(allCases), "true".equals(restricted));
    } catch (IllegalArgumentException e) {
      return Response.status(400).entity(page(null, List.of(e.getMessage()), null)).build();
    }
    return Response.ok(page(new Views.NewKey(name.strip(), created.key()), List.of(), null))
        .build();
  }

  @POST
  @Path("keys/{id}/revoke")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revokeKey(@PathParam("id") String id, @RestForm(Csrf.FIELD) String token) {
    chrome.mustHave(Role.ADMIN);
    chrome.checkToken(token);
    if (!administration.revokeKey(id)) throw PageException.notFound();
    return Response.seeOther(java.net.URI.create("/admin")).build();
  }

  @POST
  @Path("cases/{caseId}/access")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response setAccess(
      @PathParam("caseId") String caseId,
      @RestForm("teams") String teams,
      @RestForm("users") String users,
      @RestForm("restricted_users") String restrictedUsers,
      @RestForm(Csrf.FIELD) String token) {
    chrome.mustHave(Role.ADMIN);
    chrome.checkToken(token);
    List<String> errors = new ArrayList<>();
    if (caseId.isBlank() || caseId.length() > 128)
      errors.add("A case id must be 1 to 128 characters");
    CaseAccess.AccessList list =
        new CaseAccess.AccessList(
            entries(teams, errors, "Teams"),
            entries(users, errors, "Users"),
            entries(restrictedUsers, errors, "Users who see restricted records"));
    if (!errors.isEmpty()) return Response.status(400).entity(page(null, errors, caseId)).build();
    administration.setAccess(caseId, list);
    return Response.ok(page(null, List.of(), caseId)).build();
  }

  private TemplateInstance page(Views.NewKey created, List<String> errors, String caseId) {
    List<Views.KeyRow> rows =
        administration.keys().stream()
            .map(
                k ->
                    new Views.KeyRow(
                        k.key().id(),
                        k.key().name(),
                        String.join(", ", k.key().roles()),
                        String.join(", ", k.key().teams()),
                        k.key().allCases(),
                        k.key().restricted(),
                        WHEN.format(k.createdAt()),
                        k.createdAt().toEpochMilli(),
                        k.createdBy(),
                        k.revokedAt() == null ? null : WHEN.format(k.revokedAt())))
            .toList();
    Views.CaseAccessForm access = null;
    if (caseId != null) {
      CaseAccess.AccessList list = administration.access(caseId);
      access =
          new Views.CaseAccessForm(
              caseId,
              String.join("\n", list.teams()),
              String.join("\n", list.users()),
              String.join("\n", list.restrictedUsers()));
    }
    return Templates.admin(
        new Views.AdminPage(chrome.get(), errors, created, rows, List.copyOf(Role.ALL), access));
  }

  /** One entry a line (or comma), each 1 to 256 characters. */
  private static Set<String> entries(String text, List<String> errors, String field) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) return out;
    for (String v : text.split("[\\n,]")) {
      String e = v.strip();
      if (e.isEmpty()) continue;
      if (e.length() > 256) errors.add(field + ": each entry must be 256 characters or fewer");
      else out.add(e);
    }
    if (out.size() > MAX_ENTRIES) errors.add(field + ": over " + MAX_ENTRIES + " entries");
    return out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
