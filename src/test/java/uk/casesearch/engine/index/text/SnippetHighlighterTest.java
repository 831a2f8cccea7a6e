package uk.casesearch.engine.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The highlighter on its own, with queries read by a stand-in for QueryReader. */
class SnippetHighlighterTest {

  private static Analyzer indexing;

  @BeforeAll
  static void analyzer() {
    indexing = SocialCareAnalyzer.forIndexing();
  }

  @AfterAll
  static void close() {
    indexing.close();
  }

  /** Each word of the query as a term of the text field, stemmed as the index stems it. */
  private static Query words(String query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : query.split(" ")) {
      b.add(new TermQuery(new Term(PassageFields.TEXT, stem(w))), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** The index analyzer's first term for a word. */
  private static String stem(String word) {
    try (TokenStream ts = indexing.tokenStream(PassageFields.TEXT, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      ts.incrementToken();
      String s = term.toString();
      ts.end();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void marksTheQuerysWordsAsTheIndexReadsThemAndEscapesTheRest() {
    SnippetHighlighter h = new SnippetHighlighter(SnippetHighlighterTest::words, indexing);
    assertEquals(
        "Her <mark>behaviours</mark> &amp; <mark>moods</mark> on 04/05/2023, Kian's &lt;b&gt;",
        h.highlight("behaviour mood", "Her behaviours & moods on 04/05/2023, Kian's <b>", 200));
  }

  @Test
  void withNothingToMarkTheTextsStartCutAtAWord() {
    SnippetHighlighter h = new SnippetHighlighter(q -> null, indexing);
    assertEquals("one two &amp; ...", h.highlight("x", "one two & three four five", 12));
    assertEquals("short", h.highlight("x", "short", 12));
  }

  @Test
  void aQueryTooLongToReadIsShortenedToItsLeadingHalfUntilItReads() {
    List<String> asked = new ArrayList<>();
    SnippetHighlighter h =
        new SnippetHighlighter(
            q -> {
              asked.add(q);
              if (q.split(" ").length > 2) throw new IndexSearcher.TooManyClauses();
              return words(q);
            },
            indexing);
    assertEquals(
        "the <mark>court</mark> and the order",
        h.highlight("court family order child", "the court and the order", 200));
    assertEquals(List.of("court family order child", "court family"), asked);
  }
}
