package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * The page signed in through an identity provider (OpenID Connect, the authorization code flow)
 * instead of the local form: the in-process OIDC server of Quarkus's test tools stands in for the
 * council's, and the local sign-in is off, as in production.
 */
public class OidcProfile implements QuarkusTestProfile {

  public OidcProfile() {
    // The OIDC server's tokens give alice these groups (read when the server starts).
    System.setProperty("quarkus.test.oidc.token.user-roles", "practitioner");
    System.setProperty("quarkus.test.oidc.token.admin-roles", "practitioner");
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.oidc.tenant-enabled", "true",
        "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
        "quarkus.oidc.client-id", "quarkus-web-app",
        "quarkus.oidc.credentials.secret", "secret",
        "casesearch.auth.page-sign-in", "code",
        "casesearch.auth.local-sign-in", "false",
        "casesearch.data-dir",
            Path.of("target", "test-data", "oidc-" + ProcessHandle.current().pid())
                .toAbsolutePath()
                .toString());
  }

  @Override
  public String getConfigProfile() {
    return "test";
  }
}
