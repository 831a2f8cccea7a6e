package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The eco-map and the chronology over HTTP: built from the stored records, trimmed to what the
 * caller may see (a person or event only a sealed record holds is absent without the grant), 404
 * for a case the caller may not see exactly as for an unknown one, every view audited, bad input a
 * 400, and updates and deletes reflected.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class InsightApiTest {

  private static final String CASE = "CASE-ECO-A";
  private static final String OTHER = "CASE-ECO-B";
  private static boolean seeded;
  private static String ingestKey;
  private static String sealedKey;
  private static String openKey;
  private static String otherTeamKey;

  static Map<String, Object> rec(
      String id,
      String type,
      String title,
      String date,
      String text,
      List<Map<String, String>> people) {
    Map<String, Object> r = Fixtures.record(id, CASE, type, title, date, "Eco Team", text);
    r.put("child", Map.of("id", "C-ECO", "name", "Lily Moss", "dob", "2015-03-01"));
    r.put("people", people);
    return r;
  }

  static Map<String, String> person(String name, String relation, String kind) {
    return Map.of("name", name, "role", relation, "relation_to_child", relation, "kind", kind);
  }

  static final Map<String, String> MUM = person("Kerry Moss", "mother", "family");
  static final Map<String, String> PARTNER = person("Dean Platt", "step-father", "family");
  static final Map<String, String> GRAN = person("Sandra Moss", "maternal grandmother", "family");
  static final Map<String, String> FRIEND = person("Tom Hurst", "family friend", "community");

  static Map<String, Object> missingVisit(String text) {
    return rec("ECO-5", "case_note", "Visit", "2024-05-02", text, List.of(MUM));
  }

  @BeforeEach
  void seed() {
    TestAuth.noDefaultCredentials();
    if (seeded) return;
    ingestKey = TestAuth.key("eco ingest", List.of("ingest"), List.of(), false, false);
    sealedKey = TestAuth.key("eco sealed", List.of("practitioner"), List.of(), true, true);
    openKey = TestAuth.key("eco open", List.of("practitioner"), List.of(), true, false);
    otherTeamKey =
        TestAuth.key(
            "eco other team", List.of("practitioner"), List.of("Nobody Team"), false, false);
    List<Map<String, Object>> records = new ArrayList<>();
    records.add(
        rec(
            "ECO-1",
            "police_notification",
            "Police notification",
            "2024-01-05",
            "Police attended after a 999 call from a neighbour. Dean Platt was arrested at the scene on suspicion"
                + " of assault. Dean had punched Ms Moss during an argument about money.",
            List.of(MUM, PARTNER)));
    records.add(
        rec(
            "ECO-2",
            "case_note",
            "Home visit",
            "2024-01-07",
            "I visited Lily and Mum at home. Mum said the domestic abuse has got worse and Dean punched her on"
                + " Friday. Lily said she goes to Gran when the shouting starts.",
            List.of(MUM, PARTNER, GRAN)));
    records.add(
        rec(
            "ECO-3",
            "safety_plan",
            "Safety plan",
            "2024-02-10",
            "SAFETY PLAN\nSafety network: Sandra Moss (maternal grandmother), Tom Hurst (family friend)",
            List.of(MUM, GRAN, FRIEND)));
    records.add(
        rec(
            "ECO-4",
            "cp_conference",
            "Initial child protection conference",
            "2024-03-01",
            "Dean Platt assaulted Ms Moss in January and was arrested; he was bailed.",
            List.of(MUM, PARTNER)));
    records.add(
        missingVisit(
            "Lily went missing overnight and was found by police the next morning. Lily did not return home"
                + " until 10am."));
    Map<String, Object> sealed =
        rec(
            "ECO-9",
            "case_note",
            "Sealed note",
            "2024-07-01",
            "Quentin Vale was arrested for assault after he punched a neighbour; he was bailed.",
            List.of(person("Quentin Vale", "birth father", "family")));
    sealed.put("restricted", true);
    records.add(sealed);
    records.add(
        Fixtures.record(
            "ECO-B1", OTHER, "case_note", "Visit", "2024-01-01", "Other Team", "A quiet visit."));
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
    return given().header("X-API-Key", key);
  }

  private static JsonPath ecomap(String key) {
    return as(key)
        .get("/api/v1/cases/" + CASE + "/ecomap")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath chronology(String key, String... params) {
    RequestSpecification r = as(key);
    for (int i = 0; i + 1 < params.length; i += 2) r = r.queryParam(params[i], params[i + 1]);
    return r.get("/api/v1/cases/" + CASE + "/chronology")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void ecoMapNodesAreThePeopleOfTheCase() {
    JsonPath m = ecomap(sealedKey);
    assertEquals(CASE, m.getString("case_id"));
    assertEquals("Lily Moss", m.getString("child.name"));
    assertEquals("2015-03-01", m.getString("child.dob"));
    List<String> names = m.getList("nodes.name");
    assertTrue(
        names.containsAll(
            List.of("Kerry Moss", "Dean Platt", "Sandra Moss", "Tom Hurst", "Quentin Vale")),
        names.toString());
    assertEquals("risk", m.getString("nodes.find { it.name == 'Dean Platt' }.stance"));
    assertEquals("protective", m.getString("nodes.find { it.name == 'Sandra Moss' }.stance"));
    assertTrue(
        m.getList("nodes.find { it.name == 'Sandra Moss' }.records").contains("ECO-2"),
        "'Gran' is Sandra Moss");
    List<String> edgeTargets = m.getList("edges.findAll { it.from == 'child' }.to");
    assertEquals(m.getList("nodes.id"), edgeTargets);
    // Each evidence sentence is the record's text at its offsets.
    List<Map<String, Object>> evidence =
        m.getList("nodes.find { it.name == 'Dean Platt' }.evidence");
    assertFalse(evidence.isEmpty());
    for (Map<String, Object> e : evidence) {
      String text =
          as(sealedKey)
              .get("/api/v1/records/" + e.get("record_id"))
              .then()
              .statusCode(200)
              .extract()
              .path("text");
      assertEquals(
          text.substring((Integer) e.get("start"), (Integer) e.get("end")), e.get("sentence"));
    }
  }

  @Test
  void withoutTheRestrictedGrantTheSealedPersonAndEventLeaveNoTrace() {
    String map =
        as(openKey)
            .get("/api/v1/cases/" + CASE + "/ecomap")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(map.contains("Quentin"), map);
    assertFalse(map.contains("ECO-9"), map);
    String chron =
        as(openKey)
            .get("/api/v1/cases/" + CASE + "/chronology")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(chron.contains("ECO-9"), chron);
    assertTrue(
        as(sealedKey).get("/api/v1/cases/" + CASE + "/chronology").asString().contains("ECO-9"));
  }

  @Test
  void aCaseTheCallerMayNotSeeIsAnUnknownCase() {
    for (String path : List.of("ecomap", "chronology")) {
      String forbidden =
          as(otherTeamKey)
              .get("/api/v1/cases/" + CASE + "/" + path)
              .then()
              .statusCode(404)
              .body("code", equalTo("not_found"))
              .extract()
              .path("error");
      String unknown =
          as(otherTeamKey)
              .get("/api/v1/cases/CASE-NOBODY/" + path)
              .then()
              .statusCode(404)
              .extract()
              .path("error");
      assertEquals(unknown.replace("CASE-NOBODY", CASE), forbidden);
      as(sealedKey).get("/api/v1/cases/CASE-NOBODY/" + path).then().statusCode(404);
    }
  }

  @Test
  void chronologyRowsAreDatedCitedAndMerged() {
    JsonPath c = chronology(sealedKey);
    List<Map<String, Object>> rows = c.getList("rows");
    Map<String, Object> da =
        rows.stream()
            .filter(r -> "domestic_abuse".equals(r.get("category")))
            .findFirst()
            .orElseThrow();
    assertEquals("2024-01-05", da.get("date"));
    assertEquals("8y 10m", da.get("age"));
    assertEquals(
        List.of("ECO-1", "ECO-2"),
        c.getList("rows.find { it.category == 'domestic_abuse' }.sources.record_id"));
    assertEquals(
        "child_protection_conference",
        c.getString("rows.find { it.sources[0].record_id == 'ECO-4' }.milestone"));
    assertEquals(1, rows.stream().filter(r -> "missing".equals(r.get("category"))).count());
    JsonPath only = chronology(sealedKey, "category", "missing");
    assertEquals(List.of("missing"), only.getList("rows.category"));
    JsonPath spring = chronology(sealedKey, "from", "2024-02-01", "to", "2024-04-30");
    assertEquals(List.of("2024-03-01"), spring.getList("rows.date"));
  }

  @Test
  void exportsAndDrawing() throws Exception {
    String csv =
        as(sealedKey)
            .queryParam("format", "csv")
            .get("/api/v1/cases/" + CASE + "/chronology")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    assertTrue(
        csv.startsWith("date,age,category,milestone,description,significance,sources\r\n"), csv);
    assertTrue(csv.contains("ECO-1 (Police notification); ECO-2 (Home visit)"), csv);
    byte[] pdf =
        as(sealedKey)
            .queryParam("format", "pdf")
            .get("/api/v1/cases/" + CASE + "/chronology")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String svg =
        as(sealedKey)
            .queryParam("format", "svg")
            .get("/api/v1/cases/" + CASE + "/ecomap")
            .then()
            .statusCode(200)
            .contentType("image/svg+xml")
            .extract()
            .asString();
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getNodeName());
    assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().contains("Dean Platt"));
  }

  @Test
  void badInputIsA400() {
    as(sealedKey)
        .queryParam("format", "gif")
        .get("/api/v1/cases/" + CASE + "/ecomap")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_request"));
    as(sealedKey)
        .queryParam("format", "docx!")
        .get("/api/v1/cases/" + CASE + "/chronology")
        .then()
        .statusCode(400);
    as(sealedKey)
        .queryParam("category", "tea_parties")
        .get("/api/v1/cases/" + CASE + "/chronology")
        .then()
        .statusCode(400)
        .body("error", startsWith("category must be one of"));
    as(sealedKey)
        .queryParam("from", "2024-05-01")
        .queryParam("to", "2024-01-01")
        .get("/api/v1/cases/" + CASE + "/chronology")
        .then()
        .statusCode(400);
    as(sealedKey)
        .queryParam("from", "01/05/2024")
        .get("/api/v1/cases/" + CASE + "/chronology")
        .then()
        .statusCode(400);
    given().get("/api/v1/cases/" + CASE + "/ecomap").then().statusCode(401);
  }

  @Test
  void updatesAndDeletesAreReflected() {
    given()
        .header("X-API-Key", ingestKey)
        .contentType(ContentType.JSON)
        .body(List.of(missingVisit("A calm visit. Lily showed me her drawings.")))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    try {
      assertEquals(0, chronology(sealedKey, "category", "missing").getList("rows").size());
      given()
          .header("X-API-Key", ingestKey)
          .delete("/api/v1/records/ECO-3?wait=true")
          .then()
          .statusCode(204);
      assertFalse(ecomap(sealedKey).getList("nodes.name").contains("Tom Hurst"));
    } finally {
      List<Map<String, Object>> back = new ArrayList<>();
      back.add(
          missingVisit(
              "Lily went missing overnight and was found by police the next morning. Lily did not return home until 10am."));
      back.add(
          rec(
              "ECO-3",
              "safety_plan",
              "Safety plan",
              "2024-02-10",
              "SAFETY PLAN\nSafety network: Sandra Moss (maternal grandmother), Tom Hurst (family friend)",
              List.of(MUM, GRAN, FRIEND)));
      given()
          .header("X-API-Key", ingestKey)
          .contentType(ContentType.JSON)
          .body(back)
          .post("/api/v1/records?wait=true")
          .then()
          .statusCode(200);
    }
    assertTrue(ecomap(sealedKey).getList("nodes.name").contains("Tom Hurst"));
  }

  @Test
  void everyViewIsAudited() {
    ecomap(sealedKey);
    String auditor = TestAuth.key("eco auditor", List.of("auditor"), List.of(), false, false);
    List<Map<String, Object>> events =
        as(auditor)
            .queryParam("case", CASE)
            .queryParam("action", "view.ecomap")
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("events");
    assertFalse(events.isEmpty());
    assertTrue(events.toString().contains("ECO-1"), events.toString());
  }
}
