package uk.casesearch.engine.ingest.doc;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Documents of every format the extractor reads, built here from nothing (PDFBox, POI, java.awt or
 * bytes written by hand), with invented content: tests never copy real or shared files.
 */
public final class TestDocuments {

  private TestDocuments() {}

  /** A PDF with one line of text on each page and a title in its document information. */
  public static byte[] pdf(String title, String... pages) {
    try (PDDocument d = new PDDocument()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      d.setDocumentInformation(info);
      for (String text : pages) {
        PDPage page = new PDPage();
        d.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          cs.newLineAtOffset(72, 700);
          cs.showText(text);
          cs.endText();
        }
      }
      return save(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF that opens only with the password {@code user}. */
  public static byte[] encryptedPdf(String text) {
    try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf("Locked", text))) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      d.protect(policy);
      return save(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF whose one page is a picture of text, as a scanner makes: no text layer. */
  public static byte[] scannedPdf(String... lines) {
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage();
      d.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(d, textImage(lines));
      try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
        cs.drawImage(image, 36, 480, 540, 540f * image.getHeight() / image.getWidth());
      }
      return save(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.save(out);
    return out.toByteArray();
  }

  /** Black text on white, large enough for OCR. */
  public static BufferedImage textImage(String... lines) {
    BufferedImage im = new BufferedImage(1400, 120 + 90 * lines.length, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = im.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, im.getWidth(), im.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 52));
    for (int i = 0; i < lines.length; i++) g.drawString(lines[i], 40, 110 + 90 * i);
    g.dispose();
    return im;
  }

  /** An image file ({@code png}, {@code jpeg}, {@code tiff}) of text. */
  public static byte[] image(String format, String... lines) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(textImage(lines), format, out))
        throw new IllegalArgumentException("no writer for " + format);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Word document (DOCX) with a title, paragraphs and a two-column table. */
  public static byte[] docx(String title, String[] paragraphs, String[][] table) {
    try (XWPFDocument d = new XWPFDocument()) {
      d.getProperties().getCoreProperties().setTitle(title);
      for (String p : paragraphs) d.createParagraph().createRun().setText(p);
      if (table != null) {
        XWPFTable t = d.createTable(table.length, 2);
        for (int r = 0; r < table.length; r++) {
          for (int c = 0; c < 2; c++) t.getRow(r).getCell(c).setText(table[r][c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A DOCX whose body part inflates about a thousandfold: the shape of a zip bomb (a real one would
   * go on to gigabytes; the ratio is what gives it away).
   */
  public static byte[] zipBombDocx() {
    byte[] docx = docx("Bomb", new String[] {"x"}, null);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        out.setLevel(9);
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          out.putNextEntry(new ZipEntry(e.getName()));
          if (e.getName().equals("word/document.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = xml.indexOf("<w:t>x</w:t>");
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.write("<w:t>".getBytes(StandardCharsets.UTF_8));
            byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 12; i++) out.write(block);
            out.write(xml.substring(at + "<w:t>x".length()).getBytes(StandardCharsets.UTF_8));
          } else {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An RTF document, with an escaped pound sign and a bold word. */
  public static byte[] rtf(String before, String after) {
    String rtf =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\\f0\\fs22\\pard "
            + before
            + " \\'a320 {\\b paid} "
            + after
            + "\\par}";
    return rtf.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * An OpenDocument text (ODT): a zip with its mimetype first and uncompressed, a manifest and the
   * content.
   */
  public static byte[] odt(String title, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) body.append("<text:p>").append(xmlEscape(p)).append("</text:p>");
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>";
    String meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta><dc:title>"
            + xmlEscape(title)
            + "</dc:title></office:meta></office:document-meta>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        byte[] mimetype =
            "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        ZipEntry m = new ZipEntry("mimetype");
        m.setMethod(ZipEntry.STORED);
        m.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        m.setCrc(crc.getValue());
        out.putNextEntry(m);
        out.write(mimetype);
        out.closeEntry();
        for (String[] part :
            new String[][] {
              {"META-INF/manifest.xml", manifest}, {"content.xml", content}, {"meta.xml", meta}
            }) {
          out.putNextEntry(new ZipEntry(part[0]));
          out.write(part[1].getBytes(StandardCharsets.UTF_8));
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An RFC 822 e-mail: headers, a multipart/alternative body (plain text, quoted-printable, and
   * HTML) and one attachment, a text file, base64-encoded.
   */
  public static byte[] eml(
      String subject, String body, String attachmentName, String attachmentText) {
    String b64 =
        java.util.Base64.getMimeEncoder()
            .encodeToString(attachmentText.getBytes(StandardCharsets.UTF_8));
    String eml =
        String.format(
                Locale.ROOT,
                """
        From: Jo Bloggs <jo.bloggs@example.nhs.uk>
        To: Sam Worker <sam.worker@example.gov.uk>
        Cc: Team Manager <manager@example.gov.uk>
        Date: Sun, 25 Dec 2022 16:11:00 +0000
        Subject: %s
        Message-ID: <test-1@example.gov.uk>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="OUTER"

        --OUTER
        Content-Type: multipart/alternative; boundary="ALT"

        --ALT
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable

        %s
        --ALT
        Content-Type: text/html; charset="utf-8"

        <html><body><p>%s</p></body></html>
        --ALT--
        --OUTER
        Content-Type: text/plain; name="%s"
        Content-Disposition: attachment; filename="%s"
        Content-Transfer-Encoding: base64

        %s
        --OUTER--
        """,
                subject,
                qp(body),
                body,
                attachmentName,
                attachmentName,
                b64)
            .replace("\n", "\r\n");
    return eml.getBytes(StandardCharsets.UTF_8);
  }

  /** Quoted-printable with soft line breaks every 60 characters, as mail clients write it. */
  private static String qp(String s) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      String enc =
          (c >= 33 && c <= 126 && c != '=') || c == ' '
              ? String.valueOf((char) c)
              : String.format(Locale.ROOT, "=%02X", c);
      if (col + enc.length() > 60) {
        out.append("=\n");
        col = 0;
      }
      out.append(enc);
      col += enc.length();
    }
    return out.toString();
  }

  /**
   * An Outlook message (MSG): the OLE2 compound file Outlook saves, written with POI's POIFS,
   * holding the MAPI properties Outlook writes as streams (message class, subject, body, sender,
   * transport headers), one recipient and one attachment.
   */
  public static byte[] msg(String subject, String body, String attachmentName, byte[] attachment) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      DirectoryEntry root = fs.getRoot();
      unicode(root, "001A", "IPM.Note");
      unicode(root, "0037", subject);
      unicode(root, "1000", body);
      unicode(root, "0C1A", "Jo Bloggs");
      unicode(root, "0C1F", "jo.bloggs@example.nhs.uk");
      unicode(root, "0E04", "Sam Worker");
      unicode(
          root,
          "007D",
          "From: Jo Bloggs <jo.bloggs@example.nhs.uk>\r\nTo: Sam Worker <sam.worker@example.gov.uk>\r\n"
              + "Subject: "
              + subject
              + "\r\nDate: Mon, 6 Jan 2025 09:30:00 +0000\r\n");
      // The property stream's 32-byte header, with no fixed-size properties after it.
      root.createDocument("__properties_version1.0", new ByteArrayInputStream(new byte[32]));
      DirectoryEntry recipient = root.createDirectory("__recip_version1.0_#00000000");
      unicode(recipient, "3001", "Sam Worker");
      unicode(recipient, "3003", "sam.worker@example.gov.uk");
      recipient.createDocument("__properties_version1.0", new ByteArrayInputStream(new byte[8]));
      DirectoryEntry att = root.createDirectory("__attach_version1.0_#00000000");
      unicode(att, "3707", attachmentName);
      unicode(att, "3704", attachmentName);
      att.createDocument("__substg1.0_37010102", new ByteArrayInputStream(attachment));
      att.createDocument("__properties_version1.0", new ByteArrayInputStream(new byte[8]));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void unicode(DirectoryEntry dir, String tag, String value) throws IOException {
    dir.createDocument(
        "__substg1.0_" + tag + "001F",
        new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
  }

  private static String xmlEscape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
