package uk.casesearch.engine.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static final byte[] NOT_UTF8 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void aByteOrderMarkDecidesThenValidUtf8ThenDetectionAsWindows1252() throws DocumentException {
    assertEquals(
        "b\u00e9b\u00e9", TextDecoding.decode(bom(0xFF, 0xFE, "b\u00e9b\u00e9", "UTF-16LE")));
    assertEquals(
        "b\u00e9b\u00e9", TextDecoding.decode(bom(0xFE, 0xFF, "b\u00e9b\u00e9", "UTF-16BE")));
    assertEquals(
        "\u201cquoted\u201d \u20ac",
        TextDecoding.decode("\u201cquoted\u201d \u20ac".getBytes(StandardCharsets.UTF_8)));
    String text = "\u201cThe price\u201d was \u20ac20 and it was paid in full at the caf\u00e9.";
    assertEquals(text, TextDecoding.decode(text.getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void utf8IsStrictAndSkipsItsByteOrderMark() {
    byte[] withMark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, (byte) 0xA9};
    assertEquals("a\u00e9", TextDecoding.utf8(withMark));
    assertNull(TextDecoding.utf8(NOT_UTF8));
  }

  @Test
  void textThatSaysUtf8MustBeUtf8() {
    MediaType plain = MediaType.TEXT_PLAIN;
    DocumentException declared =
        assertThrows(
            DocumentException.class,
            () -> TextDecoding.check(NOT_UTF8, plain, "text/plain; charset=\"UTF-8\""));
    assertEquals(DocumentException.Reason.BAD_ENCODING, declared.reason());
    assertTrue(declared.getMessage().contains("declared charset"), declared.getMessage());

    byte[] meta =
        "<html><head><meta charset=utf8></head><body>caf\u00e9</body></html>"
            .getBytes(StandardCharsets.ISO_8859_1);
    DocumentException html =
        assertThrows(
            DocumentException.class, () -> TextDecoding.check(meta, MediaType.text("html"), null));
    assertTrue(html.getMessage().contains("HTML meta charset"), html.getMessage());

    // Declaring nothing, or another charset, leaves the encoding to detection.
    assertDoesNotThrow(() -> TextDecoding.check(NOT_UTF8, plain, null));
    assertDoesNotThrow(() -> TextDecoding.check(NOT_UTF8, plain, "text/plain; charset=latin1"));
    // Only text is checked.
    assertDoesNotThrow(
        () -> TextDecoding.check(NOT_UTF8, MediaType.application("pdf"), "x/y; charset=utf-8"));
  }

  @Test
  void binaryUnderATextNameIsRefusedButUtf16IsText() {
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> TextDecoding.check(new byte[] {'a', 0, 'b'}, MediaType.TEXT_PLAIN, null));
    assertEquals(DocumentException.Reason.UNSUPPORTED_TYPE, e.reason());
    assertFalse(TextDecoding.looksBinary(bom(0xFF, 0xFE, "text", "UTF-16LE")));
    assertTrue(TextDecoding.looksBinary(new byte[] {'a', 1, 2, 'b', 'c'}));
    assertFalse(
        TextDecoding.looksBinary("tabs\tand\r\nform\ffeeds".getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] bom(int first, int second, String text, String charset) {
    byte[] body = text.getBytes(Charset.forName(charset));
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) first;
    out[1] = (byte) second;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }
}
