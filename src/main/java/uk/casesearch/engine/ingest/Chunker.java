package uk.casesearch.engine.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a record's text into passages that fit the embedding model: whole sentences packed up to a
 * size budget, each passage starting with the last sentences of the one before (overlap) so a fact
 * that straddles a boundary is still found whole. Passages keep their character offsets into the
 * original text so a hit can show and highlight where it came from.
 *
 * <p>Sizes are in characters, not tokens: English case notes and abstracts run at about 4.5
 * characters per WordPiece token, so the default 2,000 characters (about 450 tokens) fills most of
 * a 512-token model's window. Longer passages ranked better than 1,100 characters on both judged
 * sets (docs/quality.md): a record is more often one passage, judged whole. Instances are immutable
 * and thread-safe.
 */
public final class Chunker {

  /**
   * Chunking parameters.
   *
   * @param maxChars the most characters in a passage (a longer single sentence is split at spaces)
   * @param overlapChars the most characters carried over from the end of the previous passage
   */
  public record Config(int maxChars, int overlapChars) {
    public Config {
      if (maxChars < 50)
        throw new IllegalArgumentException("maxChars must be >= 50, got: " + maxChars);
      if (overlapChars < 0 || overlapChars >= maxChars / 2) {
        throw new IllegalArgumentException(
            "overlapChars must be in [0, maxChars/2), got: "
                + overlapChars
                + " with maxChars "
                + maxChars);
      }
    }

    /** 2,000-character passages with up to 200 characters of overlap. */
    public static Config defaults() {
      return new Config(2000, 200);
    }
  }

  /** A span [start, end) of the text. */
  private record Span(int start, int end) {
    int length() {
      return end - start;
    }
  }

  private final Config config;

  public Chunker(Config config) {
    this.config = config;
  }

  public Config config() {
    return config;
  }

  /** Splits {@code text} into passages; blank text gives no passages. */
  public List<Passage> chunk(String text) {
    List<Span> units = units(text);
    List<Passage> out = new ArrayList<>();
    int i = 0;
    while (i < units.size()) {
      int start = units.get(i).start();
      int end = units.get(i).end();
      int j = i + 1;
      while (j < units.size() && units.get(j).end() - start <= config.maxChars()) {
        end = units.get(j).end();
        j++;
      }
      out.add(new Passage(out.size(), text.substring(start, end), start, end));
      if (j >= units.size()) break;
      // Next passage starts with the trailing sentences of this one that fit the overlap budget,
      // but always advances by at least one unit so the loop ends.
      int next = j;
      while (next - 1 > i
          && units.get(j - 1).end() - units.get(next - 1).start() <= config.overlapChars()) {
        next--;
      }
      i = next;
    }
    return out;
  }

  /** Sentences (and lines, which case notes use as structure), none longer than maxChars. */
  private List<Span> units(String text) {
    List<Span> units = new ArrayList<>();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length();
      String line = text.substring(lineStart, lineEnd);
      sentences.setText(line);
      int s = sentences.first();
      for (int e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
        addTrimmed(text, lineStart + s, lineStart + e, units);
      }
      lineStart = lineEnd + 1;
    }
    return units;
  }

  private void addTrimmed(String text, int start, int end, List<Span> units) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (start == end) return;
    // A run-on "sentence" (a table, a list without full stops) is cut at the last space that fits.
    while (end - start > config.maxChars()) {
      int cut = text.lastIndexOf(' ', start + config.maxChars());
      if (cut <= start) cut = start + config.maxChars();
      if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
      units.add(new Span(start, cut));
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    }
    if (start < end) units.add(new Span(start, end));
  }
}
