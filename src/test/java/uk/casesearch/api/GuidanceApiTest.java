package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guidance collection over HTTP: documents uploaded as files with their metadata, listed,
 * searched by paragraph, asked (answers cite the document and its paragraph number as written) and
 * a local procedure checked against the statutory guidance, with both quotes at their offsets; bad
 * input is a 4xx naming the problem, and only the ingest or admin role loads documents.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class GuidanceApiTest {

  static final String STATUTORY =
      """
      Safeguarding Guidance (test edition)

      Section 1: Visits

      1.1 The social worker is to visit the child at least every 10 working days while a plan is in place.

      1.2 The child's carers are to be invited to every review meeting.

      1.3 The Family Needs Form (FNF) is no longer used and should not be referred to.
      """;

  static final String LOCAL =
      """
      Testshire procedure

      Visits

      The social worker visits the child at least once a month while a plan is in place.

      The child's carers are invited to every review meeting.

      Workers complete a Family Needs Form (FNF) with the family.
      """;

  private static boolean seeded;
  private static String ingestKey;
  private static String practitionerKey;

  @BeforeEach
  void seed() {
    TestAuth.noDefaultCredentials();
    if (seeded) return;
    ingestKey = TestAuth.key("guidance ingest", List.of("ingest"), List.of(), false, false);
    practitionerKey =
        TestAuth.key(
            "guidance reader", List.of("practitioner"), List.of("Nobody Team"), false, false);
    upload(ingestKey, "G-TEST", "statutory", STATUTORY)
        .then()
        .statusCode(200)
        .body("paragraphs", equalTo(3));
    upload(ingestKey, "L-TEST", "local", LOCAL).then().statusCode(200);
    seeded = true;
  }

  static io.restassured.response.Response upload(String key, String id, String kind, String text) {
    return given()
        .header("X-API-Key", key)
        .multiPart("file", id + ".txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
        .multiPart(
            "metadata",
            "{\"id\": \""
                + id
                + "\", \"title\": \""
                + id
                + " title\", \"issuer\": \"Test office\","
                + " \"kind\": \""
                + kind
                + "\", \"version\": \"1\", \"date\": \"2023-12-15\"}",
            "application/json")
        .post("/api/v1/guidance/documents");
  }

  @Test
  void documentsAreListedWithTheirParagraphs() {
    JsonPath l =
        given()
            .header("X-API-Key", practitionerKey)
            .get("/api/v1/guidance/documents")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(l.getList("id").containsAll(List.of("G-TEST", "L-TEST")), l.prettify());
    assertEquals("statutory", l.getString("find { it.id == 'G-TEST' }.kind"));
    assertEquals("2023-12-15", l.getString("find { it.id == 'G-TEST' }.date"));
  }

  @Test
  void searchAndAskCiteTheParagraphAsWritten() {
    // A practitioner of no team reads the guidance: no case permissions apply.
    JsonPath s =
        given()
            .header("X-API-Key", practitionerKey)
            .queryParam("q", "carers invited to review meeting")
            .get("/api/v1/guidance/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("1.2", s.getString("hits[0].paragraph"));
    assertEquals("Section 1: Visits", s.getString("hits[0].heading"));
    JsonPath a =
        given()
            .header("X-API-Key", practitionerKey)
            .contentType(ContentType.JSON)
            .body(Map.of("question", "How often must the social worker visit the child?"))
            .post("/api/v1/guidance/ask")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(a.getBoolean("found"));
    assertTrue(a.getString("answer").endsWith("[G-TEST 1.1]"), a.getString("answer"));
    assertEquals("1.1", a.getString("citations[0].paragraph"));
    // The citation's offsets span the quoted sentence in the document's text as read.
    String sentence =
        "The social worker is to visit the child at least every 10 working days while a plan is in"
            + " place.";
    assertTrue(a.getString("answer").startsWith(sentence), a.getString("answer"));
    assertEquals(sentence.length(), a.getInt("citations[0].end") - a.getInt("citations[0].start"));
    given()
        .header("X-API-Key", practitionerKey)
        .contentType(ContentType.JSON)
        .body(Map.of("question", "What colour are the office curtains?"))
        .post("/api/v1/guidance/ask")
        .then()
        .statusCode(200)
        .body("found", equalTo(false))
        .body("answer", equalTo(""));
  }

  @Test
  void aLocalProcedureIsCheckedAgainstTheStatutoryGuidance() {
    JsonPath c =
        given()
            .header("X-API-Key", practitionerKey)
            .contentType(ContentType.JSON)
            .body(Map.of("document_id", "L-TEST"))
            .post("/api/v1/guidance/check")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> contradictions = c.getList("findings.findAll { it.contradiction }");
    List<Object> kinds = contradictions.stream().map(f -> f.get("kind")).toList();
    assertTrue(kinds.containsAll(List.of("timescale", "reference")), contradictions.toString());
    assertFalse(
        contradictions.toString().contains("are invited to every review meeting"),
        "the consistent statement is no contradiction: " + contradictions);
    for (Map<String, Object> f : c.<Map<String, Object>>getList("findings")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> local = (Map<String, Object>) f.get("local");
      assertEquals(
          LOCAL.substring((Integer) local.get("start"), (Integer) local.get("end")),
          local.get("quote"));
    }
  }

  @Test
  void badInputIsA4xx() {
    given()
        .header("X-API-Key", practitionerKey)
        .contentType(ContentType.JSON)
        .body(Map.of("document_id", "G-TEST"))
        .post("/api/v1/guidance/check")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_request"));
    given()
        .header("X-API-Key", practitionerKey)
        .contentType(ContentType.JSON)
        .body(Map.of("document_id", "NOPE"))
        .post("/api/v1/guidance/check")
        .then()
        .statusCode(404);
    given()
        .header("X-API-Key", practitionerKey)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/guidance/check")
        .then()
        .statusCode(400);
    given()
        .header("X-API-Key", practitionerKey)
        .queryParam("q", " ")
        .get("/api/v1/guidance/search")
        .then()
        .statusCode(400);
    given()
        .header("X-API-Key", practitionerKey)
        .queryParam("q", "visits")
        .queryParam("limit", "500")
        .get("/api/v1/guidance/search")
        .then()
        .statusCode(400);
    given()
        .header("X-API-Key", practitionerKey)
        .contentType(ContentType.JSON)
        .body(Map.of("question", "x".repeat(600)))
        .post("/api/v1/guidance/ask")
        .then()
        .statusCode(400);
    upload(ingestKey, "G-BAD", "advisory", STATUTORY)
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_metadata"));
    upload(ingestKey, "bad id!", "local", LOCAL).then().statusCode(400);
    given()
        .header("X-API-Key", ingestKey)
        .multiPart("metadata", "{not json", "application/json")
        .multiPart("file", "x.txt", "text".getBytes(StandardCharsets.UTF_8), "text/plain")
        .post("/api/v1/guidance/documents")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_json"));
    given()
        .header("X-API-Key", ingestKey)
        .multiPart("metadata", "{}", "application/json")
        .post("/api/v1/guidance/documents")
        .then()
        .statusCode(400)
        .body("code", equalTo("missing_file"));
    // Reading is for practitioners; loading for the ingest or admin role.
    upload(practitionerKey, "G-NOT", "statutory", STATUTORY).then().statusCode(403);
    given().get("/api/v1/guidance/documents").then().statusCode(401);
  }
}
