package uk.casesearch.engine.ingest.doc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses each embedded document (an e-mail's attachment, an object in a Word file) into the text
 * after the body, as Tika does, but counts and names them, stops at the configured number, and
 * leaves out an image shown inside an e-mail's body (a signature logo). Alternatively keeps each
 * attachment's bytes, for reading it as a document of its own. One reader serves one parse.
 */
final class AttachmentReader implements EmbeddedDocumentExtractor {

  private final List<String> names = new ArrayList<>();
  private final List<byte[]> kept = new ArrayList<>();
  private final int max;
  private final long keepBytes;
  private final List<String> warnings;
  private ParseContext context;
  private int seen;

  /**
   * @param max the most attachments read; the rest are left out with a warning
   * @param keepBytes at 0 or more, keep each attachment's bytes, up to this many, instead of its
   *     text (a larger one is left out with a warning); below 0, parse its text
   * @param warnings where to say what was left out
   */
  AttachmentReader(int max, long keepBytes, List<String> warnings) {
    this.max = max;
    this.keepBytes = keepBytes;
    this.warnings = warnings;
  }

  /** The parse the attachments are part of: they are parsed with its parser and settings. */
  void parsingWith(ParseContext context) {
    this.context = context;
  }

  /** The names of the attachments read or kept, in order ({@code attachment-2} for unnamed). */
  List<String> names() {
    return names;
  }

  /**
   * With {@code keepBytes} at 0 or more: each attachment's bytes, in the order of {@link #names}.
   */
  List<byte[]> kept() {
    return kept;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return true;
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    String kind = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
    String type = metadata.get(Metadata.CONTENT_TYPE);
    if ("INLINE".equals(kind) && type != null && type.startsWith("image/")) return;
    seen++;
    if (seen > max) {
      if (seen == max + 1) warnings.add("only the first " + max + " attachments are read");
      return;
    }
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    name = name == null || name.isBlank() ? "attachment-" + seen : name.strip();
    if (keepBytes >= 0) {
      byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, keepBytes + 1));
      if (bytes.length > keepBytes) {
        warnings.add(
            "attachment "
                + name
                + " is over the size limit of "
                + keepBytes
                + " bytes and is left out");
        return;
      }
      names.add(name);
      kept.add(bytes);
      return;
    }
    names.add(name);
    // Each attachment's text under a heading naming it, so a reader (and a snippet) can tell
    // the e-mail's words from the attachment's.
    char[] heading = ("\n\nAttachment: " + name + "\n").toCharArray();
    handler.characters(heading, 0, heading.length);
    // Tika's own extractor records (rather than throws) an attachment's failure, so one
    // unreadable attachment does not lose the e-mail.
    ParsingEmbeddedDocumentExtractor delegate = new ParsingEmbeddedDocumentExtractor(context);
    delegate.setWriteFileNameToContent(false);
    delegate.parseEmbedded(stream, handler, metadata, outputHtml);
  }
}
