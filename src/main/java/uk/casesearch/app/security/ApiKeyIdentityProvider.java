package uk.casesearch.app.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a valid API key into the identity of its system: roles, teams and flags. */
@ApplicationScoped
public class ApiKeyIdentityProvider
    implements IdentityProvider<ApiKeyAuthenticationMechanism.ApiKeyRequest> {

  private final ApiKeys keys;

  public ApiKeyIdentityProvider(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public Class<ApiKeyAuthenticationMechanism.ApiKeyRequest> getRequestType() {
    return ApiKeyAuthenticationMechanism.ApiKeyRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyAuthenticationMechanism.ApiKeyRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          ApiKeys.KeyInfo key =
              keys.authenticate(request.getToken().getToken())
                  .orElseThrow(
                      () ->
                          new AuthenticationFailedException(
                              "the API key is not valid, or has been revoked"));
          return QuarkusSecurityIdentity.builder()
              .setPrincipal(new QuarkusPrincipal("key:" + key.id()))
              .addRoles(key.roles())
              .addAttribute(Caller.TEAMS, key.teams())
              .addAttribute(Caller.ALL_CASES, key.allCases())
              .addAttribute(Caller.RESTRICTED, key.restricted())
              .addAttribute("casesearch.key_name", key.name())
              .build();
        });
  }
}
