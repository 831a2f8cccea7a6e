package uk.casesearch.engine.ingest.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Text files and their encodings: whether a file detected as text is text at all, whether one that
 * says it is UTF-8 is, and plain text decoded in the encoding it is in. A file that says UTF-8 and
 * is not is refused rather than read as something else, which would index garbled words.
 */
final class TextDecoding {

  private static final Pattern META_UTF8 =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*utf-?8", Pattern.CASE_INSENSITIVE);

  private TextDecoding() {}

  /**
   * Refuses text that is not what it says: binary data under a text name, and text that declares
   * UTF-8 (a byte-order mark, the sender's charset, an HTML meta tag) but is not valid UTF-8. Text
   * that declares nothing is read in whatever encoding it is detected to be.
   *
   * @param type the detected type; only text types are checked
   * @param declaredType the media type the sender gave the file, or null
   */
  static void check(byte[] bytes, MediaType type, String declaredType) throws DocumentException {
    if (!type.getType().equals("text")) return;
    if (looksBinary(bytes)) {
      // A name ending in .txt makes Tika call anything text; a record of binary junk helps nobody.
      throw new DocumentException(
          DocumentException.Reason.UNSUPPORTED_TYPE,
          "the file is named as text but holds binary data");
    }
    String declared = declaredCharset(declaredType);
    boolean bom =
        bytes.length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    boolean meta =
        type.getSubtype().equals("html")
            && META_UTF8
                .matcher(
                    new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1))
                .find();
    boolean saysUtf8 = bom || meta || "utf-8".equals(declared) || "utf8".equals(declared);
    if (saysUtf8 && utf8(bytes) == null) {
      throw new DocumentException(
          DocumentException.Reason.BAD_ENCODING,
          "the file says it is UTF-8 ("
              + (bom ? "byte-order mark" : meta ? "HTML meta charset" : "declared charset")
              + ") but is not valid UTF-8: save it as UTF-8, or send it without the charset");
    }
  }

  /** The charset parameter of a media type, lower case, or null. */
  private static String declaredCharset(String declaredType) {
    if (declaredType == null) return null;
    MediaType t = MediaType.parse(declaredType);
    String cs = t == null ? null : t.getParameters().get("charset");
    return cs == null ? null : cs.strip().replace("\"", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a file detected as text is binary: it holds NUL bytes (and is not UTF-16, which starts
   * with a byte-order mark) or more than one control character in ten among its first 8 KB.
   */
  static boolean looksBinary(byte[] bytes) {
    boolean utf16 =
        bytes.length >= 2
            && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    if (utf16) return false;
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
    }
    return control * 10 > n;
  }

  /**
   * Plain text in its encoding: the one its byte-order mark names; else UTF-8 if it is valid UTF-8
   * (charset guessing could only get that wrong); else the one Tika's detectors find, where
   * ISO-8859-1 is read as windows-1252, its superset, as browsers do (curly quotes, the euro sign).
   */
  static String decode(byte[] bytes) throws DocumentException {
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    String utf8 = utf8(bytes);
    if (utf8 != null) return utf8;
    Charset detected;
    try {
      detected =
          new DefaultEncodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
    } catch (IOException e) {
      throw new DocumentException(
          DocumentException.Reason.CORRUPT, "the text's encoding cannot be detected", e);
    }
    if (detected == null
        || detected.equals(StandardCharsets.ISO_8859_1)
        || detected.equals(StandardCharsets.US_ASCII)
        || detected.equals(StandardCharsets.UTF_8)) {
      detected = Charset.forName("windows-1252");
    }
    return new String(bytes, detected);
  }

  /** The bytes as UTF-8 (without a byte-order mark), or null if they are not valid UTF-8. */
  static String utf8(byte[] bytes) {
    int skip =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
