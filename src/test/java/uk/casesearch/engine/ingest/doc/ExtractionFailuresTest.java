package uk.casesearch.engine.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.time.Duration;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class ExtractionFailuresTest {

  private static final ExtractionFailures FAILURES =
      new ExtractionFailures(1000, Duration.ofMillis(2500));
  private static final MediaType PDF = MediaType.application("pdf");

  /** Known by its name, as PDFBox's (whose constructor is not public) is. */
  private static final class InvalidPasswordException extends IOException {
    InvalidPasswordException(String message) {
      super(message);
    }
  }

  private static DocumentException.Reason reason(Throwable e) {
    return FAILURES.classify(e, PDF).reason();
  }

  @Test
  void theFilesOwnFailuresAreFoundAnywhereAmongTheCauses() {
    assertEquals(
        DocumentException.Reason.ENCRYPTED,
        reason(new TikaException("x", new EncryptedDocumentException("locked"))));
    assertEquals(
        DocumentException.Reason.ENCRYPTED,
        reason(new IOException(new org.apache.poi.EncryptedDocumentException("locked"))));
    assertEquals(
        DocumentException.Reason.ENCRYPTED,
        reason(new TikaException("x", new IOException(new InvalidPasswordException("pw")))));
    assertEquals(
        DocumentException.Reason.EMPTY,
        reason(new TikaException("x", new ZeroByteFileException("0"))));
    assertEquals(
        DocumentException.Reason.ZIP_BOMB, reason(new TikaException("Zip bomb detected!")));
    assertEquals(
        DocumentException.Reason.ZIP_BOMB,
        reason(
            new IOException("x", new IOException("exceeded the max. ratio for compressed files"))));
    DocumentException nested = FAILURES.classify(new TikaException("Max nesting depth: 100"), PDF);
    assertEquals(DocumentException.Reason.CORRUPT, nested.reason());
    assertEquals(
        "the file's structure is nested too deeply to be read safely", nested.getMessage());
  }

  @Test
  void theCharacterLimitComesBeforeAnythingElse() {
    DocumentException e =
        FAILURES.classify(
            new TikaException("zip bomb?", new WriteLimitReachedException(1000)), PDF);
    assertEquals(DocumentException.Reason.TOO_MUCH_TEXT, e.reason());
    assertEquals("the file holds more than 1000 characters of text", e.getMessage());
    assertEquals("document_too_much_text", e.reason().code());
  }

  @Test
  void exhaustingMemoryOrTheStackIsTooComplexAndAnythingElseDamagedWithoutQuotingTheParser() {
    assertEquals(
        "the file is too complex to be read safely",
        FAILURES.classify(new StackOverflowError(), PDF).getMessage());
    assertEquals(
        DocumentException.Reason.CORRUPT, FAILURES.classify(new OutOfMemoryError(), PDF).reason());
    IOException parser = new IOException("unexpected token near 'Jo Bloggs, 12 Acacia Avenue'");
    DocumentException e = FAILURES.classify(parser, PDF);
    assertEquals(DocumentException.Reason.CORRUPT, e.reason());
    assertEquals("the file is not a readable PDF: it is damaged", e.getMessage());
    assertFalse(e.getMessage().contains("Bloggs"), "the parser's message is never passed on");
    assertSame(parser, e.getCause(), "but it is kept as the cause, for the logs");
    assertEquals(
        "the file is not a readable image (png): it is damaged",
        FAILURES.classify(new IOException(), MediaType.image("png")).getMessage());
  }

  @Test
  void timeoutsAndInterruptionsAreTimeouts() {
    assertEquals(DocumentException.Reason.TIMEOUT, FAILURES.timeout().reason());
    assertEquals(
        "reading the file took longer than the limit of 2.5 s", FAILURES.timeout().getMessage());
    assertEquals(DocumentException.Reason.TIMEOUT, ExtractionFailures.interrupted().reason());
  }

  @Test
  void typesAreNamedForPeople() {
    assertEquals(
        "Word document (DOCX)",
        ExtractionFailures.describe(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    assertEquals("e-mail", ExtractionFailures.describe("message/rfc822"));
    assertEquals("image (tiff)", ExtractionFailures.describe("image/tiff"));
    assertEquals("application/zip", ExtractionFailures.describe("application/zip"));
  }
}
