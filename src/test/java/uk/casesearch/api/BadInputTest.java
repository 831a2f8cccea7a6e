package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a 4xx with a JSON {code, error} naming the problem, never a 500. */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {

  @org.junit.jupiter.api.BeforeEach
  void credentials() {
    TestAuth.useFullAccess();
  }

  @Test
  void malformedJsonIs400() {
    given()
        .contentType(ContentType.JSON)
        .body("[{\"id\": \"x\", ")
        .post("/api/v1/records")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_json"))
        .body("error", containsString("malformed JSON"));
    given()
        .contentType(ContentType.JSON)
        .body("")
        .post("/api/v1/records")
        .then()
        .statusCode(400)
        .body("code", notNullValue());
    given()
        .contentType(ContentType.JSON)
        .body("[]")
        .post("/api/v1/records")
        .then()
        .statusCode(400)
        .body("error", containsString("no records"));
  }

  @Test
  void invalidRecordsAreRejectedOneByOne() {
    List<Map<String, Object>> batch =
        List.of(
            Map.of("case_id", "C", "text", "t"),
            Map.of("id", "BI-1", "text", "t"),
            Map.of("id", "BI-2", "case_id", "C"),
            Map.of("id", "BI-3", "case_id", "C", "text", "t", "date", "2024-13-45"));
    given()
        .contentType(ContentType.JSON)
        .body(batch)
        .post("/api/v1/records")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_records"))
        .body("result.rejected.size()", equalTo(4))
        .body("result.rejected[0].error", containsString("id is required"))
        .body("result.rejected[1].error", containsString("case_id is required"))
        .body("result.rejected[2].error", containsString("text is required"))
        .body("result.rejected[3].error", containsString("date must be an ISO date"));
    given().get("/api/v1/records/BI-3").then().statusCode(404);
  }

  @Test
  void badSuggestionRequestsAre400() {
    given().get("/api/v1/suggest").then().statusCode(400).body("code", equalTo("bad_request"));
    given()
        .queryParam("q", "x".repeat(101))
        .get("/api/v1/suggest")
        .then()
        .statusCode(400)
        .body("error", containsString("over the limit of 100"));
    given()
        .queryParam("q", "leo")
        .queryParam("limit", "0")
        .get("/api/v1/suggest")
        .then()
        .statusCode(400)
        .body("error", containsString("limit must be in [1, 20]"));
    given()
        .queryParam("q", "leo")
        .queryParam("limit", "lots")
        .get("/api/v1/suggest")
        .then()
        .statusCode(400)
        .body("error", containsString("limit must be a whole number"));
    given()
        .queryParam("q", "leo")
        .get("/api/v1/suggest")
        .then()
        .statusCode(200)
        .body("q", equalTo("leo"))
        .body("suggestions", notNullValue());
  }

  @Test
  void invalidUtf8Is400() {
    byte[] body = {'[', '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', ']'};
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/records")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_encoding"));
  }

  @Test
  void oversizedBodyIs413() {
    String huge =
        "[{\"id\":\"big\",\"case_id\":\"C\",\"text\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}]";
    given()
        .contentType(ContentType.JSON)
        .body(huge)
        .post("/api/v1/records")
        .then()
        .statusCode(413)
        .body("code", equalTo("too_large"))
        .body("error", containsString("limit"));
  }

  @Test
  void badSearchParametersAre400WithEveryProblemNamed() {
    given()
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_request"))
        .body("error", containsString("q is required"));
    given().queryParam("q", "   ").get("/api/v1/search").then().statusCode(400);
    given()
        .queryParam("q", "x".repeat(1001))
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("error", containsString("over the limit"));
    given()
        .queryParam("q", "visit")
        .queryParam("limit", "0")
        .queryParam("offset", "-1")
        .queryParam("from", "yesterday")
        .queryParam("mode", "magic")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("error", containsString("limit must be in [1, 100]"))
        .body("error", containsString("offset must be in [0, 1000]"))
        .body("error", containsString("from must be an ISO date"))
        .body("error", containsString("mode must be one of"));
    given()
        .queryParam("q", "visit")
        .queryParam("colour", "red")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body(
            "error",
            containsString(
                "unknown parameter colour; this endpoint takes as_typed, case, child, concepts, dates, explain, facets"));
    given()
        .queryParam("q", "visit")
        .queryParam("q", "again")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("error", containsString("q may be given only once"));
    given()
        .queryParam("q", "visit")
        .queryParam("explain", "")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("error", containsString("explain must be true or false"));
    given()
        .queryParam("q", "visit")
        .queryParam("limit", "ten")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("error", containsString("whole number"));
    given()
        .queryParam("q", "visit")
        .queryParam("limit", "101")
        .get("/api/v1/search")
        .then()
        .statusCode(400);
    given()
        .queryParam("q", "visit")
        .queryParam("from", "2024-05-01")
        .queryParam("to", "2024-01-01")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("error", containsString("after"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"q\":\"visit\",\"colour\":1}")
        .post("/api/v1/search")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_json"))
        .body("error", containsString("colour"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"q\":\"visit\",\"limit\":\"many\"}")
        .post("/api/v1/search")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_json"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"q\":")
        .post("/api/v1/search")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_json"));
  }

  @Test
  void querySyntaxIsNeverAnError() {
    given()
        .queryParam("q", "\"unbalanced (quote AND OR -- ** ~ ^ [x TO")
        .get("/api/v1/search")
        .then()
        .statusCode(200);
    given().queryParam("q", "the").get("/api/v1/search").then().statusCode(200);
  }

  @Test
  void unknownIdsAre404() {
    given()
        .get("/api/v1/records/nope")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"))
        .body("error", containsString("nope"));
    given()
        .delete("/api/v1/records/nope")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    given().get("/api/v1/nothing-here").then().statusCode(404);
  }

  @Test
  void wrongMediaTypeIs415() {
    given()
        .contentType(ContentType.XML)
        .body("<r/>")
        .post("/api/v1/records")
        .then()
        .statusCode(415)
        .body("code", equalTo("unsupported_media_type"));
  }
}
