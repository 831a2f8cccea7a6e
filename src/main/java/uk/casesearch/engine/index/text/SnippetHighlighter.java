package uk.casesearch.engine.index.text;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Snippets of a passage's text with the query's words marked, as {@link TextIndex#highlight}
 * describes: HTML-escaped text, the matched words in {@code <mark>}. The query is read as a search
 * reads it, so the words marked are the stems and synonyms that matched. Needs no index, so every
 * text backend marks the same words.
 */
final class SnippetHighlighter {

  private static final System.Logger LOG = System.getLogger(SnippetHighlighter.class.getName());

  private final Function<String, Query> read;
  private final Analyzer indexAnalyzer;

  /**
   * @param read the query as a search reads it (null when nothing searchable is left); may throw
   *     {@link IndexSearcher.TooManyClauses} for a query too long to read whole
   * @param indexAnalyzer the analyzer passages are indexed with, which the text is read with
   */
  SnippetHighlighter(Function<String, Query> read, Analyzer indexAnalyzer) {
    this.read = read;
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * A fragment of {@code text} of at most about {@code maxChars} characters around the query's
   * terms, as {@link TextIndex#highlight} describes.
   */
  String highlight(String query, String text, int maxChars) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(text, "text");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1, got: " + maxChars);
    }
    Query q = null;
    for (String words = query; ; ) {
      try {
        q = read.apply(words);
        break;
      } catch (IndexSearcher.TooManyClauses e) {
        words = QueryReader.shorten(words, e);
      }
    }
    if (q != null) {
      // The query is analysed by the query analyzer (synonyms expanded, stemmed) and the text by
      // the index analyzer, so stems and synonyms of the query's words are what get marked.
      QueryScorer scorer = new QueryScorer(q, PassageFields.TEXT);
      Highlighter h =
          new Highlighter(
              new SimpleHTMLFormatter("<mark>", "</mark>"), SnippetHighlighter::escapeHtml, scorer);
      h.setTextFragmenter(new SimpleSpanFragmenter(scorer, maxChars));
      // Passages are short, but a caller may highlight a whole record: analyse all of it.
      h.setMaxDocCharsToAnalyze(Math.max(text.length(), Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE));
      try {
        String fragment = h.getBestFragment(indexAnalyzer, PassageFields.TEXT, text);
        if (fragment != null) {
          return fragment.strip();
        }
      } catch (IOException | InvalidTokenOffsetsException e) {
        // Not reachable for in-memory text and an analyzer with correct offsets; a plain snippet
        // is better than no result.
        LOG.log(System.Logger.Level.DEBUG, "highlighting failed: {0}", e.getMessage());
      }
    }
    return escapeHtml(leading(text, maxChars));
  }

  /**
   * Escapes the characters that matter in HTML text and attributes, and no others: Lucene's
   * SimpleHTMLEncoder also escapes '/' and apostrophes, which turns "04/05/2023" into entities.
   */
  static String escapeHtml(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The start of the text, cut at a word boundary. */
  private static String leading(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int cut = text.lastIndexOf(' ', maxChars);
    return text.substring(0, cut > maxChars / 2 ? cut : maxChars) + " ...";
  }
}
