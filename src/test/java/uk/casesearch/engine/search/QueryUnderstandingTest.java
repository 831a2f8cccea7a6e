package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordIndexer;

/**
 * Query understanding with the real model over real indexes: a named concept expands the query with
 * how records describe it, a named record type ranks that type higher, and a wording the lexicon
 * does not list still finds its concept by meaning.
 */
class QueryUnderstandingTest {

  static TestIndexes indexes;
  static CachingEmbedder embedder;
  static final ExecutorService executor = Executors.newFixedThreadPool(2);
  static LuceneBm25Index text;
  static JVectorIndex vectors;
  static RecordIndexer indexer;
  static final Map<String, CaseRecord> store = new HashMap<>();

  @BeforeAll
  static void index(@TempDir Path dir) throws IOException {
    TestIndexes t = indexes = TestIndexes.open(dir);
    embedder = t.embedder();
    text = t.text();
    vectors = t.vectors();
    indexer = t.indexer();
    String[][] records = {
      // id, type, text
      {
        "N1",
        "case_note",
        "Visited the flat. The fridge held only sour milk, the children's clothes were filthy and smelt of urine, and the baby's nappy had not been changed for hours."
      },
      {
        "N2",
        "case_note",
        "Mum says the children are doing well at school and she has started a new job at the supermarket."
      },
      {
        "N3",
        "case_note",
        "Dad took the boys to football training and they talked about the match at the weekend."
      },
      {
        "N4",
        "case_note",
        "Discussed the safety plan with mum: the safety plan says grandmother collects the children and the safety plan will be reviewed."
      },
      {
        "N5",
        "safety_plan",
        "Grandmother collects the children from school. Mother will not let her former partner into the home and will call the police if he comes."
      },
      {
        "N6",
        "school_report",
        "Attendance this term is 71% with many unauthorised absences on Mondays and Fridays."
      },
      {
        "N7",
        "case_note",
        "The family were given food bank vouchers and help to apply for a housing transfer."
      },
    };
    List<CaseRecord> all = new ArrayList<>();
    for (int i = 0; i < records.length; i++) {
      CaseRecord r =
          new CaseRecord(
              records[i][0],
              "CASE-1",
              new CaseRecord.Child("K1", "Amy", null),
              records[i][1],
              "Record " + i,
              LocalDate.of(2024, 3, 1 + i),
              "author",
              "Team A",
              records[i][2],
              List.of(),
              false,
              "test");
      all.add(r);
      store.put(r.id(), r);
    }
    indexer.index(all);
    indexer.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    indexes.close();
    executor.shutdownNow();
  }

  static HybridSearcher searcher(ConceptLexicon lexicon) {
    return searcher(HybridSearcher.Config.defaults(), lexicon);
  }

  static HybridSearcher searcher(HybridSearcher.Config config, ConceptLexicon lexicon) {
    RecordLookup lookup =
        ids -> {
          Map<String, CaseRecord> out = new HashMap<>();
          for (String id : ids) if (store.containsKey(id)) out.put(id, store.get(id));
          return out;
        };
    return new HybridSearcher(text, vectors, embedder, indexer, lookup, executor, config, lexicon);
  }

  @Test
  void denseFeedbackKeepsAClearAnswerFirst() throws IOException {
    HybridSearcher.Config withFeedback =
        HybridSearcher.Config.defaults().withFeedback(new HybridSearcher.Feedback(2, 0.5));
    HybridSearcher s = searcher(withFeedback, ConceptLexicon.shipped());
    assertEquals("N1", search(s, "instances of neglect", SearchMode.VECTOR).hits().getFirst().id());
    assertEquals(
        "N6", search(s, "poor school attendance", SearchMode.VECTOR).hits().getFirst().id());
  }

  static SearchResult search(HybridSearcher s, String q, SearchMode mode) throws IOException {
    return s.search(new SearchRequest(q, SearchFilter.NONE, 5, 0, mode, false));
  }

