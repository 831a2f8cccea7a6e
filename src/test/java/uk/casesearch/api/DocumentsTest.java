package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.ingest.doc.TestDocuments;

/** Documents over real HTTP: upload, read back, the original file, search, and every refusal. */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class DocumentsTest {

  @org.junit.jupiter.api.BeforeEach
  void credentials() {
    TestAuth.useFullAccess();
  }

  static String metadata(String id, String caseId) {
    return "{\"id\":\""
        + id
        + "\",\"case_id\":\""
        + caseId
        + "\",\"type\":\"case_note\",\"date\":\"2024-05-02\","
        + "\"child\":{\"id\":\"K-"
        + caseId
        + "\",\"name\":\"Ivy Test\"},\"team\":\"Team D\"}";
  }

  static io.restassured.response.ValidatableResponse upload(
      byte[] file, String name, String mime, String metadata) {
    return given()
        .multiPart("file", name, file, mime)
        .multiPart("metadata", metadata, "application/json")
        .queryParam("wait", "true")
        .post("/api/v1/documents")
        .then();
  }

  @Test
  void anHtmlExportIsReadKeptAndSearchable() {
    byte[] html =
        ("<html><head><title>Unannounced visit</title></head><body><div class=banner>OFFICIAL</div>"
                + "<p>The kitchen cupboards were bare and the toddler&#x27;s cot had no sheets.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    upload(html, "visit.html", "text/html", metadata("DOC-1", "CASE-DOC"))
        .statusCode(200)
        .body("id", equalTo("DOC-1"))
        .body("media_type", equalTo("text/html"))
        .body("has_text", equalTo(true))
        .body("searchable", equalTo(true));
    given()
        .get("/api/v1/records/DOC-1")
        .then()
        .statusCode(200)
        .body("title", equalTo("Unannounced visit"))
        .body("text", containsString("toddler's cot had no sheets"));
    byte[] back =
        given()
            .get("/api/v1/records/DOC-1/original")
            .then()
            .statusCode(200)
            .header("Content-Type", containsString("text/html"))
            .header("Content-Disposition", containsString("visit.html"))
            .extract()
            .asByteArray();
    assertArrayEquals(html, back);
    given()
        .queryParam("q", "cot sheets")
        .queryParam("case", "CASE-DOC")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits[0].id", equalTo("DOC-1"));
    // The same file again: stored once, nothing re-indexed.
    upload(html, "visit.html", "text/html", metadata("DOC-1", "CASE-DOC"))
        .statusCode(200)
        .body("unchanged", equalTo(true));
  }

  @Test
  void anEmailIsSearchableByItsHeaders() {
    byte[] eml =
        ("From: Dr Ada Clinic <ada@example.nhs.uk>\r\nTo: Sam Worker <sam@example.gov.uk>\r\n"
                + "Subject: Growth review\r\nDate: Tue, 02 Apr 2024 10:00:00 +0100\r\nContent-Type: text/plain\r\n\r\n"
                + "Weight has dropped from the 25th to the 9th centile.\r\n")
            .getBytes(StandardCharsets.UTF_8);
    upload(eml, "growth.eml", "message/rfc822", metadata("DOC-2", "CASE-DOC2"))
        .statusCode(200)
        .body("media_type", equalTo("message/rfc822"));
    given()
        .get("/api/v1/records/DOC-2")
        .then()
        .statusCode(200)
        .body("text", containsString("ada@example.nhs.uk"))
        .body("title", equalTo("Growth review"));
    given()
        .queryParam("q", "Ada Clinic")
        .queryParam("case", "CASE-DOC2")
        .queryParam("mode", "bm25")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits[0].id", equalTo("DOC-2"));
  }

  @Test
  void anEmailsAttachmentsAreRecordsOfTheirOwnLinkedToIt() {
    byte[] eml =
        TestDocuments.eml(
            "Strategy meeting",
            "Please see the minutes attached.",
            "minutes.txt",
            "Minutes: the strategy meeting agreed a section 47 enquiry for Mason.");
    upload(eml, "meeting.eml", "message/rfc822", metadata("DOC-E1", "CASE-DOC-E"))
        .statusCode(200)
        .body("attachments", equalTo(List.of("DOC-E1~att-1")));
    given()
        .get("/api/v1/records/DOC-E1")
        .then()
        .statusCode(200)
        .body("text", startsWith("From: Jo Bloggs <jo.bloggs@example.nhs.uk>\nTo: Sam Worker"))
        .body("text", containsString("Attachments: minutes.txt"))
        .body("text", not(containsString("section 47")))
        .body("document.media_type", equalTo("message/rfc822"))
        .body("document.attachments", equalTo(List.of("DOC-E1~att-1")));
    given()
        .get("/api/v1/records/DOC-E1~att-1")
        .then()
        .statusCode(200)
        .body("type", equalTo("attachment"))
        .body("title", equalTo("minutes.txt"))
        .body("case_id", equalTo("CASE-DOC-E"))
        .body("child.name", equalTo("Ivy Test"))
        .body(
            "text", equalTo("Minutes: the strategy meeting agreed a section 47 enquiry for Mason."))
        .body("document.parent_id", equalTo("DOC-E1"))
        .body("document.file_name", equalTo("minutes.txt"));
    given()
        .get("/api/v1/records/DOC-E1~att-1/original")
        .then()
        .statusCode(200)
        .body(equalTo("Minutes: the strategy meeting agreed a section 47 enquiry for Mason."));
    given()
        .queryParam("q", "section 47 enquiry")
        .queryParam("case", "CASE-DOC-E")
        .queryParam("mode", "bm25")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits[0].id", equalTo("DOC-E1~att-1"));
    // Sent again without the attachment: the attachment's record goes.
    byte[] plain =
        ("From: Jo Bloggs <jo.bloggs@example.nhs.uk>\r\nSubject: Strategy meeting\r\nContent-Type: text/plain\r\n\r\n"
                + "Please see the minutes, to follow.\r\n")
            .getBytes(StandardCharsets.UTF_8);
    upload(plain, "meeting.eml", "message/rfc822", metadata("DOC-E1", "CASE-DOC-E"))
        .statusCode(200)
        .body("attachments", equalTo(List.of()));
    given().get("/api/v1/records/DOC-E1~att-1").then().statusCode(404);
    // Deleting an e-mail deletes its attachments, from the store and the indexes.
    upload(eml, "meeting.eml", "message/rfc822", metadata("DOC-E1", "CASE-DOC-E")).statusCode(200);
    given().get("/api/v1/records/DOC-E1~att-1").then().statusCode(200);
    given().delete("/api/v1/records/DOC-E1?wait=true").then().statusCode(204);
    given().get("/api/v1/records/DOC-E1~att-1").then().statusCode(404);
    given()
        .queryParam("q", "section 47 enquiry")
        .queryParam("case", "CASE-DOC-E")
        .queryParam("mode", "bm25")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits", equalTo(List.of()));
  }

  @Test
  void badDocumentsAreRefusedWithReasonsAndNothingIsStored() {
    byte[] junk = new byte[2048];
    new Random(3).nextBytes(junk);
    upload(junk, "notes.txt", "text/plain", metadata("BAD-1", "CASE-BAD"))
        .statusCode(415)
        .body("code", equalTo("document_unsupported_type"));
    upload(new byte[0], "empty.txt", "text/plain", metadata("BAD-2", "CASE-BAD"))
        .statusCode(400)
        .body("code", equalTo("document_empty"));
    byte[] text = "A short note.".getBytes(StandardCharsets.UTF_8);
    upload(text, "n.txt", "text/plain", "{not json")
        .statusCode(400)
        .body("code", equalTo("bad_json"));
    upload(text, "n.txt", "text/plain", "{\"id\":\"BAD-3\"}")
        .statusCode(400)
        .body("code", equalTo("invalid_metadata"))
        .body("error", containsString("case_id"));
    upload(text, "n.txt", "text/plain", "{\"id\":\"BAD-4\",\"case_id\":\"C\",\"text\":\"x\"}")
        .statusCode(400)
        .body("code", equalTo("invalid_metadata"));
    given()
        .multiPart("metadata", metadata("BAD-5", "CASE-BAD"), "application/json")
        .post("/api/v1/documents")
        .then()
        .statusCode(400)
        .body("code", equalTo("missing_file"));
    given()
        .multiPart("file", "n.txt", text, "text/plain")
        .post("/api/v1/documents")
        .then()
        .statusCode(400)
        .body("code", equalTo("missing_metadata"));
    byte[] pdf =
        TestDocuments.pdf("Minutes", "Page one of the minutes.", "Page two of the minutes.");
    upload(
            Arrays.copyOf(pdf, pdf.length - 40),
            "cut.pdf",
            "application/pdf",
            metadata("BAD-6", "CASE-BAD"))
        .statusCode(422)
        .body("code", equalTo("document_truncated"));
    byte[] corrupt = pdf.clone();
    Random random = new Random(3);
    for (int i = 200; i < corrupt.length - 200; i++) corrupt[i] = (byte) random.nextInt();
    upload(corrupt, "bad.pdf", "application/pdf", metadata("BAD-7", "CASE-BAD"))
        .statusCode(422)
        .body("code", equalTo("document_corrupt"))
        .body("error", equalTo("the file is not a readable PDF: it is damaged"));
    upload(
            TestDocuments.encryptedPdf("Sealed."),
            "sealed.pdf",
            "application/pdf",
            metadata("BAD-8", "CASE-BAD"))
        .statusCode(422)
        .body("code", equalTo("document_encrypted"));
    upload(
            TestDocuments.zipBombDocx(),
            "bomb.docx",
            "application/octet-stream",
            metadata("BAD-9", "CASE-BAD"))
        .statusCode(422)
        .body("code", equalTo("document_zip_bomb"));
    byte[] cp1252 =
        "Mum was pleased with the £20 voucher.".getBytes(Charset.forName("windows-1252"));
    upload(cp1252, "n.txt", "text/plain; charset=UTF-8", metadata("BAD-10", "CASE-BAD"))
        .statusCode(422)
        .body("code", equalTo("document_bad_encoding"));
    byte[] badMetadata =
        ("{\"id\":\"BAD-11\",\"case_id\":\"C\",\"title\":\"\u00e9\"}")
            .getBytes(StandardCharsets.ISO_8859_1);
    given()
        .multiPart("file", "n.txt", text, "text/plain")
        .multiPart("metadata", "m.json", badMetadata, "application/json")
        .post("/api/v1/documents")
        .then()
        .statusCode(400)
        .body("code", equalTo("bad_encoding"));
    // The same text undeclared is read in the encoding detected, not refused.
    upload(cp1252, "n.txt", "text/plain", metadata("OK-12", "CASE-BAD")).statusCode(200);
    given()
        .get("/api/v1/records/OK-12")
        .then()
        .body("text", equalTo("Mum was pleased with the £20 voucher."));
    given().get("/q/health/ready").then().statusCode(200);
    for (String id :
        new String[] {
          "BAD-1", "BAD-2", "BAD-3", "BAD-4", "BAD-5", "BAD-6", "BAD-7", "BAD-8", "BAD-9", "BAD-10",
          "BAD-11"
        }) {
      given().get("/api/v1/records/" + id).then().statusCode(404);
    }
    given()
        .get("/api/v1/records/NO-SUCH/original")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @Test
  void anImageWithoutTextIsKeptAndMarkedAsHavingNone() throws Exception {
    java.awt.image.BufferedImage blank =
        new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(blank, "png", png);
    upload(png.toByteArray(), "photo.png", "image/png", metadata("IMG-1", "CASE-IMG"))
        .statusCode(200)
        .body("media_type", equalTo("image/png"))
        .body("has_text", equalTo(false));
    given().get("/api/v1/records/IMG-1").then().statusCode(200).body("text", equalTo(""));
    assertArrayEquals(
        png.toByteArray(),
        given()
            .get("/api/v1/records/IMG-1/original")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray());
  }

  @Test
  void aRecordPostedAsJsonHasNoOriginal() {
    given()
        .contentType("application/json")
        .body("{\"id\":\"JSON-1\",\"case_id\":\"CASE-J\",\"text\":\"A plain record.\"}")
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    given().get("/api/v1/records/JSON-1/original").then().statusCode(404);
  }

  @Test
  void aRecordSentAsJsonOverADocumentReplacesIt() {
    byte[] eml =
        TestDocuments.eml(
            "Core group", "Notes attached.", "notes.txt", "Core group notes for the plan.");
    upload(eml, "core.eml", "message/rfc822", metadata("DOC-R1", "CASE-DOC-R"))
        .statusCode(200)
        .body("attachments", equalTo(List.of("DOC-R1~att-1")));
    given()
        .contentType("application/json")
        .body("{\"id\":\"DOC-R1\",\"case_id\":\"CASE-DOC-R\",\"text\":\"Typed up again by hand.\"}")
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(1));
    given()
        .get("/api/v1/records/DOC-R1")
        .then()
        .statusCode(200)
        .body("text", equalTo("Typed up again by hand."))
        .body("document", org.hamcrest.Matchers.nullValue());
    given().get("/api/v1/records/DOC-R1/original").then().statusCode(404);
    given().get("/api/v1/records/DOC-R1~att-1").then().statusCode(404);
    given()
        .queryParam("q", "core group notes")
        .queryParam("case", "CASE-DOC-R")
        .queryParam("mode", "bm25")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("hits.id", not(org.hamcrest.Matchers.hasItem("DOC-R1~att-1")));
  }
}
