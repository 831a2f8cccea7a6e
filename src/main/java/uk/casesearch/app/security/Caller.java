package uk.casesearch.app.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Collection;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: a person signed in through the council's identity provider, or a system with an
 * API key.
 *
 * @param id the user's id (the token's upn, preferred_username or sub) or "key:" and the key's id
 * @param roles what they may do ({@link Role})
 * @param teams the teams they belong to, matched against case access lists
 * @param allCases sees every case (trusted systems such as the case management system)
 * @param restricted sees the restricted records of every case they see
 */
public record Caller(
    String id, Set<String> roles, Set<String> teams, boolean allCases, boolean restricted) {

  /** Identity attribute: the caller's teams (a {@code Set<String>}). */
  static final String TEAMS = "casesearch.teams";

  /** Identity attribute: the all_cases flag. */
  static final String ALL_CASES = "casesearch.all_cases";

  /** Identity attribute: the restricted flag. */
  static final String RESTRICTED = "casesearch.restricted";

  public Caller {
    roles = Set.copyOf(roles);
    teams = Set.copyOf(teams);
  }

  /** The caller behind a request. */
  public static Caller of(SecurityIdentity identity, String teamsClaim) {
    if (identity == null || identity.isAnonymous())
      return new Caller("anonymous", Set.of(), Set.of(), false, false);
    Set<String> teams = identity.getAttribute(TEAMS);
    if (teams == null && identity.getPrincipal() instanceof JsonWebToken jwt)
      teams = claimSet(jwt, teamsClaim);
    Boolean all = identity.getAttribute(ALL_CASES);
    Boolean restricted = identity.getAttribute(RESTRICTED);
    return new Caller(
        identity.getPrincipal().getName(),
        identity.getRoles(),
        teams == null ? Set.of() : teams,
        all != null && all,
        restricted != null && restricted);
  }

  /** Whether the caller holds any of these roles. */
  public boolean hasAny(String... wanted) {
    for (String r : wanted) if (roles.contains(r)) return true;
    return false;
  }

  private static Set<String> claimSet(JsonWebToken jwt, String claim) {
    Object value = jwt.getClaim(claim);
    if (value instanceof Collection<?> c) {
      return c.stream()
          .map(Caller::unquote)
          .filter(s -> !s.isBlank())
          .collect(java.util.stream.Collectors.toSet());
    }
    if (value instanceof jakarta.json.JsonArray a) {
      return a.stream()
          .map(Caller::unquote)
          .filter(s -> !s.isBlank())
          .collect(java.util.stream.Collectors.toSet());
    }
    if (value != null) return Set.of(unquote(value));
    return Set.of();
  }

  private static String unquote(Object v) {
    if (v instanceof jakarta.json.JsonString s) return s.getString();
    return String.valueOf(v);
  }
}
