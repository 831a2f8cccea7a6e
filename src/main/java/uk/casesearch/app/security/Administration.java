package uk.casesearch.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.casesearch.app.audit.AuditLog;

/**
 * What administrators change, as the API and the page both change it: API keys made and revoked,
 * and who may see a case, each audited with what changed (never a key's secret).
 */
@ApplicationScoped
public class Administration {

  private final ApiKeys keys;
  private final CaseAccess cases;
  private final Access access;
  private final AuditLog audit;

  public Administration(ApiKeys keys, CaseAccess cases, Access access, AuditLog audit) {
    this.keys = keys;
    this.cases = cases;
    this.access = access;
    this.audit = audit;
  }

  /**
   * Makes a key; its secret is in the answer once and never again.
   *
   * @throws IllegalArgumentException for a blank name or unknown roles
   */
  public ApiKeys.Created createKey(
      String name, Set<String> roles, Set<String> teams, boolean allCases, boolean restricted) {
    Set<String> checked = Role.parse(roles);
    ApiKeys.Created created =
        keys.create(name, checked, teams, allCases, restricted, access.caller().id());
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("key_id", created.id());
    detail.put("name", name.strip());
    detail.put("roles", checked);
    detail.put("teams", teams);
    detail.put("all_cases", allCases);
    detail.put("restricted", restricted);
    audit.append(
        new AuditLog.Event(access.caller().id(), "admin.api-key.create", null, null, detail, null));
    return created;
  }

  /** Revokes a live key at once; false when there is none with this id. */
  public boolean revokeKey(String id) {
    boolean revoked = keys.revoke(id);
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "admin.api-key.revoke",
            null,
            null,
            Map.of("key_id", id, "outcome", revoked ? "revoked" : "not_found"),
            null));
    return revoked;
  }

  /** Every key made, newest first. */
  public List<ApiKeys.Listed> keys() {
    return keys.list();
  }

  /** Replaces who may see a case. */
  public void setAccess(String caseId, CaseAccess.AccessList list) {
    cases.replace(caseId, list);
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "admin.case-access.set",
            caseId,
            null,
            Map.of(
                "teams",
                list.teams(),
                "users",
                list.users(),
                "restricted_users",
                list.restrictedUsers()),
            null));
  }

  /** Who may see a case. */
  public CaseAccess.AccessList access(String caseId) {
    return cases.get(caseId);
  }
}
