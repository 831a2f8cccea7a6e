package uk.casesearch.engine.ingest.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text of a document with Apache Tika: PDF, Word (DOCX, DOC), RTF, OpenDocument,
 * Outlook MSG, HTML (case-system exports), e-mail (RFC 822, with its headers written at the top so
 * that sender, recipients, date and subject are searchable, and the text of attachments after the
 * body), plain text in any common encoding, and images and scanned PDF pages through Tesseract OCR
 * when it is installed (without it an image is read as having no text).
 * Every limit is enforced: file size, characters extracted (a zip bomb stops there) and parse time.
 * Thread-safe.
 */
public final class DocumentExtractor implements AutoCloseable {

  /**
   * Limits.
   *
   * @param maxBytes the largest file accepted
   * @param maxChars the most characters extracted from one file
   * @param timeout the longest one parse may take
   */
  public record Config(long maxBytes, int maxChars, Duration timeout) {
    public Config {
      if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be at least 1, got: " + maxBytes);
      if (maxChars < 1) throw new IllegalArgumentException("maxChars must be at least 1, got: " + maxChars);
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
    }

    /** 50 MB, 2 million characters, 60 seconds. */
    public static Config defaults() {
      return new Config(50L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60));
    }
  }

  /**
   * What a document held.
   *
   * @param text the extracted text (e-mail headers first), stripped
   * @param mediaType the detected type, such as {@code text/html}
   * @param title the document's own title or e-mail subject, or null
   */
  public record Extracted(String text, String mediaType, String title) {
    /** Whether any text was found (a scan without OCR has none). */
    public boolean hasText() {
      return !text.isBlank();
    }
  }

  private final Config config;
  private final AutoDetectParser parser = new AutoDetectParser();
  private final Set<MediaType> supported;
  private final ExecutorService parsing =
      Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("document-parse-", 0).factory());

  public DocumentExtractor(Config config) {
    this.config = Objects.requireNonNull(config, "config");
    this.supported = parser.getSupportedTypes(new ParseContext());
  }

  /**
   * Extracts a document's text.
   *
   * @param bytes the file
   * @param fileName its name, a hint for type detection (may be null)
   * @throws DocumentException if it is empty, too large, of an unreadable type, damaged,
   *     encrypted, holds too much text or takes too long
   */
  public Extracted extract(byte[] bytes, String fileName) throws DocumentException {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) throw new DocumentException(DocumentException.Reason.EMPTY, "the file is empty");
    if (bytes.length > config.maxBytes()) {
      throw new DocumentException(
          DocumentException.Reason.TOO_LARGE,
          "the file is " + bytes.length + " bytes; the limit is " + config.maxBytes());
    }
    Metadata metadata = new Metadata();
    if (fileName != null) metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    MediaType type;
    try {
      type = parser.getDetector().detect(new ByteArrayInputStream(bytes), metadata);
    } catch (IOException e) {
      throw new DocumentException(DocumentException.Reason.CORRUPT, "the file's type cannot be detected", e);
    }
    if (type.getType().equals("text") && looksBinary(bytes)) {
      // A name ending in .txt makes Tika call anything text; a record of binary junk helps nobody.
      throw new DocumentException(
          DocumentException.Reason.UNSUPPORTED_TYPE, "the file is named as text but holds binary data");
    }
    if (!supported.contains(type.getBaseType())) {
      throw new DocumentException(
          DocumentException.Reason.UNSUPPORTED_TYPE, "files of type " + type.getBaseType() + " cannot be read");
    }
    Future<String> body = parsing.submit(() -> parse(bytes, metadata));
    String text;
    try {
      text = body.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      body.cancel(true);
      throw new DocumentException(
          DocumentException.Reason.TIMEOUT, "reading the file took longer than " + config.timeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      body.cancel(true);
      Thread.currentThread().interrupt();
      throw new DocumentException(DocumentException.Reason.TIMEOUT, "interrupted while reading the file");
    } catch (ExecutionException e) {
      throw classify(e.getCause(), type);
    }
    String title = firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.SUBJECT));
    return new Extracted(headers(metadata, type) + text.strip(), type.getBaseType().toString(), title);
  }

  private String parse(byte[] bytes, Metadata metadata) throws IOException, SAXException, TikaException {
    BodyContentHandler handler = new BodyContentHandler(config.maxChars());
    ParseContext context = new ParseContext();
    // Attachments and embedded documents are parsed too, their text following the body.
    context.set(Parser.class, parser);
    // A PDF page without a text layer (a scan) is read by OCR when Tesseract is installed.
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
    context.set(PDFParserConfig.class, pdf);
    parser.parse(new ByteArrayInputStream(bytes), handler, metadata, context);
    return handler.toString();
  }

  private DocumentException classify(Throwable e, MediaType type) {
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return new DocumentException(
          DocumentException.Reason.TOO_MUCH_TEXT,
          "the file holds more than " + config.maxChars() + " characters of text");
    }
    if (e instanceof EncryptedDocumentException) {
      return new DocumentException(DocumentException.Reason.ENCRYPTED, "the file is encrypted", e);
    }
    if (e instanceof ZeroByteFileException) {
      return new DocumentException(DocumentException.Reason.EMPTY, "the file is empty", e);
    }
    // The message of a parser's exception may quote content: keep only its kind.
    return new DocumentException(
        DocumentException.Reason.CORRUPT,
        "the file is not a readable " + type.getBaseType() + " (" + e.getClass().getSimpleName() + ")",
        e);
  }

  /**
   * Whether a file detected as text is binary: it holds NUL bytes (and is not UTF-16, which starts
   * with a byte-order mark) or more than one control character in ten among its first 8 KB.
   */
  static boolean looksBinary(byte[] bytes) {
    boolean utf16 =
        bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    if (utf16) return false;
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
    }
    return control * 10 > n;
  }

  /** An e-mail's headers as lines at the top of its text; nothing for other types. */
  private static String headers(Metadata m, MediaType type) {
    if (!type.getBaseType().toString().toLowerCase(Locale.ROOT).startsWith("message/")) return "";
    List<String> lines = new ArrayList<>();
    addHeader(lines, "From", m.getValues(Message.MESSAGE_FROM));
    addHeader(lines, "To", m.getValues(Message.MESSAGE_TO));
    addHeader(lines, "Cc", m.getValues(Message.MESSAGE_CC));
    addHeader(lines, "Date", m.getValues(TikaCoreProperties.CREATED));
    addHeader(lines, "Subject", m.getValues(TikaCoreProperties.TITLE));
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n\n";
  }

  private static void addHeader(List<String> lines, String name, String[] values) {
    if (values != null && values.length > 0) lines.add(name + ": " + String.join(", ", values));
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  @Override
  public void close() {
    parsing.shutdownNow();
  }
}
