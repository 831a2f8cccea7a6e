package uk.casesearch.engine.ingest.doc;

import java.time.Duration;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.mime.MediaType;

/**
 * What a failure to read a file means, as a {@link DocumentException.Reason} (and so its API code)
 * and a message for people that never quotes the file's content: a parser's own message may, so it
 * is only looked at, never passed on.
 *
 * <p>Encryption, damage, an empty file, deep nesting, a zip bomb and too much text are the file's
 * own and come back each time it is sent. Others are not the file's alone: a timeout depends on the
 * machine's load as well as the file; a file that exhausts the memory or the stack is called too
 * complex, though parses running at the same time share the memory; and an interrupted read (the
 * server stopping) says nothing about the file at all.
 */
final class ExtractionFailures {

  private final int maxChars;
  private final Duration timeout;

  /**
   * @param maxChars the most characters extracted from one file
   * @param timeout the longest the reading of one file may take
   */
  ExtractionFailures(int maxChars, Duration timeout) {
    this.maxChars = maxChars;
    this.timeout = timeout;
  }

  /**
   * Why a parser failed on a file of {@code type}: what its exception, or any of its causes, says
   * (the character limit reached, encryption, an empty file, nesting, a zip bomb); a file that
   * exhausted the memory or the stack is too complex; anything else is a damaged file.
   */
  DocumentException classify(Throwable e, MediaType type) {
    if (WriteLimitReachedException.isWriteLimitReached(e)) return tooMuchText();
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof EncryptedDocumentException
          || c instanceof org.apache.poi.EncryptedDocumentException
          || c.getClass().getSimpleName().equals("InvalidPasswordException")) {
        return new DocumentException(
            DocumentException.Reason.ENCRYPTED, "the file is encrypted or password-protected", e);
      }
      if (c instanceof ZeroByteFileException) {
        return new DocumentException(DocumentException.Reason.EMPTY, "the file is empty", e);
      }
      String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("nesting")) {
        return new DocumentException(
            DocumentException.Reason.CORRUPT,
            "the file's structure is nested too deeply to be read safely",
            e);
      }
      if (m.contains("zip bomb") || m.contains("max. ratio")) {
        return new DocumentException(
            DocumentException.Reason.ZIP_BOMB,
            "the file expands to far more than its size (a zip bomb, or near enough to be refused as one)",
            e);
      }
    }
    if (e instanceof OutOfMemoryError || e instanceof StackOverflowError) {
      return new DocumentException(
          DocumentException.Reason.CORRUPT, "the file is too complex to be read safely", e);
    }
    // A parser's message may quote content: say only what kind of file would not read.
    return new DocumentException(
        DocumentException.Reason.CORRUPT,
        "the file is not a readable " + describe(type.getBaseType().toString()) + ": it is damaged",
        e);
  }

  /** The file holds more text than the limit. */
  DocumentException tooMuchText() {
    return new DocumentException(
        DocumentException.Reason.TOO_MUCH_TEXT,
        "the file holds more than " + maxChars + " characters of text");
  }

  /** Reading the file took longer than the limit. */
  DocumentException timeout() {
    return new DocumentException(
        DocumentException.Reason.TIMEOUT,
        "reading the file took longer than the limit of " + timeout.toMillis() / 1000.0 + " s");
  }

  /** The reading thread was interrupted: nothing is known about the file. */
  static DocumentException interrupted() {
    return new DocumentException(
        DocumentException.Reason.TIMEOUT, "interrupted while reading the file");
  }

  /** A type's name for people. */
  static String describe(String mediaType) {
    return switch (mediaType) {
      case "application/pdf" -> "PDF";
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
          "Word document (DOCX)";
      case "application/msword" -> "Word document (DOC)";
      case "application/rtf" -> "RTF document";
      case "application/vnd.oasis.opendocument.text" -> "OpenDocument text (ODT)";
      case "message/rfc822" -> "e-mail";
      case "application/vnd.ms-outlook" -> "Outlook message (MSG)";
      case "text/html", "application/xhtml+xml" -> "HTML page";
      case "text/plain" -> "text file";
      default ->
          mediaType.startsWith("image/") ? "image (" + mediaType.substring(6) + ")" : mediaType;
    };
  }
}