  @Test
  void aNamedConceptFindsRecordsThatDescribeItWithoutTheWord() throws IOException {
    HybridSearcher s = searcher(ConceptLexicon.shipped());
    for (SearchMode mode : SearchMode.values()) {
      SearchResult r = search(s, "instances of neglect", mode);
      assertEquals("N1", r.hits().getFirst().id(), mode + ": " + r.hits());
      assertEquals(List.of("neglect"), r.understood().concepts());
    }
    // BM25 alone cannot: no word of the query is in any record.
    SearchResult plain =
        search(searcher(ConceptLexicon.empty()), "instances of neglect", SearchMode.BM25);
    assertTrue(plain.hits().isEmpty(), plain.hits().toString());
    assertFalse(plain.understood().readAnything(), plain.understood().toString());
  }

  @Test
  void aDateIsAFilterOnlyWhereRecordsAreDatedWithinIt() throws IOException {
    HybridSearcher s = searcher(ConceptLexicon.empty());
    // The records are dated 1-7 March 2024: March 2024 filters, and what it finds is the answer.
    SearchResult march = search(s, "food bank vouchers in March 2024", SearchMode.HYBRID);
    assertEquals("in March 2024", march.understood().datePhrase());
    assertEquals(LocalDate.of(2024, 3, 1), march.understood().from());
    assertEquals("N7", march.hits().getFirst().id());
    // No record is dated in 2019, so "2019" is what the query says, not a filter leaving nothing.
    for (SearchMode mode : SearchMode.values()) {
      SearchResult r = search(s, "food bank vouchers in 2019", mode);
      assertFalse(r.understood().readAnything(), mode + ": " + r.understood());
      assertEquals("N7", r.hits().getFirst().id(), mode + ": " + r.hits());
    }
  }

  /** Searched as typed, nothing is read into the words: no concept, no date filter, no type. */
  @Test
  void wordsAsTypedAreSearchedAsTheyAre() throws IOException {
    HybridSearcher s = searcher(ConceptLexicon.shipped());
    SearchResult read = search(s, "neglect and the safety plan in March 2024", SearchMode.HYBRID);
    assertTrue(read.understood().readAnything(), read.understood().toString());
    SearchResult typed =
        s.search(
            new SearchRequest(
                "neglect and the safety plan in March 2024",
                SearchFilter.NONE,
                5,
                0,
                SearchMode.HYBRID,
                false,
                java.util.Set.of(),
                java.util.Set.of()));
    assertFalse(typed.understood().readAnything(), typed.understood().toString());
    assertEquals("neglect and the safety plan in March 2024", typed.understood().searched());
  }

  @Test
  void aNamedRecordTypeRanksThatTypeFirst() throws IOException {
    SearchResult r =
        search(searcher(ConceptLexicon.shipped()), "Amy's safety plan", SearchMode.HYBRID);
    assertEquals(List.of("safety_plan"), r.understood().recordTypes());
    // N4 says "safety plan" three times; the safety plan itself never does.
    assertEquals("N5", r.hits().getFirst().id(), r.hits().toString());
  }

  @Test
  void anUnlistedWordingFindsItsConceptByMeaning() throws IOException {
    ConceptLexicon lexicon =
        ConceptLexicon.parse(
            new StringReader(
                """
                concepts:
                  - id: school_attendance
                    names: [school attendance]
                    looks_like: Attendance is below ninety per cent with unauthorised absences and lateness; the school made a home visit.
                  - id: housing
                    names: [homelessness]
                    looks_like: The family were evicted and are living in a hostel in temporary accommodation.
                """));
    HybridSearcher s = searcher(lexicon);
    SearchResult r = search(s, "attending school", SearchMode.HYBRID);
    assertEquals(
        List.of("school_attendance"),
        r.understood().concepts(),
        "not listed, but close in meaning");
    assertEquals("N6", r.hits().getFirst().id());
    assertFalse(
        search(s, "football training", SearchMode.HYBRID).understood().readAnything(),
        "close to neither concept");
  }
}
