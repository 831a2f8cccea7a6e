package uk.casesearch.engine.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SocialCareAnalyzerTest {

  private static Analyzer indexing;
  private static Analyzer querying;

  @BeforeAll
  static void analyzers() throws IOException {
    indexing = SocialCareAnalyzer.forIndexing();
    try (Reader rules =
        new InputStreamReader(
            LuceneBm25Index.class.getResourceAsStream("synonyms.txt"), StandardCharsets.UTF_8)) {
      querying = SocialCareAnalyzer.forQueries(rules);
    }
  }

  @AfterAll
  static void close() {
    indexing.close();
    querying.close();
  }

  @Test
  void indexChainTokenisesFoldsStopsAndStems() throws IOException {
    assertEquals(
        List.of("child", "behaviour", "organis", "cafe"),
        tokens(indexing, "The child's behaviours; organisation at the café"));
    // Curly apostrophes (what word processors type) are possessives too; s47 stays one token.
    assertEquals(List.of("kian", "s47", "mum"), tokens(indexing, "Kian’s S47 with Mum’s"));
    // Hyphens and slashes split; "in", "no" and "not" are English stop words.
    assertEquals(
        List.of("child", "need", "04", "05", "2023", "further", "action"),
        tokens(indexing, "child-in-need on 04/05/2023: no further action"));
    assertEquals(List.of("naiv", "zoe", "rene"), tokens(indexing, "NAÏVE Zoë Renée"));
    assertEquals(List.of(), tokens(indexing, "the and of it was"));
  }

  @Test
  void ukAndUsSpellingsAndWordFormsShareStems() throws IOException {
    assertSameStem("behaviour", "behaviours", "behavioural");
    assertSameStem("organise", "organised", "organising", "organisation");
    assertSameStem("paediatric", "paediatrics");
    assertSameStem("abuse", "abused", "abusive");
    assertSameStem("safeguarding", "safeguard", "safeguarded");
    assertSameStem("neglect", "neglectful", "neglected");
    // Stemming must not merge words that mean different things in a case record.
    assertFalse(tokens(indexing, "carer").equals(tokens(indexing, "care")));
    assertFalse(tokens(indexing, "police").equals(tokens(indexing, "policy")));
  }

  @Test
  void indexAnalyzerDoesNotExpandSynonyms() throws IOException {
    assertEquals(List.of("lac"), tokens(indexing, "LAC"));
    assertEquals(List.of("dv"), tokens(indexing, "DV"));
  }

  @Test
  void queryAnalyzerExpandsAbbreviationsIntoTheirWords() throws IOException {
    assertTrue(
        Set.copyOf(tokens(querying, "LAC"))
            .containsAll(Set.of("lac", "cla", "look", "after", "child", "care")),
        tokens(querying, "LAC").toString());
    assertTrue(
        Set.copyOf(tokens(querying, "s47")).containsAll(Set.of("s47", "section", "47", "enquiri")));
    // Both directions: the long form also brings in the abbreviation.
    assertTrue(tokens(querying, "domestic violence").containsAll(List.of("dv", "da", "abus")));
    // Stop words inside a multi-word synonym are removed after expansion, not before.
    assertTrue(tokens(querying, "NFA").containsAll(List.of("nfa", "further", "action")));
    assertEquals(List.of("foster"), tokens(querying, "fostering"), "no rule: plain analysis");
  }

  @Test
  void querySynonymsMatchTheLongFormInIndexedText() throws IOException {
    assertTrue(matches("The looked after child was seen at placement.", "LAC"));
    assertTrue(matches("Seen as a child in care review.", "LAC"));
    assertTrue(matches("Concerns about domestic abuse at home.", "DV"));
    assertTrue(matches("A section 47 enquiry was started.", "s47"));
    assertTrue(matches("Strategy meeting agreed an s47.", "section 47 enquiry"));
    assertTrue(matches("Allocated to the county lines worker.", "CCE"));
    assertTrue(matches("The C&F assessment is due.", "child and family assessment"));
    assertTrue(matches("His behavior at school was better.", "behaviour"));
    assertTrue(matches("The paediatrician saw him.", "pediatrician"));
    // All words of a multi-word synonym are needed: "child" alone is not "looked after child".
    assertFalse(matches("The child was seen at school.", "LAC"));
    assertFalse(matches("Concerns about domestic arrangements.", "DV"));
  }

  @Test
  void possessivesMatchAtQueryTime() throws IOException {
    assertTrue(matches("Jayden’s mother attended.", "Jayden's mother"));
    assertTrue(matches("Jayden's mother attended.", "jayden"));
  }

  @Test
  void normalisationForPrefixQueriesFoldsButDoesNotStem() {
    assertEquals("cafe", indexing.normalize("text", "CAFÉ").utf8ToString());
    assertEquals("behaviours", indexing.normalize("text", "Behaviours").utf8ToString());
  }

  @Test
  void badSynonymRulesAreRejectedWithTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SocialCareAnalyzer.forQueries(new StringReader("lac, cla\nsw => ###\n")));
    assertTrue(e.getMessage().contains("line"), e.getMessage());
  }

  private static void assertSameStem(String... words) throws IOException {
    Set<List<String>> stems = new LinkedHashSet<>();
    for (String w : words) {
      stems.add(tokens(indexing, w));
    }
    assertEquals(1, stems.size(), List.of(words) + " stem to " + stems);
  }

  /** Whether a query analysed with synonyms matches a document analysed for indexing. */
  private static boolean matches(String text, String query) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexing))) {
        Document d = new Document();
        d.add(new TextField("text", text, Field.Store.NO));
        w.addDocument(d);
      }
      Query q =
          new QueryBuilder(querying).createBooleanQuery("text", query, BooleanClause.Occur.SHOULD);
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return q != null && new IndexSearcher(r).count(q) == 1;
      }
    }
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
