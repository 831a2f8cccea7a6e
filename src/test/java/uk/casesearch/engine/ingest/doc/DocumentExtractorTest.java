package uk.casesearch.engine.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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
  static byte[] pdf(String text, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(text);
        cs.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
      doc.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void pdfAndWordDocumentsGiveTheirText() throws Exception {
    DocumentExtractor.Extracted p = EXTRACTOR.extract(pdf("Core group agreed the safety plan for Ivy.", null), "minutes.pdf");
    assertEquals("application/pdf", p.mediaType());
    assertTrue(p.text().contains("Core group agreed the safety plan for Ivy."), p.text());
    DocumentExtractor.Extracted w = EXTRACTOR.extract(docx("Child protection plan", "Mum will attend the parenting course."), "plan.docx");
    assertTrue(w.mediaType().contains("wordprocessingml"), w.mediaType());
    assertTrue(w.text().contains("Mum will attend the parenting course."), w.text());
  }

  @Test
  void rtfAndOpenDocumentGiveTheirText() throws Exception {
    byte[] rtf =
        "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} \\f0 Letter to Mum: the review is on \\b Tuesday\\b0 .\\par}"
            .getBytes(StandardCharsets.US_ASCII);
    DocumentExtractor.Extracted r = EXTRACTOR.extract(rtf, "letter.rtf");
    assertEquals("application/rtf", r.mediaType());
    assertTrue(r.text().contains("Letter to Mum: the review is on Tuesday."), r.text());

    // An OpenDocument text file is a zip: the mimetype first and stored, then content.xml.
    ByteArrayOutputStream odt = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(odt)) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      java.util.zip.ZipEntry m = new java.util.zip.ZipEntry("mimetype");
      m.setMethod(java.util.zip.ZipEntry.STORED);
      m.setSize(mimetype.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(mimetype);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                  + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                  + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                  + "<office:body><office:text><text:p>Pathway plan reviewed with the personal adviser.</text:p>"
                  + "</office:text></office:body></office:document-content>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    DocumentExtractor.Extracted o = EXTRACTOR.extract(odt.toByteArray(), "plan.odt");
    assertEquals("application/vnd.oasis.opendocument.text", o.mediaType());
    assertTrue(o.text().contains("Pathway plan reviewed with the personal adviser."), o.text());
  }

  @Test
  void encryptedTruncatedAndBombDocumentsAreRefused() throws Exception {
    assertEquals(DocumentException.Reason.ENCRYPTED, refused(EXTRACTOR, pdf("Sealed.", "user-secret"), "sealed.pdf"));
    byte[] whole = pdf("A report that will be cut short.", null);
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertEquals(DocumentException.Reason.CORRUPT, refused(EXTRACTOR, half, "cut.pdf"));
    // A few kilobytes of zip that expand to far more text than the limit.
    byte[] bomb = docx("the same sentence again and again. ".repeat(20_000));
    DocumentExtractor small = new DocumentExtractor(new DocumentExtractor.Config(10_000_000, 100_000, Duration.ofSeconds(30)));
    try {
      assertTrue(bomb.length < 100_000, "compressed: " + bomb.length);
      assertEquals(DocumentException.Reason.TOO_MUCH_TEXT, refused(small, bomb, "bomb.docx"));
    } finally {
      small.close();
    }
  }

  @Test
  void anImageIsReadByOcrWhenTesseractIsInstalled() throws Exception {
    BufferedImage img = new BufferedImage(900, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
    g.drawString("Attendance is poor", 30, 100);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    DocumentExtractor.Extracted e = EXTRACTOR.extract(png.toByteArray(), "scan.png");
    assertEquals("image/png", e.mediaType());
    Assumptions.assumeTrue(tesseract(), "skipped: tesseract is not installed, so an image has no text");
    assertTrue(e.text().toLowerCase(java.util.Locale.ROOT).contains("attendance"), e.text());
  }

  static boolean tesseract() {
    try {
      return new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
