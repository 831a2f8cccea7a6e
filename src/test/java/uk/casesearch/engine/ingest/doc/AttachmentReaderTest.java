package uk.casesearch.engine.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.ToTextContentHandler;
import org.junit.jupiter.api.Test;

class AttachmentReaderTest {

  private static Metadata named(String name, String type, String kind) {
    Metadata m = new Metadata();
    if (name != null) m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    if (type != null) m.set(Metadata.CONTENT_TYPE, type);
    if (kind != null) m.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, kind);
    return m;
  }

  private static ByteArrayInputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static AttachmentReader reading(int max, long keepBytes, List<String> warnings) {
    AttachmentReader r = new AttachmentReader(max, keepBytes, warnings);
    ParseContext context = new ParseContext();
    context.set(Parser.class, new AutoDetectParser());
    r.parsingWith(context);
    return r;
  }

  @Test
  void eachAttachmentsTextFollowsUnderItsNameUpToTheLimitAndInlineImagesAreLeftOut()
      throws Exception {
    List<String> warnings = new ArrayList<>();
    AttachmentReader r = reading(2, -1, warnings);
    ToTextContentHandler body = new ToTextContentHandler();

    r.parseEmbedded(
        new ByteArrayInputStream(new byte[] {1, 2}),
        body,
        named("logo.png", "image/png", "INLINE"),
        false);
    r.parseEmbedded(text("the plan"), body, named(" plan.txt ", "text/plain", null), false);
    r.parseEmbedded(text("no name"), body, named(null, "text/plain", null), false);
    r.parseEmbedded(text("third"), body, named("c.txt", "text/plain", null), false);
    r.parseEmbedded(text("fourth"), body, named("d.txt", "text/plain", null), false);

    assertEquals(List.of("plan.txt", "attachment-2"), r.names());
    assertEquals(List.of("only the first 2 attachments are read"), warnings, "said once");
    String t = body.toString();
    assertTrue(t.contains("Attachment: plan.txt\nthe plan"), t);
    assertTrue(t.contains("Attachment: attachment-2\nno name"), t);
    assertFalse(t.contains("third"), t);
    assertFalse(t.contains("fourth"), t);
    assertTrue(r.kept().isEmpty());
  }

  @Test
  void keepingBytesKeepsEachFileAsSentAndLeavesOutOneOverTheLimit() throws Exception {
    List<String> warnings = new ArrayList<>();
    AttachmentReader r = reading(10, 5, warnings);
    ToTextContentHandler body = new ToTextContentHandler();

    r.parseEmbedded(text("small"), body, named("a.txt", "text/plain", null), false);
    r.parseEmbedded(text("larger"), body, named("b.txt", "text/plain", null), false);

    assertEquals(List.of("a.txt"), r.names());
    assertEquals(1, r.kept().size());
    assertArrayEquals("small".getBytes(StandardCharsets.UTF_8), r.kept().getFirst());
    assertEquals(
        List.of("attachment b.txt is over the size limit of 5 bytes and is left out"), warnings);
    assertEquals("", body.toString(), "no text is written for kept attachments");
  }
}
