package uk.casesearch.api;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Credentials for API tests: API keys made through the admin API, and signed JWTs. */
final class TestAuth {

  /** The bootstrap administrator key of the test profile (application.properties). */
  static final String ADMIN_KEY = "test-bootstrap-admin-key-0123456789";

  /** The issuer the test profile trusts. */
  static final String ISSUER = "https://idp.casesearch.test";

  private TestAuth() {}

  /** Creates an API key through the admin API and returns the key. */
  static String key(
      String name, List<String> roles, List<String> teams, boolean allCases, boolean restricted) {
    return given()
        .header("X-API-Key", ADMIN_KEY)
        .contentType("application/json")
        .body(
            Map.of(
                "name",
                name,
                "roles",
                roles,
                "teams",
                teams,
                "all_cases",
                allCases,
                "restricted",
                restricted))
        .post("/api/v1/admin/api-keys")
        .then()
        .statusCode(201)
        .extract()
        .path("key");
  }

  /**
   * Sends every following request with a key that writes and reads everything, for tests about
   * something other than permissions.
   */
  static void useFullAccess() {
    RestAssured.requestSpecification = null;
    String key =
        key("full access for tests", List.of("practitioner", "ingest"), List.of(), true, true);
    RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-API-Key", key).build();
  }

  /** Sends following requests with no credentials unless a test adds its own. */
  static void noDefaultCredentials() {
    RestAssured.requestSpecification = null;
  }

  /** A token from the council's identity provider, as the test profile trusts it. */
  static String token(String user, Set<String> roles, Set<String> teams) {
    return Jwt.issuer(ISSUER).upn(user).groups(roles).claim("teams", teams).expiresIn(600).sign();
  }

  /** Sets a case's access list through the admin API. */
  static void grant(
      String caseId, List<String> teams, List<String> users, List<String> restrictedUsers) {
    given()
        .header("X-API-Key", ADMIN_KEY)
        .contentType("application/json")
        .body(Map.of("teams", teams, "users", users, "restricted_users", restrictedUsers))
        .put("/api/v1/admin/cases/" + caseId + "/access")
        .then()
        .statusCode(200);
  }
}
