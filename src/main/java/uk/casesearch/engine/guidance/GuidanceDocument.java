package uk.casesearch.engine.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document of the guidance collection: legislation, statutory guidance or a council's local
 * procedure, kept apart from case records, with its numbered paragraphs as written.
 *
 * @param kind statutory (legislation and statutory guidance) or local (a council's procedure)
 */
public record GuidanceDocument(
    String id,
    String title,
    String issuer,
    Kind kind,
    String version,
    LocalDate date,
    String text) {

  /** Whether a document binds (statutory) or puts it into local practice (local). */
  public enum Kind {
    STATUTORY,
    LOCAL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a label names, or null. */
    public static Kind of(String label) {
      if (label == null) return null;
      for (Kind k : values())
        if (k.label().equals(label.strip().toLowerCase(Locale.ROOT))) return k;
      return null;
    }
  }

  /**
   * A paragraph: a block of text between blank lines.
   *
   * @param number its number as the document writes it ("A4.2", "3.1.2"), or null
   * @param heading the heading it stands under, or null
   * @param start offsets of the paragraph in the document's text
   */
  public record Paragraph(String number, String heading, String text, int start, int end) {}

  private static final Pattern NUMBER =
      Pattern.compile("^((?:[A-Z]{1,3})?\\d+(?:\\.\\d+)*[a-z]?)[.)]?\\s+(?=\\S)");

  /** The longest line read as a heading: a short line with no full stop at its end. */
  private static final int HEADING = 90;

  /** The paragraphs of the text, in order, each under the heading before it. */
  public List<Paragraph> paragraphs() {
    List<Paragraph> out = new ArrayList<>();
    String heading = null;
    int at = 0;
    int n = text.length();
    while (at < n) {
      int end = text.indexOf("\n\n", at);
      if (end < 0) end = n;
      int s = at;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) {
        String block = text.substring(s, e);
        Matcher m = NUMBER.matcher(block);
        boolean numbered = m.find();
        if (!numbered
            && block.length() <= HEADING
            && !block.contains("\n")
            && !block.matches("(?s).*[.:;?!]$")) {
          heading = block;
        } else {
          out.add(new Paragraph(numbered ? m.group(1) : null, heading, block, s, e));
        }
      }
      at = end + 2;
    }
    return out;
  }
}
