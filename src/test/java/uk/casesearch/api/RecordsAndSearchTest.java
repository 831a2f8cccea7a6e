package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.casesearch.app.engine.Engine;

/**
 * Ingest, read, search, update and delete over real HTTP, H2, Lucene, JVector and the real model.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class RecordsAndSearchTest {

  @org.junit.jupiter.api.BeforeEach
  void credentials() {
    TestAuth.useFullAccess();
  }

  @Inject Engine engine;

  static void ingest(List<Map<String, Object>> records) {
    given()
        .contentType(ContentType.JSON)
        .body(records)
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200)
        .body("rejected.size()", equalTo(0))
        .body("searchable", equalTo(true));
  }

  @Test
  void ingestThenReadBackTheRecordWithItsPeople() {
    ingest(Fixtures.neglectCase("RS-A", "CASE-RS-A"));
    given()
        .get("/api/v1/records/RS-A1")
        .then()
        .statusCode(200)
        .body("id", equalTo("RS-A1"))
        .body("case_id", equalTo("CASE-RS-A"))
        .body("child.dob", equalTo("2014-05-01"))
        .body("date", equalTo("2024-01-10"))
        .body("text", containsString("no food in the cupboards"))
        .body("people[0].relation_to_child", equalTo("mother"))
        .body("people[1].kind", equalTo("professional"));
  }

  @Test
  void unchangedResubmissionDoesNoEmbeddingWork() {
    List<Map<String, Object>> records = Fixtures.neglectCase("RS-B", "CASE-RS-B");
    ingest(records);
    long embedded = engine.embeddedCount();
    given()
        .contentType(ContentType.JSON)
        .body(records)
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(0))
        .body("unchanged", equalTo(records.size()));
    assertEquals(
        embedded, engine.embeddedCount(), "an unchanged record must not be embedded again");
  }

  @Test
  void aQueryWithNoSharedWordFindsTheRecordByMeaning() {
    ingest(Fixtures.neglectCase("RS-C", "CASE-RS-C"));
    for (String mode : List.of("vector", "hybrid")) {
      for (String q : List.of("instances of neglect", "hungry unwashed youngsters")) {
        given()
            .queryParam("q", q)
            .queryParam("case", "CASE-RS-C")
            .queryParam("mode", mode)
            .get("/api/v1/search")
            .then()
            .statusCode(200)
            .body("hits[0].id", equalTo("RS-C1"));
      }
    }
    // No record contains "neglect" or "instances": BM25 finds it only through the concept
    // lexicon, which expands the query with how records describe neglect, and says so.
    given()
        .queryParam("q", "instances of neglect")
        .queryParam("case", "CASE-RS-C")
        .queryParam("mode", "bm25")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits[0].id", equalTo("RS-C1"))
        .body("understood.concepts", equalTo(List.of("neglect")));
  }

  @Test
  void hitsCarryMetadataSnippetHighlightsAndExplain() {
    ingest(Fixtures.neglectCase("RS-D", "CASE-RS-D"));
    given()
        .queryParam("q", "safety plan grandmother")
        .queryParam("case", "CASE-RS-D")
        .queryParam("explain", "true")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("query", equalTo("safety plan grandmother"))
        .body("took_ms", notNullValue())
        .body("hits[0].id", equalTo("RS-D3"))
        .body("hits[0].case_id", equalTo("CASE-RS-D"))
        .body("hits[0].child_id", equalTo("child-CASE-RS-D"))
        .body("hits[0].type", equalTo("safety_plan"))
        .body("hits[0].title", equalTo("Safety plan"))
        .body("hits[0].date", equalTo("2024-03-01"))
        .body("hits[0].snippet", containsString("<mark>Grandmother</mark>"))
        .body("hits[0].explain.bm25_rank", equalTo(1))
        .body("hits[0].explain.vector_rank", notNullValue())
        .body("hits[0].score", greaterThan(0f));
    given()
        .queryParam("q", "safety plan")
        .queryParam("case", "CASE-RS-D")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits[0].explain", nullValue());
  }

  @Test
  void filtersApplyInsideRetrieval() {
    ingest(Fixtures.neglectCase("RS-E", "CASE-RS-E"));
    ingest(Fixtures.neglectCase("RS-F", "CASE-RS-F"));
    given()
        .queryParam("q", "visit")
        .queryParam("case", "CASE-RS-E")
        .queryParam("limit", "100")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.case_id", everyItem(equalTo("CASE-RS-E")))
        .body("hits.size()", greaterThan(0));
    given()
        .queryParam("q", "visit")
        .queryParam("child", "child-CASE-RS-F")
        .queryParam("limit", "100")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.child_id", everyItem(equalTo("child-CASE-RS-F")))
        .body("hits.size()", greaterThan(0));
    given()
        .queryParam("q", "report")
        .queryParam("case", "CASE-RS-E")
        .queryParam("type", "school_report")
        .queryParam("type", "health_report")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.id", org.hamcrest.Matchers.containsInAnyOrder("RS-E2", "RS-E4"));
    given()
        .queryParam("q", "home")
        .queryParam("case", "CASE-RS-E")
        .queryParam("from", "2024-02-15")
        .queryParam("to", "2024-03-01")
        .queryParam("limit", "100")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.date", everyItem(org.hamcrest.Matchers.oneOf("2024-02-15", "2024-03-01")));
    given()
        .queryParam("q", "boiler")
        .queryParam("team", "Assessment Team")
        .queryParam("case", "CASE-RS-F")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.id", equalTo(List.of("RS-F6")));
    Map<String, Object> body =
        Map.of("q", "visit", "case", "CASE-RS-F", "type", List.of("case_note"), "limit", 50);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.type", everyItem(equalTo("case_note")))
        .body("hits.id", hasItem("RS-F1"));
  }

  @Test
  void filtersOnAttributesSomeRecordsLackAreNotErrors() {
    given()
        .contentType("application/json")
        .body(
            "[{\"id\":\"BARE-1\",\"case_id\":\"CASE-BARE\",\"text\":\"A visit with no type, team or child.\"},"
                + "{\"id\":\"BARE-2\",\"case_id\":\"CASE-BARE\",\"type\":\"case_note\",\"team\":\"Team B\","
                + "\"text\":\"A visit note with a type and a team.\"}]")
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    for (String[] filter : new String[][] {{"type", "case_note"}, {"team", "Team B"}}) {
      given()
          .queryParam("q", "visit")
          .queryParam("case", "CASE-BARE")
          .queryParam(filter[0], filter[1])
          .get("/api/v1/search")
          .then()
          .statusCode(200)
          .body("hits.id", equalTo(List.of("BARE-2")));
    }
    given()
        .queryParam("q", "visit")
        .queryParam("case", "CASE-BARE")
        .queryParam("child", "K-9")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.size()", equalTo(0));
    // A record type named in the query, over records some of which have none.
    given()
        .queryParam("q", "case notes about a visit")
        .queryParam("case", "CASE-BARE")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits[0].id", equalTo("BARE-2"));
  }

  @Test
  void aDateInTheQueryBecomesADateFilter() {
    ingest(Fixtures.neglectCase("RS-J", "CASE-RS-J"));
    given()
        .queryParam("q", "check-ups in 2023")
        .queryParam("case", "CASE-RS-J")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.id", equalTo(List.of("RS-J4")))
        .body("understood.searched", equalTo("check-ups"))
        .body("understood.date_phrase", equalTo("in 2023"))
        .body("understood.from", equalTo("2023-01-01"))
        .body("understood.to", equalTo("2023-12-31"));
    given()
        .queryParam("q", "home visits between January 2024 and March 2024")
        .queryParam("case", "CASE-RS-J")
        .queryParam("limit", "100")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body(
            "hits.date",
            everyItem(org.hamcrest.Matchers.oneOf("2024-01-10", "2024-02-15", "2024-03-01")));
    // An explicit range wins over the words, which are then searched as typed.
    given()
        .queryParam("q", "check-ups in 2023")
        .queryParam("case", "CASE-RS-J")
        .queryParam("from", "2024-01-01")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("understood.date_phrase", nullValue())
        .body("understood.searched", equalTo("check-ups in 2023"))
        .body("hits.id", not(hasItem("RS-J4")));
  }

  @Test
  void pagingIsStableAndDisjoint() {
    ingest(Fixtures.neglectCase("RS-G", "CASE-RS-G"));
    List<String> all =
        given()
            .queryParam("q", "children home school")
            .queryParam("case", "CASE-RS-G")
            .queryParam("limit", "6")
            .get("/api/v1/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("hits.id", String.class);
    List<String> first =
        given()
            .queryParam("q", "children home school")
            .queryParam("case", "CASE-RS-G")
            .queryParam("limit", "3")
            .get("/api/v1/search")
            .then()
            .extract()
            .jsonPath()
            .getList("hits.id", String.class);
    List<String> second =
        given()
            .queryParam("q", "children home school")
            .queryParam("case", "CASE-RS-G")
            .queryParam("limit", "3")
            .queryParam("offset", "3")
            .get("/api/v1/search")
            .then()
            .extract()
            .jsonPath()
            .getList("hits.id", String.class);
    assertEquals(all.subList(0, 3), first);
    assertEquals(all.subList(3, all.size()), second);
  }

  @Test
  void updatingTextReindexesAndDeletingRemovesEverywhere() {
    List<Map<String, Object>> records = Fixtures.neglectCase("RS-H", "CASE-RS-H");
    ingest(records);
    Map<String, Object> changed = new java.util.HashMap<>(records.get(5));
    changed.put(
        "text", "The family moved to a caravan park on the coast after the eviction notice.");
    ingest(List.of(changed));
    given()
        .queryParam("q", "boiler")
        .queryParam("case", "CASE-RS-H")
        .queryParam("mode", "bm25")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.id", not(hasItem("RS-H6")));
    given()
        .queryParam("q", "caravan eviction")
        .queryParam("case", "CASE-RS-H")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits[0].id", equalTo("RS-H6"));

    given().delete("/api/v1/records/RS-H6?wait=true").then().statusCode(204);
    given().get("/api/v1/records/RS-H6").then().statusCode(404).body("code", equalTo("not_found"));
    for (String mode : List.of("bm25", "vector", "hybrid")) {
      given()
          .queryParam("q", "caravan eviction")
          .queryParam("case", "CASE-RS-H")
          .queryParam("mode", mode)
          .get("/api/v1/search")
          .then()
          .statusCode(200)
          .body("hits.id", not(hasItem("RS-H6")));
    }
    assertTrue(
        !engine.textIndex().recordHashes().containsKey("RS-H6")
            && !engine.vectorIndex().recordHashes().containsKey("RS-H6"));
    given().delete("/api/v1/records/RS-H6").then().statusCode(404);
  }

  @Test
  void ndjsonKeepsTheValidPartOfABatch() {
    String ndjson =
        """
        {"id":"RS-N1","case_id":"CASE-RS-N","text":"Core group meeting held at school."}
        {"id":"RS-N2","case_id":"CASE-RS-N","text":"x","date":"31/12/2024"}
        {not json at all
        {"case_id":"CASE-RS-N","text":"no id here"}
        {"id":"RS-N3","case_id":"CASE-RS-N","text":"Return home interview completed."}
        """;
    given()
        .contentType("application/x-ndjson")
        .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(2))
        .body("rejected.index", equalTo(List.of(1, 2, 3)))
        .body("rejected[0].id", equalTo("RS-N2"))
        .body("rejected[0].error", containsString("date must be an ISO date"))
        .body("rejected[1].error", containsString("malformed JSON"))
        .body("rejected[2].error", containsString("id is required"));
    given().get("/api/v1/records/RS-N3").then().statusCode(200);
  }

  @Test
  void readinessIsUpWhenIndexesAndModelAreLoaded() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'engine' }.data.model", containsString("bge-small"));
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/search"));
  }
}
