package uk.casesearch.engine.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Each format, built in the test; each kind of bad file the issue lists; OCR when Tesseract is
 * installed (skipped with a message when it is not), and the no-OCR path always.
 */
class DocumentExtractorTest {

  static final DocumentExtractor EXTRACTOR =
      new DocumentExtractor(DocumentExtractor.Config.defaults());
  static final DocumentExtractor NO_OCR =
      new DocumentExtractor(DocumentExtractor.Config.defaults().withOcr(false));

  @AfterAll
  static void close() {
    EXTRACTOR.close();
    NO_OCR.close();
  }

  static DocumentException refused(DocumentExtractor x, byte[] bytes, String name) {
    return assertThrows(DocumentException.class, () -> x.extract(bytes, name));
  }

  static void assumeOcr() {
    assumeTrue(
        EXTRACTOR.ocrAvailable(),
        "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng): OCR not tested");
  }

  @Test
  void pdfGivesItsPagesAndTitle() throws DocumentException {
    byte[] pdf =
        TestDocuments.pdf(
            "Core group minutes",
            "Mum said the children were fed at 6pm.",
            "Dad has not been seen since March.");
    DocumentExtractor.Extracted e = EXTRACTOR.extract(pdf, "minutes.pdf");
    assertEquals("application/pdf", e.mediaType());
    assertEquals("Core group minutes", e.title());
    assertTrue(e.text().contains("Mum said the children were fed at 6pm."), e.text());
    assertTrue(e.text().contains("Dad has not been seen since March."), e.text());
    assertFalse(e.text().contains("\n\n\n"), "blank lines between pages are tidied: " + e.text());
    assertTrue(e.hasText());
    assertTrue(e.warnings().isEmpty(), e.warnings().toString());
  }

  @Test
  void docxGivesParagraphsTablesAndTitle() throws DocumentException {
    byte[] docx =
        TestDocuments.docx(
            "Child and family assessment",
            new String[] {
              "Jamie is a bright boy who enjoys football.",
              "Mum's partner drinks heavily at weekends."
            },
            new String[][] {{"GP", "Dr Lee"}, {"School", "Parkside Academy"}});
    DocumentExtractor.Extracted e = EXTRACTOR.extract(docx, "assessment.docx");
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", e.mediaType());
    assertEquals("Child and family assessment", e.title());
    assertTrue(e.text().contains("Mum's partner drinks heavily at weekends."), e.text());
    assertTrue(e.text().contains("Dr Lee") && e.text().contains("Parkside Academy"), e.text());
  }

  @Test
  void rtfAndOdtAreRead() throws DocumentException {
    DocumentExtractor.Extracted rtf =
        EXTRACTOR.extract(TestDocuments.rtf("Mum said she", "for the school trip."), "letter.rtf");
    assertEquals("application/rtf", rtf.mediaType());
    assertTrue(rtf.text().contains("Mum said she £20 paid for the school trip."), rtf.text());

    byte[] odt =
        TestDocuments.odt(
            "Review", "The review agreed contact twice a week.", "Grandmother will supervise.");
    DocumentExtractor.Extracted o = EXTRACTOR.extract(odt, "review.odt");
    assertEquals("application/vnd.oasis.opendocument.text", o.mediaType());
    assertEquals("Review", o.title());
    assertTrue(o.text().contains("The review agreed contact twice a week."), o.text());
    assertTrue(o.text().contains("Grandmother will supervise."), o.text());
  }

