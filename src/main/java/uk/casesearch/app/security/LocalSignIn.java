package uk.casesearch.app.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import uk.casesearch.app.config.CasesearchConfig;

/**
 * The page's local sign-in, for evaluation: users, password hashes, roles and teams from the
 * configuration ({@code casesearch.auth.users.*}), accepted only while {@code
 * casesearch.auth.local-sign-in} is on. The form's cookie, once signed in, comes back as a trusted
 * request for the user name, whose roles and teams are read again from the configuration.
 */
public final class LocalSignIn {

  private static final Logger LOG = Logger.getLogger(LocalSignIn.class);

  private LocalSignIn() {}

  /** The identity of a configured user, or empty when local sign-in is off or they are unknown. */
  static Optional<SecurityIdentity> identity(CasesearchConfig.Auth auth, String user) {
    if (!auth.localSignIn()) return Optional.empty();
    CasesearchConfig.Auth.LocalUser u = auth.users().get(user);
    if (u == null) return Optional.empty();
    return Optional.of(
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(user))
            .addRoles(Role.parse(u.roles()))
            .addAttribute(Caller.TEAMS, Set.copyOf(u.teams().orElse(List.of())))
            .addAttribute(Caller.ALL_CASES, u.allCases())
            .addAttribute(Caller.RESTRICTED, u.restricted())
            .addAttribute(SIGNED_IN_LOCALLY, true)
            .build());
  }

  /** The identity attribute that marks a local sign-in (the page says so). */
  public static final String SIGNED_IN_LOCALLY = "casesearch.local_sign_in";

  /** Checks a user name and password from the sign-in form. */
  @ApplicationScoped
  public static class Passwords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final CasesearchConfig config;

    public Passwords(CasesearchConfig config) {
      this.config = config;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
      return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
      return context.runBlocking(
          () -> {
            CasesearchConfig.Auth auth = config.auth();
            String user = request.getUsername();
            CasesearchConfig.Auth.LocalUser u =
                auth.localSignIn() && user != null ? auth.users().get(user) : null;
            boolean ok = false;
            if (u != null) {
              try {
                ok = PasswordHash.matches(request.getPassword().getPassword(), u.passwordHash());
              } catch (IllegalArgumentException e) {
                LOG.errorf("local user %s: %s", user, e.getMessage());
              }
            }
            if (!ok) throw new AuthenticationFailedException("unknown user name or password");
            return identity(auth, user).orElseThrow(AuthenticationFailedException::new);
          });
    }
  }

  /** Rebuilds a signed-in user's identity from the form's cookie. */
  @ApplicationScoped
  public static class Cookies implements IdentityProvider<TrustedAuthenticationRequest> {

    private final CasesearchConfig config;

    public Cookies(CasesearchConfig config) {
      this.config = config;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
      return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
      return Uni.createFrom()
          .item(
              () ->
                  identity(config.auth(), request.getPrincipal())
                      .orElseThrow(
                          () -> new AuthenticationFailedException("the sign-in has ended")));
    }
  }
}
