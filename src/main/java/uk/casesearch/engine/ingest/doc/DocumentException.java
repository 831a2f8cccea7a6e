package uk.casesearch.engine.ingest.doc;

import java.util.Locale;

/**
 * A document that cannot be read, with a stable reason code for callers (the API answers with it)
 * and a message that names the problem but never the document's content.
 */
public final class DocumentException extends Exception {

  /** Why a document was refused. */
  public enum Reason {
    /** The file has no bytes. */
    EMPTY,
    /** The file is larger than the configured limit. */
    TOO_LARGE,
    /** No parser reads this kind of file (binary junk lands here too). */
    UNSUPPORTED_TYPE,
    /** The file claims a format but its content is damaged. */
    CORRUPT,
    /** The file ends before its format says it does (a PDF without its end marker). */
    TRUNCATED,
    /** The file is encrypted or password-protected. */
    ENCRYPTED,
    /** The file says it is UTF-8 (byte-order mark, declared charset) but is not. */
    BAD_ENCODING,
    /**
     * The file expands to far more than its size: a zip bomb, or near enough to be refused as one.
     */
    ZIP_BOMB,
    /** The text extracted would exceed the configured limit. */
    TOO_MUCH_TEXT,
    /** Parsing took longer than the configured limit. */
    TIMEOUT;

    /** The reason as an API error code: {@code document_too_large}. */
    public String code() {
      return "document_" + name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;

  /**
   * @param reason why the document was refused
   * @param message what is wrong, for people; never the document's content
   */
  public DocumentException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * @param reason why the document was refused
   * @param message what is wrong, for people; never the document's content
   * @param cause the parser's exception
   */
  public DocumentException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why the document was refused. */
  public Reason reason() {
    return reason;
  }
}