  @Test
  void htmlGivesItsTextAndTitleWithoutMarkup() throws DocumentException {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Visit to family home</title>"
            + "<style>body{font-family:Arial}</style></head><body><h1>Visit</h1>"
            + "<p>Yusuf&#x27;s bruise was the size of a 50p &amp; mum could not explain it &ndash; &pound;5 &eacute;t&eacute;.</p>"
            + "<script>var x = 'not text';</script></body></html>";
    DocumentExtractor.Extracted e =
        EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "D1.html");
    assertEquals("text/html", e.mediaType());
    assertEquals("Visit to family home", e.title());
    assertTrue(
        e.text()
            .contains("Yusuf's bruise was the size of a 50p & mum could not explain it – £5 été."),
        e.text());
    assertFalse(
        e.text().contains("<p>")
            || e.text().contains("font-family")
            || e.text().contains("not text"),
        e.text());
  }

  @Test
  void anEmailGivesItsHeadersBodyAndAttachments() throws DocumentException {
    byte[] eml =
        TestDocuments.eml(
            "Mason N",
            "Mason said he hurts himself 'to let the bad feelings out' and it helps for a bit. Café £5.",
            "plan.txt",
            "Safety plan: grandmother collects Mason from school.");
    DocumentExtractor.Extracted e = EXTRACTOR.extract(eml, "D2.eml");
    assertEquals("message/rfc822", e.mediaType());
    assertEquals("Mason N", e.title());
    assertEquals(List.of("From", "To", "Cc", "Date", "Subject"), List.copyOf(e.headers().keySet()));
    assertTrue(
        e.text()
            .startsWith(
                "From: Jo Bloggs <jo.bloggs@example.nhs.uk>\nTo: Sam Worker <sam.worker@example.gov.uk>\n"),
        e.text());
    assertTrue(e.text().contains("Cc: Team Manager <manager@example.gov.uk>"), e.text());
    assertTrue(e.text().contains("Date: Sun, 25 Dec 2022 16:11:00 GMT"), e.text());
    assertTrue(e.text().contains("Subject: Mason N\nAttachments: plan.txt\n"), e.text());
    assertTrue(
        e.text().contains("it helps for a bit. Café £5."), "quoted-printable decoded: " + e.text());
    assertEquals(List.of("plan.txt"), e.attachments());
    assertTrue(
        e.text()
            .endsWith(
                "it helps for a bit. Café £5.\n\nAttachment: plan.txt\nSafety plan: grandmother collects Mason from school."),
        "the attachment's text follows the body, under its name: " + e.text());
  }

  @Test
  void anAttachmentThatCannotBeReadDoesNotLoseTheEmail() throws DocumentException {
    byte[] msg =
        TestDocuments.msg(
            "Locked report",
            "See the attached report.",
            "report.pdf",
            TestDocuments.encryptedPdf("secret"));
    DocumentExtractor.Extracted e = EXTRACTOR.extract(msg, "locked.msg");
    assertTrue(e.text().contains("See the attached report."), e.text());
    assertTrue(e.text().endsWith("Attachment: report.pdf"), e.text());
    assertEquals(List.of("report.pdf"), e.attachments());
  }

  @Test
  void separatelyAnEmailsAttachmentsAreDocumentsOfTheirOwn() throws DocumentException {
    byte[] eml =
        TestDocuments.eml(
            "Mason N",
            "See the plan attached.",
            "plan.txt",
            "Safety plan: grandmother collects Mason.");
    DocumentExtractor.Extracted e = EXTRACTOR.extractSeparately(eml, "D2.eml", null);
    assertTrue(e.text().endsWith("Attachments: plan.txt\n\nSee the plan attached."), e.text());
    assertEquals(1, e.files().size());
    DocumentExtractor.Attachment a = e.files().get(0);
    assertEquals("plan.txt", a.fileName());
    assertEquals(
        "Safety plan: grandmother collects Mason.", new String(a.bytes(), StandardCharsets.UTF_8));
    assertEquals("Safety plan: grandmother collects Mason.", a.document().text());
    assertEquals("plan.txt", a.document().title());
    assertEquals("text/plain", a.document().mediaType());

    byte[] locked = TestDocuments.encryptedPdf("secret");
    byte[] msg =
        TestDocuments.msg("Locked report", "See the attached report.", "report.pdf", locked);
    DocumentExtractor.Extracted m = EXTRACTOR.extractSeparately(msg, "locked.msg", null);
    assertEquals(1, m.files().size());
    DocumentExtractor.Attachment r = m.files().get(0);
    assertEquals("application/pdf", r.document().mediaType());
    assertFalse(r.document().hasText());
    assertTrue(
        r.document().warnings().get(0).startsWith("not read (document_encrypted)"),
        r.document().warnings().toString());
    assertEquals(locked.length, r.bytes().length, "kept whole all the same");
    // Other files have no attachments of their own.
    assertEquals(
        List.of(),
        EXTRACTOR.extractSeparately(TestDocuments.pdf("T", "text"), "a.pdf", null).files());
  }

  @Test
  void anOutlookMessageGivesItsHeadersBodyAndAttachment() throws DocumentException {
    byte[] msg =
        TestDocuments.msg(
            "Strategy meeting for Mason",
            "The strategy meeting agreed a section 47 enquiry.",
            "minutes.txt",
            "Minutes: Mason will stay with his grandmother.".getBytes(StandardCharsets.UTF_8));
    DocumentExtractor.Extracted e = EXTRACTOR.extract(msg, "meeting.msg");
    assertEquals("application/vnd.ms-outlook", e.mediaType());
    assertEquals("Strategy meeting for Mason", e.title());
    assertEquals("Jo Bloggs <jo.bloggs@example.nhs.uk>", e.headers().get("From"));
    assertEquals("Sam Worker <sam.worker@example.gov.uk>", e.headers().get("To"));
    assertEquals("Mon, 6 Jan 2025 09:30:00 +0000", e.headers().get("Date"));
    assertTrue(e.text().startsWith("From: Jo Bloggs <jo.bloggs@example.nhs.uk>\n"), e.text());
    assertTrue(e.text().contains("The strategy meeting agreed a section 47 enquiry."), e.text());
    assertEquals(List.of("minutes.txt"), e.attachments());
    assertTrue(e.text().contains("Mason will stay with his grandmother."), e.text());
  }

  @Test
  void textInAnyCommonEncodingIsDecoded() throws DocumentException {
    String note =
        "Café visit: mum paid £20 for the school trip; the children’s coats were new. ".repeat(3);
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1252")}) {
      DocumentExtractor.Extracted e = EXTRACTOR.extract(note.getBytes(cs), "note.txt");
      assertEquals(note.strip(), e.text(), cs.toString());
    }
    String latin1 =
        "Café visit: mum paid £20 for the school trip. Señora García attended. ".repeat(3);
    assertEquals(
        latin1.strip(),
        EXTRACTOR.extract(latin1.getBytes(StandardCharsets.ISO_8859_1), "note.txt").text());
    assertEquals(
        note.strip(),
        EXTRACTOR
            .extract(("\uFEFF" + note).getBytes(StandardCharsets.UTF_16LE), "note.txt")
            .text());
    assertEquals(
        note.strip(),
        EXTRACTOR
            .extract(("\uFEFF" + note).getBytes(StandardCharsets.UTF_16BE), "note.txt")
            .text());
    assertEquals(
        note.strip(),
        EXTRACTOR.extract(("\uFEFF" + note).getBytes(StandardCharsets.UTF_8), "note.txt").text());
    // Undeclared, not UTF-8: read in the encoding detected, not refused.
    byte[] cp1252 =
        "Visit went well and Mum was pleased with the £20 voucher."
            .getBytes(Charset.forName("windows-1252"));
    assertTrue(EXTRACTOR.extract(cp1252, "note.txt").text().contains("£20"));
  }

  @Test
  void textThatSaysItIsUtf8ButIsNotIsRefused() {
    byte[] cp1252 =
        "Visit went well and Mum was pleased with the £20 voucher."
            .getBytes(Charset.forName("windows-1252"));
    DocumentException declared =
        assertThrows(
            DocumentException.class,
            () -> EXTRACTOR.extract(cp1252, "note.txt", "text/plain; charset=UTF-8"));
    assertEquals(DocumentException.Reason.BAD_ENCODING, declared.reason());
    assertTrue(declared.getMessage().contains("not valid UTF-8"), declared.getMessage());
    byte[] bom = new byte[cp1252.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(cp1252, 0, bom, 3, cp1252.length);
    assertEquals(
        DocumentException.Reason.BAD_ENCODING, refused(EXTRACTOR, bom, "note.txt").reason());
    byte[] html =
        ("<html><head><meta charset=\"utf-8\"></head><body><p>Mum paid £20</p></body></html>")
            .getBytes(Charset.forName("windows-1252"));
    assertEquals(
        DocumentException.Reason.BAD_ENCODING, refused(EXTRACTOR, html, "page.html").reason());
  }

  @Test
  void imagesWithoutOcrAreAcceptedWithNoText() throws DocumentException {
    for (String format : new String[] {"png", "jpeg", "tiff"}) {
      byte[] image = TestDocuments.image(format, "Grandmother collects the children");
      DocumentExtractor.Extracted e = NO_OCR.extract(image, "scan." + format);
      assertEquals("image/" + format, e.mediaType());
      assertFalse(e.hasText(), format);
      assertTrue(e.warnings().get(0).contains("OCR"), e.warnings().toString());
    }
    DocumentExtractor.Extracted scan =
        NO_OCR.extract(TestDocuments.scannedPdf("Grandmother collects the children"), "scan.pdf");
    assertEquals("application/pdf", scan.mediaType());
    assertFalse(scan.hasText());
    assertTrue(scan.warnings().get(0).contains("OCR"), scan.warnings().toString());
  }

  @Test
  void imagesAndScannedPdfsAreReadByOcr() throws DocumentException {
    assumeOcr();
    String[] lines = {"Grandmother collects the children", "from school on Tuesdays"};
    for (String format : new String[] {"png", "jpeg", "tiff"}) {
      DocumentExtractor.Extracted e =
          EXTRACTOR.extract(TestDocuments.image(format, lines), "scan." + format);
      assertEquals("image/" + format, e.mediaType());
      String text = e.text().toLowerCase(Locale.ROOT);
      assertTrue(
          text.contains("grandmother collects the children") && text.contains("tuesdays"),
          format + ": " + e.text());
    }
    DocumentExtractor.Extracted scan =
        EXTRACTOR.extract(TestDocuments.scannedPdf(lines), "scan.pdf");
    assertTrue(
        scan.text().toLowerCase(Locale.ROOT).contains("grandmother collects the children"),
        scan.text());
  }

  @Test
  void badFilesAreRefusedWithAReason() {
    assertEquals(
        DocumentException.Reason.EMPTY, refused(EXTRACTOR, new byte[0], "empty.txt").reason());
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    assertEquals(
        DocumentException.Reason.UNSUPPORTED_TYPE, refused(EXTRACTOR, junk, "notes.txt").reason());
    assertEquals(
        DocumentException.Reason.UNSUPPORTED_TYPE, refused(EXTRACTOR, junk, null).reason());
    DocumentException named = refused(EXTRACTOR, junk, "report.docx");
    assertEquals(DocumentException.Reason.CORRUPT, named.reason());
    assertTrue(named.getMessage().contains("Word document (DOCX)"), named.getMessage());
    try (DocumentExtractor small =
        new DocumentExtractor(
            DocumentExtractor.Config.defaults().withLimits(200, 50, Duration.ofSeconds(5)))) {
      assertEquals(
          DocumentException.Reason.TOO_LARGE,
          refused(small, "x".repeat(201).getBytes(StandardCharsets.UTF_8), "a.txt").reason());
      assertEquals(
          DocumentException.Reason.TOO_MUCH_TEXT,
          refused(small, "word ".repeat(19).getBytes(StandardCharsets.UTF_8), "a.txt").reason());
      byte[] html =
          ("<html><body><p>" + "word ".repeat(15) + "</p></body></html>")
              .getBytes(StandardCharsets.UTF_8);
      assertEquals(DocumentException.Reason.TOO_MUCH_TEXT, refused(small, html, "a.html").reason());
    }
    // A few kilobytes of DOCX holding far more text than the limit: stopped by the write limit.
    byte[] repetitive =
        TestDocuments.docx(
            "R", new String[] {"the same sentence again and again. ".repeat(20_000)}, null);
    assertTrue(repetitive.length < 100_000, "compressed: " + repetitive.length);
    try (DocumentExtractor limited =
        new DocumentExtractor(
            DocumentExtractor.Config.defaults()
                .withLimits(10_000_000, 100_000, Duration.ofSeconds(30)))) {
      assertEquals(
          DocumentException.Reason.TOO_MUCH_TEXT,
          refused(limited, repetitive, "long.docx").reason());
    }
  }

  @Test
  void damagedTruncatedAndEncryptedPdfsAreRefused() {
    byte[] pdf =
        TestDocuments.pdf("Minutes", "Page one of the minutes.", "Page two of the minutes.");
    assertEquals(
        DocumentException.Reason.TRUNCATED,
        refused(EXTRACTOR, Arrays.copyOf(pdf, pdf.length / 2), "m.pdf").reason());
    assertEquals(
        DocumentException.Reason.TRUNCATED,
        refused(EXTRACTOR, Arrays.copyOf(pdf, pdf.length - 40), "m.pdf").reason());
    byte[] corrupt = pdf.clone();
    Random random = new Random(3);
    for (int i = 200; i < corrupt.length - 200; i++) corrupt[i] = (byte) random.nextInt();
    DocumentException c = refused(EXTRACTOR, corrupt, "m.pdf");
    assertEquals(DocumentException.Reason.CORRUPT, c.reason());
    assertEquals("the file is not a readable PDF: it is damaged", c.getMessage());
    assertEquals(
        DocumentException.Reason.CORRUPT,
        refused(
                EXTRACTOR,
                "%PDF-1.7\nnothing else %%EOF".getBytes(StandardCharsets.US_ASCII),
                "m.pdf")
            .reason());
    DocumentException enc =
        refused(EXTRACTOR, TestDocuments.encryptedPdf("The secret minutes."), "locked.pdf");
    assertEquals(DocumentException.Reason.ENCRYPTED, enc.reason());
    assertEquals("document_encrypted", enc.reason().code());
  }

  @Test
  void aZipBombDocxIsRefusedWithoutInflatingIt() {
    byte[] bomb = TestDocuments.zipBombDocx();
    assertTrue(bomb.length < 1_000_000, "the bomb is small: " + bomb.length);
    long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    DocumentException e = refused(EXTRACTOR, bomb, "bomb.docx");
    assertEquals(DocumentException.Reason.ZIP_BOMB, e.reason(), e.getMessage());
    assertTrue(
        Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory() - before
            < 2_000_000_000L);
    // A truncated DOCX (half a zip) is damaged, not a bomb.
    byte[] docx = TestDocuments.docx("T", new String[] {"Some text for the document."}, null);
    assertEquals(
        DocumentException.Reason.CORRUPT,
        refused(EXTRACTOR, Arrays.copyOf(docx, docx.length / 2), "half.docx").reason());
  }

  @Test
  void aSlowParseIsStoppedAtTheTimeLimit() {
    String[] pages = new String[400];
    Arrays.fill(pages, "A page of the chronology with a line of text on it.");
    byte[] pdf = TestDocuments.pdf("Long", pages);
    try (DocumentExtractor hasty =
        new DocumentExtractor(
            DocumentExtractor.Config.defaults()
                .withLimits(50_000_000, 2_000_000, Duration.ofMillis(5)))) {
      DocumentException e = refused(hasty, pdf, "long.pdf");
      assertEquals(DocumentException.Reason.TIMEOUT, e.reason());
      assertTrue(e.getMessage().contains("longer than the limit"), e.getMessage());
    }
  }

  @Test
  void deeplyNestedHtmlNeitherCrashesNorHangs() {
    String deep =
        "<html><body>"
            + "<div>".repeat(200_000)
            + "deep text"
            + "</div>".repeat(200_000)
            + "</body></html>";
    try {
      DocumentExtractor.Extracted e =
          EXTRACTOR.extract(deep.getBytes(StandardCharsets.UTF_8), "deep.html");
      assertTrue(e.text().contains("deep text"));
    } catch (DocumentException e) {
      // Refusing it is as good as reading it, as long as it is a clear refusal.
      assertEquals(DocumentException.Reason.CORRUPT, e.reason(), e.getMessage());
    }
  }

  @Test
  void anEmptyLookingFileIsAcceptedWithAWarning() throws DocumentException {
    DocumentExtractor.Extracted e =
        EXTRACTOR.extract("   \n\n  ".getBytes(StandardCharsets.UTF_8), "blank.txt");
    assertFalse(e.hasText());
    assertEquals(List.of("no text found in the file"), e.warnings());
  }

  @Test
  void binaryLooksBinaryAndTextDoesNot() {
    assertTrue(DocumentExtractor.looksBinary(new byte[] {'a', 0, 'b'}));
    assertFalse(DocumentExtractor.looksBinary("plain\ttext\r\n".getBytes(StandardCharsets.UTF_8)));
    assertFalse(DocumentExtractor.looksBinary(("\uFEFFhi").getBytes(StandardCharsets.UTF_16LE)));
  }

  @Test
  void tidyKeepsParagraphsAndDropsPageGaps() {
    assertEquals("a\n\nb\nc", DocumentExtractor.tidy("  a  \r\n\r\n\n\n\nb \t\nc\n\n"));
  }
}
