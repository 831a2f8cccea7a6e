package uk.casesearch.engine.ingest.doc;

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
    /** The file claims a format but its content is damaged or truncated. */
    CORRUPT,
    /** The file is encrypted or password-protected. */
    ENCRYPTED,
    /** The text extracted would exceed the configured limit (for example a zip bomb). */
    TOO_MUCH_TEXT,
    /** Parsing took longer than the configured limit. */
    TIMEOUT;

    /** The reason as an API error code: {@code too_large}. */
    public String code() {
      return "document_" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Reason reason;

  public DocumentException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public DocumentException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
