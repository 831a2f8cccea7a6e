package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The permission matrix over real indexes: who sees which case and which restricted record, by
 * search (every mode, through filters and paging), by id, by original file, and which roles open
 * which endpoints. A record a caller may not see must be indistinguishable from one that does not
 * exist.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class PermissionsTest {

  private static final String CASE_A = "CASE-PERM-A";
  private static final String CASE_B = "CASE-PERM-B";
  private static final String TEAM_A = "Perm Team A";

  /** A word only the restricted record holds. */
  private static final String SEALED_WORD = "zephyrinequartz";

  /** A word the unrestricted records of both cases hold. */
  private static final String SHARED_WORD = "marmalade";

  private static boolean seeded;
  private static String ingestKey;
  private static String fullKey;

  @BeforeEach
  void seed() {
    TestAuth.noDefaultCredentials();
    if (seeded) return;
    ingestKey = TestAuth.key("perm ingest", List.of("ingest"), List.of(), false, false);
    fullKey =
        TestAuth.key("perm all cases restricted", List.of("practitioner"), List.of(), true, true);
    List<Map<String, Object>> records = new ArrayList<>();
    for (String c : List.of(CASE_A, CASE_B)) {
      for (int i = 1; i <= 4; i++) {
        records.add(
            Fixtures.record(
                c + "-R" + i,
                c,
                "case_note",
                "Visit " + i,
                "2024-0" + i + "-10",
                "Perm Team",
                "Home visit number "
                    + i
                    + ". The children had toast and "
                    + SHARED_WORD
                    + " for breakfast and the home was warm."));
      }
    }
    // A person only case B names, for suggestions.
    records
        .get(4)
        .put(
            "people",
            List.of(
                Map.of(
                    "name",
                    "Perpetua Quillfeather",
                    "role",
                    "Aunt",
                    "relation_to_child",
                    "aunt",
                    "kind",
                    "family")));
    Map<String, Object> sealed =
        Fixtures.record(
            CASE_A + "-SEALED",
            CASE_A,
            "court_order",
            "Adoption order",
            "2024-05-01",
            "Perm Team",
            "Sealed adoption order. The birth family name is "
                + SEALED_WORD
                + " and "
                + SHARED_WORD
                + " was mentioned.");
    sealed.put("restricted", true);
    records.add(sealed);
    given()
        .header("X-API-Key", ingestKey)
        .contentType(ContentType.JSON)
        .body(records)
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(records.size()));
    TestAuth.grant(CASE_A, List.of(TEAM_A), List.of("bob"), List.of("rita"));
    seeded = true;
  }

  private static RequestSpecification asUser(String user, Set<String> teams) {
    return given()
        .header("Authorization", "Bearer " + TestAuth.token(user, Set.of("practitioner"), teams));
  }

  private static RequestSpecification asKey(String key) {
    return given().header("X-API-Key", key);
  }

  /** Every record id the caller finds for a query, paging through all results, in one mode. */
  private static Set<String> found(
      RequestSpecification who, String q, String mode, String... filter) {
    Set<String> ids = new HashSet<>();
    int offset = 0;
    int total;
    do {
      RequestSpecification r =
          who.queryParam("q", q)
              .queryParam("mode", mode)
              .queryParam("limit", 4)
              .queryParam("offset", offset);
      for (int i = 0; i + 1 < filter.length; i += 2) r = r.queryParam(filter[i], filter[i + 1]);
      Response resp = r.get("/api/v1/search");
      resp.then().statusCode(200);
      total = resp.path("total");
      List<String> page = resp.path("hits.id");
      List<String> snippets = resp.path("hits.snippet");
      for (String s : snippets)
        assertFalse(
            s.contains(SEALED_WORD) && !page.contains(CASE_A + "-SEALED"),
            "a snippet leaked sealed text");
      ids.addAll(page);
      offset += 4;
      if (page.isEmpty()) break;
      who = reuse(who);
    } while (offset < total);
    assertEquals(total, ids.size(), "the total must count exactly the records the caller may see");
    return ids;
  }

  /** RestAssured specifications are single-use once sent: rebuild one with the same credentials. */
  private static RequestSpecification reuse(RequestSpecification spec) {
    io.restassured.specification.FilterableRequestSpecification f =
        (io.restassured.specification.FilterableRequestSpecification) spec;
    RequestSpecification fresh = given();
    f.getHeaders()
        .forEach(
            h -> {
              if (h.getName().equals("Authorization") || h.getName().equals("X-API-Key"))
                fresh.header(h.getName(), h.getValue());
            });
    return fresh;
  }

  private static Set<String> ids(String c, int... n) {
    Set<String> out = new HashSet<>();
    for (int i : n) out.add(c + "-R" + i);
    return out;
  }

  @Test
  void eachPrincipalSeesExactlyItsCasesInEveryMode() {
    Set<String> caseAOpen = ids(CASE_A, 1, 2, 3, 4);
    Set<String> caseBOpen = ids(CASE_B, 1, 2, 3, 4);
    Set<String> both = new HashSet<>(caseAOpen);
    both.addAll(caseBOpen);
    Set<String> everything = new HashSet<>(both);
    everything.add(CASE_A + "-SEALED");
    String allCasesKey =
        TestAuth.key("perm all cases", List.of("practitioner"), List.of(), true, false);
    for (String mode : List.of("bm25", "hybrid", "vector")) {
      // The team filter keeps the dense ranking to this test's records: the index is shared with
      // other tests.
      String q = mode.equals("vector") ? "children had breakfast at home" : SHARED_WORD;
      Set<String> caseAWithSealed = new HashSet<>(caseAOpen);
      caseAWithSealed.add(CASE_A + "-SEALED");
      assertEquals(
          Set.of(),
          within(
              found(asUser("nina", Set.of("Other Team")), q, mode, "team", "Perm Team"),
              everything),
          mode + ": no access");
      assertEquals(
          caseAOpen,
          within(found(asUser("tess", Set.of(TEAM_A)), q, mode, "team", "Perm Team"), everything),
          mode + ": team access");
      assertEquals(
          caseAOpen,
          within(found(asUser("bob", Set.of()), q, mode, "team", "Perm Team"), everything),
          mode + ": personal grant");
      assertEquals(
          caseAWithSealed,
          within(found(asUser("rita", Set.of()), q, mode, "team", "Perm Team"), everything),
          mode + ": restricted grant");
      assertEquals(
          both,
          within(found(asKey(allCasesKey), q, mode, "team", "Perm Team"), everything),
          mode + ": all_cases without restricted");
      assertEquals(
          everything,
          within(found(asKey(fullKey), q, mode, "team", "Perm Team"), everything),
          mode + ": all_cases with restricted");
    }
  }

  /**
   * The ids of this test's own records among those found (the shared index holds other tests' too).
   */
  private static Set<String> within(Set<String> found, Set<String> mine) {
    Set<String> out = new HashSet<>(found);
    out.retainAll(mine);
    return out;
  }

  /**
   * Facet counts against a brute-force count over the records each caller may see: every record of
   * this test holds the shared word and is of one team, so each caller's matches are exactly its
   * visible records, in every mode. A restricted record the caller may not see adds to no count.
   */
  @Test
  void facetsCountExactlyTheRecordsTheCallerMaySee() {
    Set<String> caseAOpen = ids(CASE_A, 1, 2, 3, 4);
    Map<String, Set<String>> visible =
        Map.of("tess", caseAOpen, "rita", union(caseAOpen, Set.of(CASE_A + "-SEALED")));
    for (String mode : List.of("bm25", "hybrid", "vector")) {
      String q = mode.equals("vector") ? "children had breakfast at home" : SHARED_WORD;
      for (var who : visible.entrySet()) {
        RequestSpecification caller =
            who.getKey().equals("tess") ? asUser("tess", Set.of(TEAM_A)) : asUser("rita", Set.of());
        Response r =
            caller
                .queryParam("q", q)
                .queryParam("mode", mode)
                .queryParam("team", "Perm Team")
                .queryParam("facets", "type,year")
                .queryParam("facets", "case,team,child")
                .get("/api/v1/search");
        r.then().statusCode(200);
        Set<String> seen = who.getValue();
        assertEquals(seen.size(), (int) r.path("total"), mode + " " + who.getKey() + ": total");
        assertEquals(
            bruteForce(seen, "type"), counts(r, "type"), mode + " " + who.getKey() + ": type");
        assertEquals(
            bruteForce(seen, "year"), counts(r, "year"), mode + " " + who.getKey() + ": year");
        assertEquals(
            bruteForce(seen, "case"), counts(r, "case"), mode + " " + who.getKey() + ": case");
        assertEquals(
            Map.of("Perm Team", seen.size()),
            counts(r, "team"),
            mode + " " + who.getKey() + ": team");
        assertEquals(
            Map.of("child-" + CASE_A, seen.size()),
            counts(r, "child"),
            mode + " " + who.getKey() + ": child");
      }
    }
    // The type filter and facet together do not reveal the sealed order to a caller without the
    // grant: no court_order count, not even zero.
    Response r =
        asUser("tess", Set.of(TEAM_A))
            .queryParam("q", SEALED_WORD + " " + SHARED_WORD)
            .queryParam("mode", "bm25")
            .queryParam("facets", "type")
            .get("/api/v1/search");
    r.then().statusCode(200);
    assertFalse(counts(r, "type").containsKey("court_order"), "a hidden record's type counted");
    asUser("tess", Set.of(TEAM_A))
        .queryParam("q", SHARED_WORD)
        .queryParam("facets", "type,colour")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_request"))
        .body("error", containsString("colour"));
    asUser("tess", Set.of(TEAM_A))
        .queryParam("q", SHARED_WORD)
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("$", not(org.hamcrest.Matchers.hasKey("facets")));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** A facet's counts as the response gives them, by value. */
  private static Map<String, Integer> counts(Response r, String facet) {
    List<Map<String, Object>> values = r.path("facets." + facet);
    Map<String, Integer> out = new java.util.HashMap<>();
    if (values == null) return out;
    for (Map<String, Object> v : values) out.put((String) v.get("value"), (Integer) v.get("count"));
    return out;
  }

  /** A facet counted by hand over this test's records among {@code ids}, as seeded. */
  private static Map<String, Integer> bruteForce(Set<String> ids, String facet) {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (String id : ids) {
      boolean sealed = id.endsWith("-SEALED");
      String value =
          switch (facet) {
            case "type" -> sealed ? "court_order" : "case_note";
            case "year" -> "2024";
            case "case" -> id.startsWith(CASE_A) ? CASE_A : CASE_B;
            default -> throw new IllegalArgumentException(facet);
          };
      out.merge(value, 1, Integer::sum);
    }
    return out;
  }

  @Test
  void suggestionsOfferOnlyNamesTheCallerMaySee() {
    List<String> all =
        asKey(fullKey)
            .queryParam("q", "Perpetua Qu")
            .get("/api/v1/suggest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("suggestions.text");
    assertEquals(List.of("Perpetua Quillfeather"), all);
    List<String> bySurname =
        asKey(fullKey)
            .queryParam("q", "quill")
            .get("/api/v1/suggest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("suggestions.text");
    assertEquals(List.of("Perpetua Quillfeather"), bySurname);
    for (String q : List.of("Perpetua Qu", "quill")) {
      asUser("bob", Set.of())
          .queryParam("q", q)
          .get("/api/v1/suggest")
          .then()
          .statusCode(200)
          .body("suggestions", org.hamcrest.Matchers.empty());
      // Nor is the name matched or corrected in a search.
      asUser("bob", Set.of())
          .queryParam("q", "Perpetua Quilfeather")
          .get("/api/v1/search")
          .then()
          .statusCode(200)
          .body("understood.names", org.hamcrest.Matchers.empty())
          .body("understood.corrections", org.hamcrest.Matchers.empty());
    }
    asKey(fullKey)
        .queryParam("q", "Perpetua Quilfeather")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("understood.names[0].name", equalTo("perpetua quillfeather"))
        .body("hits[0].id", equalTo(CASE_B + "-R1"));
  }

  @Test
  void filtersCannotReachOtherCases() {
    RequestSpecification tess = asUser("tess", Set.of(TEAM_A));
    assertEquals(
        Set.of(),
        found(tess, SHARED_WORD, "hybrid", "case", CASE_B),
        "a case filter does not open a case");
    assertEquals(
        Set.of(),
        found(asUser("tess", Set.of(TEAM_A)), SEALED_WORD, "bm25"),
        "a restricted record's own words do not find it");
    assertEquals(
        Set.of(),
        found(asUser("tess", Set.of(TEAM_A)), SEALED_WORD, "hybrid", "type", "court_order"),
        "a type filter does not reveal a restricted record");
    assertEquals(
        Set.of(CASE_A + "-SEALED"),
        found(asUser("rita", Set.of()), SEALED_WORD, "bm25"),
        "the restricted grant does");
  }

  @Test
  void recordsByIdAnswer404ExactlyAsMissingOnes() {
    RequestSpecification tess = asUser("tess", Set.of(TEAM_A));
    tess.get("/api/v1/records/" + CASE_A + "-R1")
        .then()
        .statusCode(200)
        .body("case_id", equalTo(CASE_A));
    String hidden =
        asUser("tess", Set.of(TEAM_A))
            .get("/api/v1/records/" + CASE_B + "-R1")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    String missing =
        asUser("tess", Set.of(TEAM_A))
            .get("/api/v1/records/NO-SUCH-PERM")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertEquals(
        missing.replace("NO-SUCH-PERM", "ID"),
        hidden.replace(CASE_B + "-R1", "ID"),
        "hidden and missing must look the same");
    asUser("tess", Set.of(TEAM_A))
        .get("/api/v1/records/" + CASE_A + "-SEALED")
        .then()
        .statusCode(404);
    asUser("tess", Set.of(TEAM_A))
        .get("/api/v1/records/" + CASE_A + "-SEALED/original")
        .then()
        .statusCode(404);
    asUser("tess", Set.of(TEAM_A))
        .get("/api/v1/records/" + CASE_B + "-R1/original")
        .then()
        .statusCode(404);
    asUser("rita", Set.of()).get("/api/v1/records/" + CASE_A + "-SEALED").then().statusCode(200);
    asUser("nina", Set.of("Other Team"))
        .get("/api/v1/records/" + CASE_A + "-R1")
        .then()
        .statusCode(404);
  }

  @Test
  void rolesOpenOnlyTheirEndpoints() {
    String auditor = TestAuth.key("perm auditor", List.of("auditor"), List.of(), true, true);
    String admin = TestAuth.ADMIN_KEY;
    // Writers read nothing back, even with all cases.
    String writerAll = TestAuth.key("perm writer", List.of("ingest"), List.of(), true, true);
    for (String key : List.of(writerAll, auditor, admin)) {
      asKey(key)
          .queryParam("q", SHARED_WORD)
          .get("/api/v1/search")
          .then()
          .statusCode(403)
          .body("code", equalTo("forbidden"));
      asKey(key).get("/api/v1/records/" + CASE_A + "-R1").then().statusCode(403);
    }
    for (String key : List.of(fullKey, auditor, admin)) {
      asKey(key)
          .contentType(ContentType.JSON)
          .body(
              List.of(Fixtures.record("PERM-X", CASE_A, "case_note", "t", "2024-01-01", "T", "x")))
          .post("/api/v1/records")
          .then()
          .statusCode(403);
      asKey(key).delete("/api/v1/records/" + CASE_A + "-R1").then().statusCode(403);
    }
    asKey(fullKey).get("/api/v1/audit").then().statusCode(403);
    asKey(ingestKey).get("/api/v1/audit").then().statusCode(403);
    asKey(auditor).get("/api/v1/audit").then().statusCode(200);
    asKey(fullKey)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "x", "roles", List.of("admin")))
        .post("/api/v1/admin/api-keys")
        .then()
        .statusCode(403);
    asUser("tess", Set.of(TEAM_A))
        .contentType(ContentType.JSON)
        .body(Map.of("teams", List.of("Other Team")))
        .put("/api/v1/admin/cases/" + CASE_B + "/access")
        .then()
        .statusCode(403);
    asKey(ingestKey)
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Fixtures.record(
                    CASE_B + "-R9", CASE_B, "case_note", "t", "2024-01-01", "T", "an update")))
        .post("/api/v1/records")
        .then()
        .statusCode(200);
  }

  @Test
  void withoutValidCredentialsEverythingButHealthIs401() {
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
    // The API's description (/q/openapi, /q/swagger-ui) holds no case data and is open
    // (FirstHourTest).
    for (String path :
        List.of(
            "/api/v1/search?q=x",
            "/api/v1/records/" + CASE_A + "-R1",
            "/api/v1/audit",
            "/q/metrics")) {
      given().get(path).then().statusCode(401);
      given().header("X-API-Key", "cs_not-a-real-key").get(path).then().statusCode(401);
      given().header("Authorization", "Bearer not.a.token").get(path).then().statusCode(401);
    }
    given()
        .get("/api/v1/search?q=x")
        .then()
        .body("code", equalTo("unauthorized"))
        .body("error", containsString("X-API-Key"));
    given().contentType(ContentType.JSON).body("[]").post("/api/v1/records").then().statusCode(401);
    // A token for the right user from an issuer the service does not trust.
    String foreign =
        io.smallrye.jwt.build.Jwt.issuer("https://evil.example")
            .upn("tess")
            .groups(Set.of("practitioner"))
            .claim("teams", Set.of(TEAM_A))
            .sign();
    given()
        .header("Authorization", "Bearer " + foreign)
        .get("/api/v1/records/" + CASE_A + "-R1")
        .then()
        .statusCode(401);
  }

  @Test
  void aRevokedKeyStopsWorkingAtOnce() {
    Response created =
        given()
            .header("X-API-Key", TestAuth.ADMIN_KEY)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "to revoke", "roles", List.of("practitioner"), "all_cases", true))
            .post("/api/v1/admin/api-keys");
    created.then().statusCode(201).body("key", org.hamcrest.Matchers.startsWith("cs_"));
    String key = created.path("key");
    String id = created.path("id");
    asKey(key).get("/api/v1/records/" + CASE_A + "-R1").then().statusCode(200);
    given()
        .header("X-API-Key", TestAuth.ADMIN_KEY)
        .delete("/api/v1/admin/api-keys/" + id)
        .then()
        .statusCode(204);
    asKey(key).get("/api/v1/records/" + CASE_A + "-R1").then().statusCode(401);
    given()
        .header("X-API-Key", TestAuth.ADMIN_KEY)
        .delete("/api/v1/admin/api-keys/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void adminInputIsChecked() {
    given()
        .header("X-API-Key", TestAuth.ADMIN_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "bad", "roles", List.of("superuser")))
        .post("/api/v1/admin/api-keys")
        .then()
        .statusCode(400)
        .body("error", containsString("superuser"));
    given()
        .header("X-API-Key", TestAuth.ADMIN_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("practitioner")))
        .post("/api/v1/admin/api-keys")
        .then()
        .statusCode(400)
        .body("error", containsString("name"));
    given()
        .header("X-API-Key", TestAuth.ADMIN_KEY)
        .contentType(ContentType.JSON)
        .body("{\"teams\": [")
        .put("/api/v1/admin/cases/" + CASE_B + "/access")
        .then()
        .statusCode(400);
    given()
        .header("X-API-Key", TestAuth.ADMIN_KEY)
        .get("/api/v1/admin/cases/" + CASE_A + "/access")
        .then()
        .statusCode(200)
        .body("teams", hasItem(TEAM_A))
        .body("restricted_users", hasItem("rita"));
  }

  @Test
  void searchesAndViewsAreAuditedWithWhoWhatAndTheIdsReturned() {
    String auditor = TestAuth.key("perm audit reader", List.of("auditor"), List.of(), false, false);
    String user = "audited-" + System.nanoTime();
    asUser(user, Set.of(TEAM_A))
        .queryParam("q", SHARED_WORD)
        .queryParam("limit", 50)
        .get("/api/v1/search")
        .then()
        .statusCode(200);
    asUser(user, Set.of(TEAM_A)).get("/api/v1/records/" + CASE_A + "-R2").then().statusCode(200);
    asUser(user, Set.of(TEAM_A)).get("/api/v1/records/" + CASE_B + "-R2").then().statusCode(404);
    Response trail = asKey(auditor).queryParam("user", user).get("/api/v1/audit");
    trail.then().statusCode(200);
    List<String> actions = trail.path("events.action");
    assertEquals(List.of("search", "view", "view"), actions);
    String searchDetail = trail.path("events[0].detail");
    assertTrue(
        searchDetail.contains(SHARED_WORD) && searchDetail.contains(CASE_A + "-R1"), searchDetail);
    assertFalse(searchDetail.contains(CASE_B), "the audit of a search holds only what it returned");
    assertTrue(((String) trail.path("events[2].detail")).contains("not_visible"));
    // By case: the search and the view touched case A.
    List<String> byCase =
        asKey(auditor)
            .queryParam("case", CASE_A)
            .queryParam("limit", 1000)
            .get("/api/v1/audit")
            .path("events.actor");
    assertTrue(byCase.contains(user));
    asKey(auditor).queryParam("from", "not-a-date").get("/api/v1/audit").then().statusCode(400);
  }

  @Test
  void anAdministratorCannotGrantThemselvesRecordsByBeingAdmin() {
    String adminAndReader =
        TestAuth.key(
            "perm admin reader", List.of("admin", "practitioner"), List.of(), false, false);
    List<String> ids =
        asKey(adminAndReader)
            .queryParam("q", SHARED_WORD)
            .get("/api/v1/search")
            .then()
            .statusCode(200)
            .extract()
            .path("hits.id");
    assertTrue(
        ids.stream().noneMatch(i -> i.startsWith("CASE-PERM")),
        "admin rights do not open cases: " + ids);
    asKey(adminAndReader).get("/api/v1/records/" + CASE_B + "-R1").then().statusCode(404);
    given()
        .header("X-API-Key", TestAuth.ADMIN_KEY)
        .get("/api/v1/records/" + CASE_B + "-R1")
        .then()
        .statusCode(403);
    List<String> hits =
        asKey(fullKey)
            .queryParam("q", SHARED_WORD)
            .queryParam("case", CASE_B)
            .get("/api/v1/search")
            .path("hits.case_id");
    org.hamcrest.MatcherAssert.assertThat(hits, not(empty()));
    org.hamcrest.MatcherAssert.assertThat(hits, everyItem(equalTo(CASE_B)));
  }
}
