package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer, an integrator and an auditor meet first: switches that fail closed, unknown
 * parameters refused on every endpoint, text in addresses that must be UTF-8, every error a JSON
 * {code, error} in the caller's terms, and an API description a browser can open.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class FirstHourTest {

  @BeforeEach
  void credentials() {
    TestAuth.useFullAccess();
  }

  private static void ingest(String id, String text) {
    given()
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Map.of(
                    "id",
                    id,
                    "case_id",
                    "CASE-FH",
                    "child",
                    Map.of("id", "C-FH", "name", "Robin Quayle"),
                    "text",
                    text,
                    "people",
                    List.of(
                        Map.of(
                            "name",
                            "Sandra Quayle",
                            "relation_to_child",
                            "mother",
                            "kind",
                            "family")))))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
  }

  @Test
  void aRedactionSwitchThatIsNotClearlyTrueOrFalseIsRefusedNotReadAsFalse() {
    ingest("FH-1", "Sandra Quayle collected Robin from school.");
    for (String value : List.of("yes", "1", "on", "maybe", "", "TRUE ")) {
      given()
          .queryParam("redact", value)
          .get("/api/v1/records/FH-1")
          .then()
          .statusCode(400)
          .body("code", equalTo("bad_request"))
          .body("error", containsString("redact must be true or false"))
          .body(not(containsString("Sandra")));
    }
    given()
        .queryParam("redact", "true")
        .get("/api/v1/records/FH-1")
        .then()
        .statusCode(200)
        .body("text", equalTo("[NAME] collected Robin from school."));
    given()
        .queryParam("redact", "false")
        .get("/api/v1/records/FH-1")
        .then()
        .statusCode(200)
        .body("text", containsString("Sandra"));
  }

  @Test
  void unknownAndMistypedParametersAreRefusedOnEveryEndpoint() {
    given()
        .queryParam("foo", "1")
        .get("/api/v1/records/FH-none")
        .then()
        .statusCode(400)
        .body("error", equalTo("unknown parameter foo; this endpoint takes redact, subject"));
    given()
        .contentType(ContentType.JSON)
        .body("[]")
        .queryParam("wait", "soon")
        .post("/api/v1/records")
        .then()
        .statusCode(400)
        .body("error", containsString("wait must be true or false"));
    given()
        .queryParam("wait", "true")
        .queryParam("verbose", "1")
        .delete("/api/v1/records/FH-none")
        .then()
        .statusCode(400)
        .body("error", containsString("unknown parameter verbose"));
    TestAuth.noDefaultCredentials();
    String auditor = TestAuth.key("auditor", List.of("auditor"), List.of(), false, false);
    given()
        .header("X-API-Key", auditor)
        .queryParam("after", "yesterday")
        .get("/api/v1/audit")
        .then()
        .statusCode(400)
        .body("error", containsString("after must be a whole number"));
  }

  @Test
  void aQueryStringOrPathThatIsNotUtf8OrHoldsANulIsRefused() {
    // RestAssured would encode these itself: send them as written.
    for (String query : List.of("q=%FF%FEneglect", "q=neg%00lect", "q=%C3%28")) {
      given()
          .urlEncodingEnabled(false)
          .get("/api/v1/search?" + query)
          .then()
          .statusCode(400)
          .body("code", equalTo("bad_encoding"))
          .body("error", containsString("UTF-8"));
    }
    given()
        .urlEncodingEnabled(false)
        .get("/api/v1/records/%FF%FE")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_encoding"));
    given().urlEncodingEnabled(false).get("/api/v1/search?q=caf%C3%A9").then().statusCode(200);
  }

  @Test
  void aVeryLongQueryGetsAJsonErrorThatSaysSo() {
    given()
        .queryParam("q", "a".repeat(5000))
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .contentType(ContentType.JSON)
        .body("error", equalTo("q is 5000 characters, over the limit of 1000"));
  }

  @Test
  void errorsSpeakTheCallersLanguageNotJavas() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"q\": [\"a\", \"b\"]}")
        .post("/api/v1/search")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_json"))
        .body("error", containsString("invalid value for 'q': expected text"))
        .body("error", not(containsString("java.")));
    given()
        .contentType(ContentType.JSON)
        .body("{\"q\": \"visit\", \"limit\": true}")
        .post("/api/v1/search")
        .then()
        .statusCode(400)
        .body("error", containsString("expected a whole number"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"q\": " + "[".repeat(3000) + "]".repeat(3000) + "}")
        .post("/api/v1/search")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_json"))
        .body("error", not(containsString("StreamReadConstraints")));
    given()
        .contentType(ContentType.TEXT)
        .body("visit")
        .post("/api/v1/search")
        .then()
        .statusCode(415)
        .body("error", containsString("application/json"))
        .body("error", not(containsString("@Consumes")));
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .body("error", containsString("/q/openapi"));
  }

  @Test
  void everyUnauthenticatedCallGetsAJson401() {
    TestAuth.noDefaultCredentials();
    for (String path :
        List.of("/q/metrics", "/api/v1/search?q=x", "/api/v1/records/FH-1", "/q/dev-nothing")) {
      given()
          .get(path)
          .then()
          .statusCode(401)
          .contentType(ContentType.JSON)
          .body("code", equalTo("unauthorized"))
          .body("error", containsString("X-API-Key"));
      given()
          .header("X-API-Key", "cs_not-a-key")
          .get(path)
          .then()
          .statusCode(401)
          .contentType(ContentType.JSON)
          .body("code", equalTo("unauthorized"))
          .body("error", containsString("not valid"));
    }
  }

  @Test
  void theApiDescriptionAndSwaggerUiOpenInABrowserAndNameBothWaysIn() {
    TestAuth.noDefaultCredentials();
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    given().get("/q/swagger-ui/swagger-ui.css").then().statusCode(200);
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("components.securitySchemes.apiKey.type", equalTo("apiKey"))
        .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
        .body("components.securitySchemes.apiKey.in", equalTo("header"))
        .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
        .body("security.size()", equalTo(2))
        .body(
            "paths.'/api/v1/search'.get.parameters.find { it.name == 'limit' }.schema.type",
            equalTo("integer"))
        .body(
            "paths.'/api/v1/search'.get.parameters.find { it.name == 'offset' }.schema.type",
            equalTo("integer"))
        .body(
            "paths.'/api/v1/search'.get.parameters.find { it.name == 'explain' }.schema.type",
            equalTo("boolean"))
        // The API's own response type, not the engine's.
        .body(
            "paths.'/api/v1/search'.get.responses.'200'.content.'application/json'.schema.'$ref'",
            equalTo("#/components/schemas/SearchResponse"))
        .body("components.schemas.SearchResponse.properties.hits.type", equalTo("array"));
  }

  @Test
  void understoodIsAlwaysAnObject() {
    ingest("FH-2", "Home visit: Robin was playing with a puzzle.");
    given()
        .queryParam("q", "puzzle")
        .queryParam("case", "CASE-FH")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("understood", notNullValue())
        .body("understood.searched", equalTo("puzzle"))
        .body("understood.concepts.size()", equalTo(0));
  }
}
