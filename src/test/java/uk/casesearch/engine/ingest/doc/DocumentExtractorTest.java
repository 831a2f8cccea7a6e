package uk.casesearch.engine.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Each format built here, by hand; and each kind of bad file the issue lists that these formats can be. */
class DocumentExtractorTest {

  static final DocumentExtractor EXTRACTOR = new DocumentExtractor(DocumentExtractor.Config.defaults());

  @AfterAll
  static void close() {
    EXTRACTOR.close();
  }

  static DocumentException.Reason refused(DocumentExtractor x, byte[] bytes, String name) {
    return assertThrows(DocumentException.class, () -> x.extract(bytes, name)).reason();
  }

  @Test
  void htmlGivesItsTextAndTitleWithoutMarkup() throws DocumentException {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Visit to family home</title>"
            + "<style>body{font-family:Arial}</style></head><body><h1>Visit</h1>"
            + "<p>Yusuf&#x27;s bruise was the size of a 50p &amp; mum could not explain it.</p>"
            + "<script>var x = 'not text';</script></body></html>";
    DocumentExtractor.Extracted e = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "D1.html");
    assertEquals("text/html", e.mediaType());
    assertEquals("Visit to family home", e.title());
    assertTrue(e.text().contains("Yusuf's bruise was the size of a 50p & mum could not explain it."), e.text());
    assertFalse(e.text().contains("<p>") || e.text().contains("font-family") || e.text().contains("not text"), e.text());
  }

  @Test
  void anEmailGivesItsHeadersBodyAndAttachments() throws DocumentException {
    String eml =
        """
        From: Jo Bloggs <jo.bloggs@example.nhs.uk>
        To: Sam Worker <sam.worker@example.gov.uk>
        Date: Sun, 25 Dec 2022 16:11:00 +0000
        Subject: Mason N
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="XYZ"

        --XYZ
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable

        Mason said he hurts himself 'to let the bad feelings out' and it helps for a b=
        it.
        --XYZ
        Content-Type: text/plain; name="plan.txt"
        Content-Disposition: attachment; filename="plan.txt"

        Safety plan: grandmother collects Mason from school.
        --XYZ--
        """
            .replace("\n", "\r\n");
    DocumentExtractor.Extracted e = EXTRACTOR.extract(eml.getBytes(StandardCharsets.UTF_8), "D2.eml");
    assertEquals("message/rfc822", e.mediaType());
    assertEquals("Mason N", e.title());
    assertTrue(e.text().startsWith("From: "), e.text());
    assertTrue(e.text().contains("jo.bloggs@example.nhs.uk"), e.text());
    assertTrue(e.text().contains("Subject: Mason N"), e.text());
    assertTrue(e.text().contains("it helps for a bit."), "quoted-printable decoded: " + e.text());
    assertTrue(e.text().contains("grandmother collects Mason from school"), "attachment text: " + e.text());
  }

  @Test
  void textInAnyCommonEncodingIsDecoded() throws DocumentException {
    String note = "Café visit: mum paid £20 for the school trip; the children’s coats were new. ".repeat(3);
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1252")}) {
      DocumentExtractor.Extracted e = EXTRACTOR.extract(note.getBytes(cs), "note.txt");
      assertTrue(e.text().contains("Café visit: mum paid £20"), cs + ": " + e.text());
    }
    byte[] utf16 = ("\uFEFF" + note).getBytes(StandardCharsets.UTF_16LE);
    assertTrue(EXTRACTOR.extract(utf16, "note.txt").text().contains("£20"));
    // Invalid UTF-8 is read, not refused: the bytes that do not decode are replaced.
    byte[] bad = "Visit went well \u00ff\u00fe and Mum was pleased.".getBytes(StandardCharsets.ISO_8859_1);
    bad[16] = (byte) 0xC3;
    assertTrue(EXTRACTOR.extract(bad, "bad.txt").text().contains("Mum was pleased"));
  }

  @Test
  void badFilesAreRefusedWithAReason() {
    assertEquals(DocumentException.Reason.EMPTY, refused(EXTRACTOR, new byte[0], "empty.txt"));
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    assertEquals(DocumentException.Reason.UNSUPPORTED_TYPE, refused(EXTRACTOR, junk, "notes.txt"));
    DocumentExtractor small = new DocumentExtractor(new DocumentExtractor.Config(100, 50, Duration.ofSeconds(5)));
    try {
      assertEquals(DocumentException.Reason.TOO_LARGE, refused(small, "x".repeat(101).getBytes(StandardCharsets.UTF_8), "a.txt"));
      assertEquals(
          DocumentException.Reason.TOO_MUCH_TEXT,
          refused(small, "word ".repeat(19).getBytes(StandardCharsets.UTF_8), "a.txt"));
    } finally {
      small.close();
    }
  }

  @Test
  void deeplyNestedHtmlNeitherCrashesNorHangs() {
    String deep = "<html><body>" + "<div>".repeat(200_000) + "deep text" + "</div>".repeat(200_000) + "</body></html>";
    try {
      DocumentExtractor.Extracted e = EXTRACTOR.extract(deep.getBytes(StandardCharsets.UTF_8), "deep.html");
      assertTrue(e.text().contains("deep text"));
    } catch (DocumentException e) {
      // Refusing it is as good as reading it, as long as it is a clear refusal.
      assertTrue(e.getMessage().length() > 0);
    }
  }

  @Test
  void binaryLooksBinaryAndTextDoesNot() {
    assertTrue(DocumentExtractor.looksBinary(new byte[] {'a', 0, 'b'}));
    assertFalse(DocumentExtractor.looksBinary("plain\ttext\r\n".getBytes(StandardCharsets.UTF_8)));
    assertFalse(DocumentExtractor.looksBinary(("\uFEFFhi").getBytes(StandardCharsets.UTF_16LE)));
  }
}
