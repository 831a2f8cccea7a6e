package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Questions and summaries of a case over HTTP: answers and summary sentences quote the stored
 * records at the offsets they cite, a fact only a sealed record holds is shown only with the
 * restricted grant (and otherwise leaves no trace), a care leaver's reading masks other people
 * before any sentence is chosen and explains the jargon, a case the caller may not see is an
 * unknown case, bad input is a 400, and every question and summary is audited with what it cites.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class AnswersApiTest {

  private static final String CASE = "CASE-ASK-A";
  private static final String OTHER = "CASE-ASK-B";
  private static boolean seeded;
  private static String sealedKey;
  private static String openKey;
  private static String otherTeamKey;

  static Map<String, Object> rec(
      String id, String type, String title, String date, String text, Map<String, String> person) {
    Map<String, Object> r = Fixtures.record(id, CASE, type, title, date, "Ask Team", text);
    r.put("child", Map.of("id", "C-ASK", "name", "Finn Lowe", "dob", "2012-04-09"));
    r.put("people", List.of(person));
    return r;
  }

  static final Map<String, String> MUM =
      Map.of(
          "name", "Gemma Lowe", "role", "Parent", "relation_to_child", "mother", "kind", "family");
  static final Map<String, String> GP =
      Map.of(
          "name", "Dr Priya Nair", "role", "GP", "relation_to_child", "GP", "kind", "professional");

  @BeforeEach
  void seed() {
    TestAuth.noDefaultCredentials();
    if (seeded) return;
    String ingestKey = TestAuth.key("ask ingest", List.of("ingest"), List.of(), false, false);
    sealedKey = TestAuth.key("ask sealed", List.of("practitioner"), List.of(), true, true);
    openKey = TestAuth.key("ask open", List.of("practitioner"), List.of(), true, false);
    otherTeamKey =
        TestAuth.key(
            "ask other team", List.of("practitioner"), List.of("Nobody Team"), false, false);
    List<Map<String, Object>> records = new ArrayList<>();
    records.add(
        rec(
            "ASK-1",
            "person_record",
            "Person: Dr Priya Nair (GP)",
            "2023-01-11",
            "PERSON RECORD\nName: Dr Priya Nair\nRelationship to child: GP",
            GP));
    records.add(
        rec(
            "ASK-2",
            "case_note",
            "Home visit",
            "2023-03-05",
            "I visited Finn at home. Finn went missing overnight and was found by police the next"
                + " morning; a return home interview was arranged.",
            MUM));
    records.add(
        rec(
            "ASK-3",
            "case_note",
            "Visit",
            "2023-06-20",
            "Finn was reported missing again after he did not come home from school.",
            MUM));
    records.add(
        rec(
            "ASK-4",
            "case_note",
            "Visit",
            "2023-07-01",
            "Finn lives with his mother Gemma Lowe at 4 Elm Road, Sedgebury NV1 2AB. The ICPC was"
                + " held last week.",
            MUM));
    Map<String, Object> sealed =
        rec(
            "ASK-9",
            "cp_plan",
            "Child protection plan",
            "2023-08-02",
            "Finn is subject to a child protection plan under the category of neglect.",
            MUM);
    sealed.put("restricted", true);
    records.add(sealed);
    records.add(
        Fixtures.record(
            "ASK-B1",
            OTHER,
            "person_record",
            "Person: Dr Alan Marsh (GP)",
            "2023-01-01",
            "Other Team",
            "PERSON RECORD\nName: Dr Alan Marsh\nRelationship to child: GP"));
    given()
        .header("X-API-Key", ingestKey)
        .contentType(ContentType.JSON)
        .body(records)
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    seeded = true;
  }

  private static RequestSpecification as(String key) {
    return given().header("X-API-Key", key).contentType(ContentType.JSON);
  }

  private static JsonPath ask(String key, String question) {
    return as(key)
        .body(Map.of("question", question))
        .post("/api/v1/cases/" + CASE + "/ask")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String text(String id) {
    return as(sealedKey).get("/api/v1/records/" + id).then().statusCode(200).extract().path("text");
  }

  @Test
  void answersQuoteTheRecordsTheyCite() {
    JsonPath gp = ask(openKey, "Who is Finn's GP?");
    assertTrue(gp.getBoolean("found"));
    assertEquals("Who is Finn's GP?", gp.getString("question"));
    assertTrue(gp.getString("answer").contains("Dr Priya Nair"), gp.getString("answer"));
    assertEquals(List.of("ASK-1"), gp.getList("citations.record_id"));
    assertEquals("person", gp.getString("understood.asks"));
    assertEquals("GP", gp.getString("understood.relation"));
    JsonPath last = ask(openKey, "When was Finn last reported missing?");
    assertTrue(last.getString("answer").startsWith("20 June 2023: "), last.getString("answer"));
    assertEquals("2023-06-20", last.getString("citations[0].date"));
    assertEquals("case_note", last.getString("citations[0].type"));
    for (JsonPath a : List.of(gp, last)) {
      Map<String, Object> c = a.getMap("citations[0]");
      String quoted =
          text((String) c.get("record_id"))
              .substring((Integer) c.get("start"), (Integer) c.get("end"));
      assertTrue(a.getString("answer").contains(quoted), quoted);
    }
    JsonPath none = ask(openKey, "Who is Finn's youth worker?");
    assertFalse(none.getBoolean("found"));
    assertEquals("", none.getString("answer"));
    assertTrue(none.getList("citations").isEmpty());
  }

  @Test
  void aSealedRecordsFactIsAnsweredOnlyWithTheGrant() {
    String q = "Has Finn ever been subject to a child protection plan?";
    JsonPath granted = ask(sealedKey, q);
    assertTrue(granted.getString("answer").startsWith("Yes. 2 August 2023: "));
    assertEquals(List.of("ASK-9"), granted.getList("citations.record_id"));
    assertEquals(5, granted.getInt("understood.records_searched"));
    String open =
        as(openKey)
            .body(Map.of("question", q))
            .post("/api/v1/cases/" + CASE + "/ask")
            .then()
            .statusCode(200)
            .body("found", equalTo(false))
            .body("understood.records_searched", equalTo(4))
            .extract()
            .asString();
    assertFalse(open.contains("ASK-9"), open);
    assertFalse(open.contains("neglect"), open);
    assertTrue(open.contains("Nothing found: none of the 4 records you may see"), open);
  }

  @Test
  void aCaseTheCallerMayNotSeeIsAnUnknownCase() {
    String forbidden =
        as(otherTeamKey)
            .body(Map.of("question", "Who is Finn's GP?"))
            .post("/api/v1/cases/" + CASE + "/ask")
            .then()
            .statusCode(404)
            .body("code", equalTo("not_found"))
            .extract()
            .path("error");
    String unknown =
        as(otherTeamKey)
            .body(Map.of("question", "Who is Finn's GP?"))
            .post("/api/v1/cases/CASE-NOBODY/ask")
            .then()
            .statusCode(404)
            .extract()
            .path("error");
    assertEquals(unknown.replace("CASE-NOBODY", CASE), forbidden);
    // Another case's GP is never an answer here.
    assertFalse(ask(sealedKey, "Who is Finn's GP?").getString("answer").contains("Alan Marsh"));
  }

  @Test
  void badQuestionsAreA400() {
    for (String body :
        List.of(
            "{}",
            "{\"question\": \"   \"}",
            "{\"question\": null}",
            "{\"question\": \"" + "why ".repeat(200) + "\"}",
            "{\"question\": ",
            "[1, 2]")) {
      as(openKey)
          .body(body)
          .post("/api/v1/cases/" + CASE + "/ask")
          .then()
          .statusCode(400)
          .body("code", anyOf(equalTo("bad_request"), equalTo("bad_json")))
          .body("error", notNullValue());
    }
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("question", "Who is Finn's GP?"))
        .post("/api/v1/cases/" + CASE + "/ask")
        .then()
        .statusCode(401);
  }

  @Test
  void everyQuestionIsAuditedWithWhatItCited() {
    ask(openKey, "Who is Finn's GP?");
    String auditor = TestAuth.key("ask auditor", List.of("auditor"), List.of(), false, false);
    List<Map<String, Object>> events =
        given()
            .header("X-API-Key", auditor)
            .queryParam("case", CASE)
            .queryParam("action", "ask")
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("events");
    assertFalse(events.isEmpty());
    String all = events.toString();
    assertTrue(all.contains("Who is Finn's GP?"), all);
    assertTrue(all.contains("ASK-1"), all);
    assertTrue(all.contains("answered"), all);
  }

  private static JsonPath summary(String key, String... params) {
    RequestSpecification r = as(key);
    for (int i = 0; i + 1 < params.length; i += 2) r = r.queryParam(params[i], params[i + 1]);
    return r.get("/api/v1/cases/" + CASE + "/summary").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void aSummaryIsSectionsOfCitedSentences() {
    JsonPath s = summary(sealedKey);
    assertEquals(CASE, s.getString("case_id"));
    assertEquals(
        List.of("child_and_people", "worries", "strengths", "events", "plan"),
        s.getList("sections.id"));
    List<Map<String, Object>> all = s.getList("sections.sentences.flatten()");
    assertFalse(all.isEmpty());
    for (Map<String, Object> sen : all) {
      String text = text((String) sen.get("record_id"));
      assertEquals(
          text.substring((Integer) sen.get("start"), (Integer) sen.get("end")).strip(),
          sen.get("text"));
    }
    assertTrue(
        s.getList("sections.find { it.id == 'plan' }.sentences.record_id").contains("ASK-9"));
    assertTrue(
        s.getList("sections.find { it.id == 'child_and_people' }.sentences.text")
            .toString()
            .contains("Finn lives with his mother Gemma Lowe"));
    assertEquals(0, s.getInt("withheld_restricted"));
    // Without the grant the sealed plan is not there, nor any trace of it.
    String open =
        as(openKey)
            .get("/api/v1/cases/" + CASE + "/summary")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(open.contains("ASK-9"), open);
    assertFalse(open.contains("neglect"), open);
  }

  @Test
  void aCareLeaversReadingMasksOtherPeopleAndExplainsTheJargon() {
    String body =
        as(sealedKey)
            .queryParam("redact", "true")
            .get("/api/v1/cases/" + CASE + "/summary")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(body.contains("Gemma"), body);
    assertFalse(body.contains("Elm Road"), body);
    assertFalse(body.contains("ASK-9"), "restricted records are withheld: " + body);
    JsonPath s = JsonPath.from(body);
    assertEquals(1, s.getInt("withheld_restricted"));
    List<Map<String, Object>> all = s.getList("sections.sentences.flatten()");
    Map<String, Object> lives =
        all.stream()
            .filter(x -> ((String) x.get("text")).startsWith("Finn lives with his mother"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(body));
    assertTrue(((String) lives.get("text")).contains("[NAME]"), lives.toString());
    // Jargon is explained beside the text, in the reading only.
    List<Map<String, Object>> explained =
        all.stream().filter(x -> !((List<?>) x.get("glossary")).isEmpty()).toList();
    assertFalse(explained.isEmpty(), body);
    assertTrue(explained.toString().contains("RHI"), explained.toString());
    assertFalse(
        summary(sealedKey).getList("sections.sentences.flatten().glossary.flatten()").stream()
            .anyMatch(g -> g != null));
    // Professionals are disclosed: the GP is still an answer in the reading.
    JsonPath gp =
        as(sealedKey)
            .queryParam("redact", "true")
            .body(Map.of("question", "Who is Finn's GP?"))
            .post("/api/v1/cases/" + CASE + "/ask")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(gp.getString("answer").contains("Priya Nair"), gp.getString("answer"));
  }

  @Test
  void badSummaryRequestsAreA400AndAnUnseenCaseA404() {
    as(openKey)
        .queryParam("redact", "maybe")
        .get("/api/v1/cases/" + CASE + "/summary")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_request"));
    as(openKey)
        .queryParam("subject", "Finn Lowe")
        .get("/api/v1/cases/" + CASE + "/summary")
        .then()
        .statusCode(400);
    as(openKey)
        .queryParam("redact", "true")
        .queryParam("subject", "x".repeat(600))
        .get("/api/v1/cases/" + CASE + "/summary")
        .then()
        .statusCode(400);
    as(openKey)
        .queryParam("redact", "yes")
        .body(Map.of("question", "Who is Finn's GP?"))
        .post("/api/v1/cases/" + CASE + "/ask")
        .then()
        .statusCode(400);
    as(otherTeamKey).get("/api/v1/cases/" + CASE + "/summary").then().statusCode(404);
    as(otherTeamKey)
        .queryParam("redact", "true")
        .get("/api/v1/cases/" + CASE + "/summary")
        .then()
        .statusCode(404);
  }
}
