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
 * Questions to a case over HTTP: answers quote the stored records at the offsets they cite, a fact
 * only a sealed record holds is answered only with the restricted grant (and otherwise leaves no
 * trace), a case the caller may not see is an unknown case, bad questions are a 400, and every
 * question is audited with the records its answer cites.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class AskApiTest {

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
                + " morning.",
            MUM));
    records.add(
        rec(
            "ASK-3",
            "case_note",
            "Visit",
            "2023-06-20",
            "Finn was reported missing again after he did not come home from school.",
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
    assertEquals(4, granted.getInt("understood.records_searched"));
    String open =
        as(openKey)
            .body(Map.of("question", q))
            .post("/api/v1/cases/" + CASE + "/ask")
            .then()
            .statusCode(200)
            .body("found", equalTo(false))
            .body("understood.records_searched", equalTo(3))
            .extract()
            .asString();
    assertFalse(open.contains("ASK-9"), open);
    assertFalse(open.contains("neglect"), open);
    assertTrue(open.contains("Nothing found: none of the 3 records you may see"), open);
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
}
