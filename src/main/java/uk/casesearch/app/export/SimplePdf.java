package uk.casesearch.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 text document written with PDFBox: headings, lines and wrapped paragraphs, new pages
 * as needed. Characters the standard fonts cannot show are written as '?'.
 */
public final class SimplePdf implements AutoCloseable {

  private static final float MARGIN = 50;
  private static final float BODY = 10;
  private static final float HEAD = 12;

  private final PDDocument doc = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final Map<Integer, Boolean> encodable = new HashMap<>();
  private PDPageContentStream out;
  private float y;

  public SimplePdf() throws IOException {
    newPage();
  }

  public void heading(String text) throws IOException {
    write(bold, HEAD, text);
  }

  public void line(String text) throws IOException {
    write(regular, BODY, text);
  }

  public void gap() throws IOException {
    y -= BODY;
  }

  /** Text wrapped to the page width; its own line breaks kept. */
  public void paragraph(String text) throws IOException {
    if (text == null) return;
    for (String para : text.split("\r?\n", -1)) write(regular, BODY, para);
  }

  public byte[] bytes() throws IOException {
    out.close();
    out = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    doc.save(bytes);
    return bytes.toByteArray();
  }

  private void write(PDType1Font font, float size, String text) throws IOException {
    String clean = printable(font, text == null ? "" : text);
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    StringBuilder line = new StringBuilder();
    for (String word : clean.split(" ", -1)) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        emit(font, size, line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
      // A single word wider than the page is cut.
      while (font.getStringWidth(line.toString()) / 1000 * size > width && line.length() > 1) {
        int cut = line.length() / 2;
        while (cut > 1 && font.getStringWidth(line.substring(0, cut)) / 1000 * size < width) cut++;
        emit(font, size, line.substring(0, cut - 1));
        line.delete(0, cut - 1);
      }
    }
    emit(font, size, line.toString());
  }

  private void emit(PDType1Font font, float size, String text) throws IOException {
    if (y < MARGIN + size) newPage();
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(MARGIN, y);
    out.showText(text);
    out.endText();
    y -= size * 1.4f;
  }

  private void newPage() throws IOException {
    if (out != null) out.close();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  private String printable(PDType1Font font, String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') cp = ' ';
              int c = cp;
              boolean ok =
                  encodable.computeIfAbsent(
                      c,
                      k -> {
                        try {
                          font.encode(new String(Character.toChars(k)));
                          return true;
                        } catch (IOException | IllegalArgumentException e) {
                          return false;
                        }
                      });
              sb.append(ok ? new String(Character.toChars(c)) : "?");
            });
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    if (out != null) out.close();
    doc.close();
  }
}
