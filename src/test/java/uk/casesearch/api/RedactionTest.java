package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redacted views and subject access exports over real HTTP, on records built with known personal
 * data.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class RedactionTest {

  private static final String CASE = "CASE-REDACT";
  private static final String NOTE =
      "Home visit. Jo Parent said Darren Kitchener has moved back in. Darren's number is 07700 900123 and his e-mail"
          + " is darren.k@example.com. He lives at 14 Oakfield Road, LS1 4AP. Mum's NHS number 943 476 5919, NI number"
          + " AB 12 34 56 C, DOB 12/03/1990. Jamie Parent was calm. Dr Amira Lee will review Jamie on 2024-04-02.";
  private static boolean seeded;
  private static String reader;

  @BeforeEach
  void seed() {
    TestAuth.noDefaultCredentials();
    if (seeded) return;
    String writer = TestAuth.key("redact writer", List.of("ingest"), List.of(), true, true);
    reader = TestAuth.key("redact reader", List.of("practitioner"), List.of(), true, true);
    List<Map<String, Object>> records = new ArrayList<>();
    Map<String, Object> note =
        Fixtures.record(
            "REDACT-1", CASE, "case_note", "Visit with Jo Parent", "2024-03-01", "T", NOTE);
    note.put("child", Map.of("id", "child-redact", "name", "Jamie Parent", "dob", "2016-02-01"));
    note.put(
        "people",
        List.of(
            Map.of(
                "name",
                "Jo Parent",
                "role",
                "Parent",
                "relation_to_child",
                "mother",
                "kind",
                "family"),
            Map.of(
                "name",
                "Darren Kitchener",
                "role",
                "Partner",
                "relation_to_child",
                "mother's partner",
                "kind",
                "family"),
            Map.of(
                "name",
                "Dr Amira Lee",
                "role",
                "GP",
                "relation_to_child",
                "GP",
                "kind",
                "professional")));
    records.add(note);
    Map<String, Object> later =
        Fixtures.record(
            "REDACT-2",
            CASE,
            "case_note",
            "Phone call",
            "2024-04-10",
            "T",
            "Darren Kitchener phoned to complain. Jo was present.");
    later.put("child", note.get("child"));
    later.put("people", List.of());
    records.add(later);
    Map<String, Object> sealed =
        Fixtures.record(
            "REDACT-3", CASE, "court_order", "Adoption order", "2024-05-01", "T", "Sealed order.");
    sealed.put("child", note.get("child"));
    sealed.put("restricted", true);
    records.add(sealed);
    given()
        .header("X-API-Key", writer)
        .contentType(ContentType.JSON)
        .body(records)
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    seeded = true;
  }

  @Test
  void aRedactedRecordMasksThirdPartiesAndLogsWhatWasMasked() {
    Response r = given().header("X-API-Key", reader).get("/api/v1/records/REDACT-1?redact=true");
    r.then().statusCode(200);
    String text = r.path("text");
    for (String secret :
        List.of(
            "Jo Parent",
            "Darren",
            "Kitchener",
            "07700 900123",
            "darren.k@example.com",
            "14 Oakfield Road",
            "LS1 4AP",
            "943 476 5919",
            "AB 12 34 56 C",
            "12/03/1990")) {
      assertFalse(text.contains(secret), secret + " survived redaction: " + text);
    }
    assertTrue(text.contains("Jamie Parent was calm"), "the subject's own name stays: " + text);
    assertTrue(
        text.contains("Dr Amira Lee will review Jamie on 2024-04-02"),
        "professionals and ordinary dates stay: " + text);
    assertEquals("Visit with [NAME]", r.path("title"));
    List<String> names = r.path("people.name");
    assertEquals(List.of("[NAME]", "[NAME]", "Dr Amira Lee"), names);
    List<String> classes = r.path("redactions.data_class");
    assertTrue(
        classes.containsAll(
            Set.of(
                "PERSON_NAME",
                "PHONE",
                "EMAIL",
                "ADDRESS",
                "POSTCODE",
                "NHS_NUMBER",
                "NI_NUMBER",
                "DATE_OF_BIRTH")),
        classes.toString());
    assertFalse(
        r.asString().contains("Kitchener"),
        "nothing in the answer names a third party, the log included");
  }

  @Test
  void namesListedOnOtherRecordsOfTheCaseAreMaskedToo() {
    given()
        .header("X-API-Key", reader)
        .get("/api/v1/records/REDACT-2?redact=true")
        .then()
        .statusCode(200)
        .body("text", equalTo("[NAME] phoned to complain. [NAME] was present."));
  }

  @Test
  void anotherSubjectGetsTheChildMasked() {
    given()
        .header("X-API-Key", reader)
        .queryParam("redact", true)
        .queryParam("subject", "Jo Parent")
        .get("/api/v1/records/REDACT-1")
        .then()
        .statusCode(200)
        .body("text", containsString("[NAME] was calm"))
        .body("title", equalTo("Visit with Jo Parent"));
  }

  @Test
  void theSubjectAccessExportHoldsEveryVisibleRecordRedactedAndWithholdsRestrictedOnes()
      throws Exception {
    Response json =
        given().header("X-API-Key", reader).get("/api/v1/cases/" + CASE + "/subject-access");
    json.then()
        .statusCode(200)
        .body("subject", equalTo("Jamie Parent"))
        .body("records.id", equalTo(List.of("REDACT-1", "REDACT-2")))
        .body("withheld_restricted", equalTo(1))
        .body("summary.PERSON_NAME", org.hamcrest.Matchers.greaterThan(3));
    assertFalse(json.asString().contains("Kitchener"));
    byte[] pdf =
        given()
            .header("X-API-Key", reader)
            .queryParam("format", "pdf")
            .get("/api/v1/cases/" + CASE + "/subject-access")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Jamie Parent was calm"), text);
      assertTrue(text.contains("[NAME] phoned to complain"), text);
      assertFalse(text.contains("Kitchener") || text.contains("07700"), text);
      assertFalse(text.contains("Sealed order"), "restricted records are withheld");
    }
    given()
        .header("X-API-Key", reader)
        .queryParam("format", "docx")
        .get("/api/v1/cases/" + CASE + "/subject-access")
        .then()
        .statusCode(400)
        .body("error", containsString("json or pdf"));
  }

  @Test
  void exportsFollowPermissionsAndAreAudited() {
    String outsider =
        TestAuth.key("redact outsider", List.of("practitioner"), List.of("Nobody"), false, false);
    String missing =
        given()
            .header("X-API-Key", outsider)
            .get("/api/v1/cases/" + CASE + "/subject-access")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    String none =
        given()
            .header("X-API-Key", outsider)
            .get("/api/v1/cases/NO-SUCH-CASE/subject-access")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertEquals(none.replace("NO-SUCH-CASE", "X"), missing.replace(CASE, "X"));
    given()
        .header("X-API-Key", outsider)
        .get("/api/v1/records/REDACT-1?redact=true")
        .then()
        .statusCode(404);
    given()
        .header("X-API-Key", reader)
        .get("/api/v1/cases/" + CASE + "/subject-access")
        .then()
        .statusCode(200);
    String auditor = TestAuth.key("redact auditor", List.of("auditor"), List.of(), false, false);
    given()
        .header("X-API-Key", auditor)
        .queryParam("case", CASE)
        .queryParam("action", "export.subject-access")
        .queryParam("limit", 1000)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("events.detail", hasItem(containsString("REDACT-1")))
        .body("events.detail", not(hasItem(containsString("Kitchener"))));
  }
}
