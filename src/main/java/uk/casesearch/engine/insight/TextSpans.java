package uk.casesearch.engine.insight;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.casesearch.engine.search.PhraseMatcher;

/**
 * Sentences and words of a record's text, with their character offsets, so that everything the
 * eco-map and the chronology show can point at the exact span of the record it was copied from.
 */
public final class TextSpans {

  private TextSpans() {}

  /** A span of the text: {@code [start, end)}. */
  public record Span(int start, int end) {
    public String of(String text) {
      return text.substring(start, end);
    }
  }

  /** A word: its offsets and its normalised form (as {@link PhraseMatcher#words} folds it). */
  public record Word(int start, int end, String norm) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019&]+");

  /**
   * The sentences of a text. Lines are sentences of their own (records are full of headers, lists
   * and form fields), and a line's prose is split where a sentence ends; the abbreviations of
   * titles ("Dr.", "Mrs.") do not end one.
   */
  public static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = n;
      splitLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void splitLine(String text, int from, int to, List<Span> out) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.UK);
    it.setText(text.substring(from, to));
    int start = it.first();
    int pendingStart = -1;
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int s = pendingStart >= 0 ? pendingStart : start;
      String piece = text.substring(from + start, from + end).strip();
      if (endsWithTitle(piece)) {
        pendingStart = s;
        continue;
      }
      pendingStart = -1;
      add(text, from + s, from + end, out);
    }
    if (pendingStart >= 0) add(text, from + pendingStart, to, out);
  }

  private static boolean endsWithTitle(String piece) {
    return piece.matches("(?s).*\\b(Dr|Mr|Mrs|Ms|Mx|St|Prof|Sgt|Cllr)\\.$");
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Span(start, end));
  }

  /** The words of {@code text[from, to)}, normalised for phrase matching. */
  public static List<Word> words(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      List<String> norm = PhraseMatcher.words(m.group());
      // "b&b" folds to two words, as a phrase written "b&b" does: same offsets for both.
      for (String part : norm) out.add(new Word(m.start(), m.end(), part));
    }
    return out;
  }

  /** Lower case, single spaces, honorifics and full stops removed: the key a name is matched by. */
  static String nameKey(String name, java.util.Set<String> titles) {
    StringBuilder sb = new StringBuilder();
    for (String part : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s.]+")) {
      if (part.isEmpty() || titles.contains(part)) continue;
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(part);
    }
    return sb.toString();
  }
}
