package uk.casesearch.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged artifact as Quarkus built it, over HTTP: the jar in the ordinary build, the native
 * binary under -Pnative on a host with GraalVM (see native/README.md). It exercises every part
 * native-image could break: the ONNX model and tokenizer (JNI), both indexes, the database,
 * authentication and JSON.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceIT.Settings.class)
class PackagedServiceIT {

  static final String ADMIN_KEY = "packaged-it-admin-key-0123456789";

  /** A data directory of its own, the build's models, a known admin key. */
  public static class Settings implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      Path data =
          Path.of("target", "it-data", "packaged-" + ProcessHandle.current().pid())
              .toAbsolutePath();
      return Map.of(
          "casesearch.data-dir",
          data.toString(),
          "casesearch.models.dir",
          Path.of(System.getProperty("casesearch.models.dir", "models"))
              .toAbsolutePath()
              .toString(),
          "casesearch.admin-key",
          ADMIN_KEY,
          "ai.djl.offline",
          "true");
    }

    @Override
    public void stop() {}
  }

  @Test
  void takesARecordAndFindsItByMeaning() throws InterruptedException {
    for (int i = 0; i < 240 && given().get("/q/health/ready").statusCode() != 200; i++)
      Thread.sleep(250);
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    String key =
        given()
            .header("X-API-Key", ADMIN_KEY)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "packaged it",
                    "roles",
                    List.of("practitioner", "ingest"),
                    "teams",
                    List.of(),
                    "all_cases",
                    true,
                    "restricted",
                    false))
            .post("/api/v1/admin/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    Map<String, Object> record =
        Map.of(
            "id",
            "PKG-1",
            "case_id",
            "CASE-PKG",
            "type",
            "case_note",
            "date",
            "2024-05-01",
            "text",
            "The children said they often go to bed hungry and there was no food in the fridge.");
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body(List.of(record))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    String id =
        given()
            .header("X-API-Key", key)
            .queryParam("q", "signs of neglect")
            .queryParam("case", "CASE-PKG")
            .get("/api/v1/search")
            .then()
            .statusCode(200)
            .body("total", greaterThanOrEqualTo(1))
            .extract()
            .path("hits[0].id");
    assertEquals("PKG-1", id);
    given()
        .header("X-API-Key", key)
        .get("/api/v1/records/PKG-1")
        .then()
        .statusCode(200)
        .body("case_id", equalTo("CASE-PKG"));
    given()
        .header("X-API-Key", key)
        .contentType(ContentType.JSON)
        .body("[{\"id\": ")
        .post("/api/v1/records")
        .then()
        .statusCode(400);
    given().get("/api/v1/search?q=x").then().statusCode(401);
  }
}
