package uk.casesearch.engine.ingest.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text of a document with Apache Tika: PDF, Word (DOCX, DOC), RTF, OpenDocument text,
 * e-mail (RFC 822 and Outlook MSG, with the headers written at the top so that sender, recipients,
 * date and subject are searchable, and each attachment's text after the body), HTML and plain text
 * in any common encoding. Scanned PDFs and images (JPEG, PNG, TIFF) are read by OCR when Tesseract
 * is installed; without it an image is accepted with no text. Every limit is enforced: file size,
 * characters extracted (a zip bomb stops there, if the zip reader has not refused it already) and
 * parse time. Thread-safe.
 *
 * <p>This class detects the type, checks the limits, runs Tika within the time limit and puts the
 * text together; text encodings are {@link TextDecoding}'s, e-mail headers {@link EmailHeaders}',
 * attachments {@link AttachmentReader}'s and what a failure means {@link ExtractionFailures}'.
 */
public final class DocumentExtractor implements AutoCloseable {

  /**
   * Limits and OCR.
   *
   * @param maxBytes the largest file accepted
   * @param maxChars the most characters extracted from one file (and from each attachment)
   * @param timeout the longest the reading of one file may take, its attachments included
   * @param ocr whether to OCR images and scanned PDFs when Tesseract is installed
   * @param ocrLanguage Tesseract's language code(s), such as {@code eng}
   * @param maxAttachments the most attachments of one e-mail read; the rest are left out with a
   *     warning
   */
  public record Config(
      long maxBytes,
      int maxChars,
      Duration timeout,
      boolean ocr,
      String ocrLanguage,
      int maxAttachments) {
    public Config {
      if (maxBytes < 1)
        throw new IllegalArgumentException("maxBytes must be at least 1, got: " + maxBytes);
      if (maxChars < 1)
        throw new IllegalArgumentException("maxChars must be at least 1, got: " + maxChars);
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.toMillis() < 1)
        throw new IllegalArgumentException("timeout must be at least 1 ms, got: " + timeout);
      Objects.requireNonNull(ocrLanguage, "ocrLanguage");
      if (!ocrLanguage.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
        throw new IllegalArgumentException(
            "ocrLanguage must be Tesseract language codes such as eng or eng+cym, got: '"
                + ocrLanguage
                + "'");
      }
      if (maxAttachments < 0)
        throw new IllegalArgumentException(
            "maxAttachments must be at least 0, got: " + maxAttachments);
    }

    /**
     * These limits, with OCR in English when Tesseract is present and up to 100 attachments read.
     */
    public Config(long maxBytes, int maxChars, Duration timeout) {
      this(maxBytes, maxChars, timeout, true, "eng", 100);
    }

    /**
     * 50 MB, 2 million characters, 60 seconds, OCR in English when Tesseract is present, 100
     * attachments.
     */
    public static Config defaults() {
      return new Config(50L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60), true, "eng", 100);
    }

    /** These limits with another size, character and time limit. */
    public Config withLimits(long maxBytes, int maxChars, Duration timeout) {
      return new Config(maxBytes, maxChars, timeout, ocr, ocrLanguage, maxAttachments);
    }

    /** These settings with OCR on or off. */
    public Config withOcr(boolean ocr) {
      return new Config(maxBytes, maxChars, timeout, ocr, ocrLanguage, maxAttachments);
    }
  }

  /**
   * What a document held.
   *
   * @param text the extracted text, whitespace tidied: for an e-mail its headers first, then the
   *     body, then each attachment's text under its file name; empty when there is none (a scan
   *     without OCR)
   * @param mediaType the detected type, such as {@code application/pdf}
   * @param title the document's own title or e-mail subject, or null
   * @param headers an e-mail's From, To, Cc, Date and Subject, in that order; empty for other files
   * @param attachments an e-mail's attachments' file names, in order
   * @param warnings what was read only in part or not at all, for people (never content)
   * @param files from {@link #extractSeparately}, an e-mail's attachments as documents of their own
   *     (their text is then not in this one's); otherwise empty
   */
  public record Extracted(
      String text,
      String mediaType,
      String title,
      Map<String, String> headers,
      List<String> attachments,
      List<String> warnings,
      List<Attachment> files) {
    public Extracted {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(mediaType, "mediaType");
      // Kept in order: From before To before Subject, as a reader expects.
      headers =
          Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
      attachments = List.copyOf(attachments == null ? List.of() : attachments);
      warnings = List.copyOf(warnings == null ? List.of() : warnings);
      files = List.copyOf(files == null ? List.of() : files);
    }

    /** What a document held, with no attachments of its own. */
    public Extracted(
        String text,
        String mediaType,
        String title,
        Map<String, String> headers,
        List<String> attachments,
        List<String> warnings) {
      this(text, mediaType, title, headers, attachments, warnings, List.of());
    }

    /** Whether any text was found: false for a scan or an image when OCR is not available. */
    public boolean hasText() {
      return !text.isBlank();
    }
  }

  /**
   * One attachment of an e-mail, as a document of its own: its file as sent, and what was read from
   * it. An attachment that could not be read is still there, with no text and a warning saying why
   * (nothing sent is lost).
   *
   * @param fileName the attachment's file name, or a made-up one ({@code attachment-2})
   * @param bytes the attachment's bytes, as decoded from the message
   * @param document what was read from it
   */
  public record Attachment(String fileName, byte[] bytes, Extracted document) {
    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(document, "document");
    }
  }

  /** E-mail formats: their headers head the text and their attachments are listed. */
  private static final Set<String> MESSAGE_TYPES =
      Set.of("message/rfc822", "application/vnd.ms-outlook");

  /** Images read by OCR (Tika's OCR parser answers to their image/ocr-* names). */
  private static final Set<String> IMAGE_TYPES =
      Set.of("image/jpeg", "image/png", "image/tiff", "image/bmp", "image/gif");

  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+\\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private final Config config;
  private final ExtractionFailures failures;
  private final AutoDetectParser parser = new AutoDetectParser();
  private final Set<MediaType> supported;
  private final boolean ocrAvailable;
  private final ExecutorService parsing =
      Executors.newCachedThreadPool(
          Thread.ofPlatform().daemon().name("document-parse-", 0).factory());

  /**
   * @param config limits and OCR settings
   */
  public DocumentExtractor(Config config) {
    this.config = Objects.requireNonNull(config, "config");
    this.failures = new ExtractionFailures(config.maxChars(), config.timeout());
    this.supported = parser.getSupportedTypes(new ParseContext());
    this.ocrAvailable = config.ocr() && tesseractInstalled();
  }

  private static boolean tesseractInstalled() {
    try {
      return new TesseractOCRParser().hasTesseract();
    } catch (TikaConfigException | RuntimeException e) {
      return false;
    }
  }

  /** The limits and OCR settings in force. */
  public Config config() {
    return config;
  }

  /** Whether images and scanned PDFs are read by OCR: asked for, and Tesseract is installed. */
  public boolean ocrAvailable() {
    return ocrAvailable;
  }

  /**
   * Extracts a document's text.
   *
   * @param bytes the file
   * @param fileName its name, a hint for type detection (may be null)
   * @throws DocumentException if it is empty, too large, of an unreadable type, damaged, truncated,
   *     encrypted, wrongly encoded, a zip bomb, holds too much text or takes too long
   */
  public Extracted extract(byte[] bytes, String fileName) throws DocumentException {
    return extract(bytes, fileName, null);
  }

  /**
   * Extracts a document's text.
   *
   * @param bytes the file
   * @param fileName its name, a hint for type detection (may be null)
   * @param declaredType the media type the sender gave the file (may be null); only its charset is
   *     used: a text file declared UTF-8 must be UTF-8
   * @throws DocumentException if it is empty, too large, of an unreadable type, damaged, truncated,
   *     encrypted, wrongly encoded, a zip bomb, holds too much text or takes too long
   */
  public Extracted extract(byte[] bytes, String fileName, String declaredType)
      throws DocumentException {
    Objects.requireNonNull(bytes, "bytes");
    return extract(
        bytes, fileName, declaredType, System.nanoTime() + config.timeout().toNanos(), false);
  }

  /**
   * Extracts a document's text, an e-mail's attachments as documents of their own (in {@link
   * Extracted#files()}, each read in turn within the same time limit) rather than as text after its
   * body. Other files are read as by {@link #extract(byte[], String, String)}.
   *
   * @param bytes the file
   * @param fileName its name, a hint for type detection (may be null)
   * @param declaredType the media type the sender gave the file (may be null)
   * @throws DocumentException as {@link #extract(byte[], String, String)}; an attachment that
   *     cannot be read does not fail the e-mail
   */
  public Extracted extractSeparately(byte[] bytes, String fileName, String declaredType)
      throws DocumentException {
    Objects.requireNonNull(bytes, "bytes");
    return extract(
        bytes, fileName, declaredType, System.nanoTime() + config.timeout().toNanos(), true);
  }

  private Extracted extract(
      byte[] bytes, String fileName, String declaredType, long deadline, boolean separately)
      throws DocumentException {
    if (bytes.length == 0)
      throw new DocumentException(DocumentException.Reason.EMPTY, "the file is empty");
    if (bytes.length > config.maxBytes()) {
      throw new DocumentException(
          DocumentException.Reason.TOO_LARGE,
          "the file is " + bytes.length + " bytes; the limit is " + config.maxBytes());
    }
    Metadata metadata = new Metadata();
    if (fileName != null && !fileName.isBlank())
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    MediaType type = detect(bytes, metadata);
    String base = type.getBaseType().toString();
    TextDecoding.check(bytes, type, declaredType);
    if (base.equals("application/pdf")) checkPdfFrame(bytes);

    List<String> warnings = new ArrayList<>();
    if (IMAGE_TYPES.contains(base)) {
      if (!ocrAvailable) {
        warnings.add("no text: the image is kept, but OCR (tesseract) is not available to read it");
        return new Extracted("", base, null, Map.of(), List.of(), warnings);
      }
      metadata.set(
          TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, "image/ocr-" + type.getSubtype());
    } else if (!supported.contains(type.getBaseType())) {
      MediaType named = detectByName(fileName);
      if (named != null && supported.contains(named.getBaseType())) {
        throw new DocumentException(
            DocumentException.Reason.CORRUPT,
            "the file is named as "
                + ExtractionFailures.describe(named.getBaseType().toString())
                + " but its content is not one");
      }
      throw new DocumentException(
          DocumentException.Reason.UNSUPPORTED_TYPE, "files of type " + base + " cannot be read");
    }

    String body;
    boolean message = MESSAGE_TYPES.contains(base);
    AttachmentReader attachments =
        new AttachmentReader(
            config.maxAttachments(), separately && message ? config.maxBytes() : -1, warnings);
    if (base.equals("text/plain")) {
      body = TextDecoding.decode(bytes);
      if (body.length() > config.maxChars()) throw failures.tooMuchText();
    } else {
      body = parseWithDeadline(bytes, metadata, type, attachments, deadline);
    }
    Map<String, String> headers = message ? EmailHeaders.of(metadata) : Map.of();
    List<String> names = message ? attachments.names() : List.of();
    List<Attachment> files = new ArrayList<>();
    for (int i = 0; i < attachments.kept().size(); i++) {
      files.add(readAttachment(names.get(i), attachments.kept().get(i), deadline));
    }
    StringBuilder text = new StringBuilder();
    headers.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    if (!names.isEmpty())
      text.append("Attachments: ").append(String.join(", ", names)).append('\n');
    if (!text.isEmpty()) text.append('\n');
    text.append(body);
    String tidy = tidy(text.toString());
    if (tidy.length() > config.maxChars()) throw failures.tooMuchText();
    if (body.isBlank()) {
      boolean scannable = base.equals("application/pdf") || IMAGE_TYPES.contains(base);
      warnings.add(
          scannable && !ocrAvailable
              ? "no text found: a scan? OCR (tesseract) is not available to read it"
              : "no text found in the file");
    }
    return new Extracted(tidy, base, EmailHeaders.title(metadata), headers, names, warnings, files);
  }

  /**
   * An attachment read as a document of its own; one that cannot be read kept with no text and the
   * reason.
   */
  private Attachment readAttachment(String name, byte[] bytes, long deadline) {
    try {
      Extracted d = extract(bytes, name, null, deadline, false);
      return new Attachment(
          name,
          bytes,
          new Extracted(
              d.text(),
              d.mediaType(),
              d.title() == null ? name : d.title(),
              d.headers(),
              d.attachments(),
              d.warnings()));
    } catch (DocumentException e) {
      String type = "application/octet-stream";
      try {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        type = detect(bytes, m).getBaseType().toString();
      } catch (DocumentException ignored) {
        // the generic type will do
      }
      return new Attachment(
          name,
          bytes,
          new Extracted(
              "",
              type,
              name,
              Map.of(),
              List.of(),
              List.of("not read (" + e.reason().code() + "): " + e.getMessage())));
    }
  }

  private MediaType detect(byte[] bytes, Metadata metadata) throws DocumentException {
    try {
      return parser.getDetector().detect(new ByteArrayInputStream(bytes), metadata);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(
          DocumentException.Reason.CORRUPT, "the file's type cannot be detected", e);
    }
  }

  /** The type a file name alone suggests, or null. */
  private MediaType detectByName(String fileName) {
    if (fileName == null || fileName.isBlank()) return null;
    Metadata m = new Metadata();
    m.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    try {
      MediaType t = parser.getDetector().detect(null, m);
      return t.equals(MediaType.OCTET_STREAM) ? null : t;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A PDF must start with its header and end with its end-of-file marker: PDFBox reads a truncated
   * file leniently and would index part of it as if it were all of it.
   */
  private static void checkPdfFrame(byte[] bytes) throws DocumentException {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    if (!head.contains("%PDF-")) {
      throw new DocumentException(
          DocumentException.Reason.CORRUPT, "the file is named as a PDF but has no PDF header");
    }
    int from = Math.max(0, bytes.length - 1024);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    if (!tail.contains("%%EOF")) {
      throw new DocumentException(
          DocumentException.Reason.TRUNCATED,
          "the PDF is truncated (it has no end-of-file marker): send the whole file");
    }
  }

  private String parseWithDeadline(
      byte[] bytes, Metadata metadata, MediaType type, AttachmentReader attachments, long deadline)
      throws DocumentException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) throw failures.timeout();
    Future<String> body = parsing.submit(() -> parse(bytes, metadata, attachments, remaining));
    try {
      return body.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // Parsers do not check for interruption: the thread runs on until its parser returns, but
      // the caller is answered now. OCR runs in a process that Tika kills at the same deadline.
      body.cancel(true);
      throw failures.timeout();
    } catch (InterruptedException e) {
      body.cancel(true);
      Thread.currentThread().interrupt();
      throw ExtractionFailures.interrupted();
    } catch (ExecutionException e) {
      throw failures.classify(e.getCause(), type);
    }
  }

  private String parse(
      byte[] bytes, Metadata metadata, AttachmentReader attachments, long remainingNanos)
      throws IOException, SAXException, TikaException {
    BodyContentHandler handler = new BodyContentHandler(config.maxChars());
    ParseContext context = new ParseContext();
    // Embedded documents (attachments, objects in Word files and PDFs) are parsed too, their text
    // following the body under their file name, within the same character limit.
    context.set(Parser.class, parser);
    attachments.parsingWith(context);
    context.set(EmbeddedDocumentExtractor.class, attachments);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(
        ocrAvailable ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(!ocrAvailable);
    ocr.setLanguage(config.ocrLanguage());
    ocr.setTimeoutSeconds((int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(remainingNanos)));
    context.set(TesseractOCRConfig.class, ocr);
    parser.parse(new ByteArrayInputStream(bytes), handler, metadata, context);
    return handler.toString();
  }

  /** Whether a file detected as text is binary, as {@link TextDecoding#looksBinary} decides. */
  static boolean looksBinary(byte[] bytes) {
    return TextDecoding.looksBinary(bytes);
  }

  /** Line ends made \n, spaces at line ends dropped, runs of blank lines (PDF pages) made one. */
  static String tidy(String s) {
    String t = s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    t = TRAILING_SPACE.matcher(t).replaceAll("\n");
    t = BLANK_LINES.matcher(t).replaceAll("\n\n");
    return t.strip();
  }

  @Override
  public void close() {
    parsing.shutdownNow();
  }
}
