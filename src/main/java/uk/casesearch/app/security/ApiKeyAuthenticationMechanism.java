package uk.casesearch.app.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;

/**
 * Reads an API key from the {@code X-API-Key} header. A request with a bearer token instead is left
 * to the JWT mechanism.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The request header carrying an API key. */
  public static final String HEADER = "X-API-Key";

  /** What a 401 says, here and from the API's own error mapping. */
  public static final String UNAUTHORIZED =
      "authentication is required: send a bearer token (Authorization: Bearer ...) or an API key (X-API-Key: ...)";

  /** What a 401 says when the credentials sent are not valid. */
  public static final String INVALID =
      "the credentials are not valid (an expired or unsigned token, or an unknown or revoked API key)";

  /** The WWW-Authenticate header of a 401: either way in. */
  public static final String CHALLENGE = "Bearer, ApiKey header=\"" + HEADER + "\"";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String key = context.request().getHeader(HEADER);
    if (key == null) return Uni.createFrom().optional(java.util.Optional.empty());
    return identityProviderManager.authenticate(
        new ApiKeyRequest(new TokenCredential(key.strip(), "api-key")));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
  }

  /**
   * The challenge for a request with no credentials, written with the JSON body every other error
   * has (the HTTP layer's own challenge has none). It is sent before the bearer token mechanism's,
   * which would say the same without a body.
   */
  @Override
  public Uni<Boolean> sendChallenge(RoutingContext context) {
    if (!context.response().ended()) {
      context
          .response()
          .setStatusCode(401)
          .putHeader("WWW-Authenticate", CHALLENGE)
          .putHeader("Content-Type", "application/json")
          .end(Json.encode(Map.of("code", "unauthorized", "error", UNAUTHORIZED)));
    }
    return Uni.createFrom().item(true);
  }

  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 1;
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
  }

  /** An API key to check. */
  public static final class ApiKeyRequest extends TokenAuthenticationRequest {
    ApiKeyRequest(TokenCredential token) {
      super(token);
    }
  }
}
