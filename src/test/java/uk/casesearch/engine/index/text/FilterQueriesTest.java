package uk.casesearch.engine.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.AccessScope.Cases;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.Passage;

/** Each SearchFilter constraint as Lucene queries passes exactly the records accepts() passes. */
class FilterQueriesTest {

  private static final Map<String, RecordMeta> RECORDS = new LinkedHashMap<>();

  static {
    RECORDS.put(
        "a", new RecordMeta("C1", "K1", "case_note", "North", LocalDate.of(2024, 1, 10), false));
    RECORDS.put("b", new RecordMeta("C1", "K2", "letter", "South", LocalDate.of(2024, 2, 1), true));
    RECORDS.put(
        "c", new RecordMeta("C2", "K3", "case_note", "South", LocalDate.of(2023, 12, 31), true));
    RECORDS.put("d", new RecordMeta("C3", null, null, null, null, false));
    RECORDS.put("e", new RecordMeta("C3", "K4", "court_report", "West", null, true));
  }

  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    try (Analyzer analyzer = SocialCareAnalyzer.forIndexing();
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Map.Entry<String, RecordMeta> r : RECORDS.entrySet()) {
        w.addDocuments(
            PassageSchema.documents(
                r.getKey(),
                "h",
                r.getValue(),
                "Title",
                "",
                List.of(),
                List.of(new Passage(0, "one", 0, 3), new Passage(1, "two", 4, 7))));
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static SearchFilter cases(Set<String> ids) {
    return SearchFilter.NONE.withCases(ids);
  }

  private static SearchFilter access(AccessScope scope) {
    return SearchFilter.NONE.withAccess(scope);
  }

  @Test
  void eachConstraintPassesWhatAcceptsPasses() throws IOException {
    List<SearchFilter> filters =
        List.of(
            SearchFilter.NONE,
            cases(Set.of("C1")),
            cases(Set.of("C2", "C3")),
            new SearchFilter(null, Set.of("K1", "K4"), null, null, null, null, AccessScope.ALL),
            new SearchFilter(null, null, Set.of("case_note"), null, null, null, AccessScope.ALL),
            new SearchFilter(null, null, null, Set.of("South"), null, null, AccessScope.ALL),
            new SearchFilter(
                null, null, null, null, LocalDate.of(2024, 1, 10), null, AccessScope.ALL),
            new SearchFilter(
                null, null, null, null, null, LocalDate.of(2024, 1, 10), AccessScope.ALL),
            new SearchFilter(
                null,
                null,
                null,
                null,
                LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 1, 31),
                AccessScope.ALL),
            access(AccessScope.ALL),
            access(AccessScope.NONE),
            access(new AccessScope(Cases.NONE, Cases.ALL)),
            access(new AccessScope(Cases.of(Set.of("C1", "C3")), Cases.ALL)),
            access(new AccessScope(Cases.ALL, Cases.NONE)),
            access(new AccessScope(Cases.ALL, Cases.of(Set.of("C1")))),
            access(AccessScope.cases(Set.of("C1", "C3"), Set.of())),
            access(AccessScope.cases(Set.of("C1", "C3"), Set.of("C3", "C2"))),
            new SearchFilter(
                Set.of("C1", "C2"),
                null,
                Set.of("case_note", "letter"),
                null,
                LocalDate.of(2024, 1, 1),
                null,
                AccessScope.cases(Set.of("C1", "C2"), Set.of("C2"))));
    for (SearchFilter f : filters) {
      Set<String> expected = new TreeSet<>();
      for (Map.Entry<String, RecordMeta> r : RECORDS.entrySet()) {
        if (f.accepts(r.getValue())) expected.add(r.getKey());
      }
      assertEquals(expected, matching(f), f.toString());
    }
  }

  @Test
  void noFilterAddsNoClauseAndEachConstraintOne() {
    assertTrue(FilterQueries.clauses(SearchFilter.NONE).isEmpty());
    SearchFilter all =
        new SearchFilter(
            Set.of("C1"),
            Set.of("K1"),
            Set.of("case_note"),
            Set.of("North"),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            AccessScope.cases(Set.of("C1"), Set.of("C1")));
    // One range for both ends of the dates.
    assertEquals(7, FilterQueries.clauses(all).size());
  }

  @Test
  void scopeAllAddsNoClauseAndPassesEveryRecordWhileScopeNonePassesNone() throws IOException {
    assertTrue(FilterQueries.clauses(access(AccessScope.ALL)).isEmpty());
    assertEquals(RECORDS.keySet(), matching(access(AccessScope.ALL)));
    assertEquals(2, FilterQueries.clauses(access(AccessScope.NONE)).size());
    assertEquals(Set.of(), matching(access(AccessScope.NONE)));
    // Empty user criteria are no constraint at all.
    SearchFilter emptyCriteria =
        new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, AccessScope.ALL);
    assertTrue(FilterQueries.clauses(emptyCriteria).isEmpty());
    assertEquals(RECORDS.keySet(), matching(emptyCriteria));
  }

  @Test
  void restrictedRecordsNeedAGrantOnAVisibleCase() throws IOException {
    // b (C1), c (C2) and e (C3) are restricted.
    assertEquals(Set.of("a", "d"), matching(access(new AccessScope(Cases.ALL, Cases.NONE))));
    assertEquals(
        Set.of("a", "b", "d"),
        matching(access(new AccessScope(Cases.ALL, Cases.of(Set.of("C1"))))));
    assertEquals(
        Set.of("a", "b"), matching(access(AccessScope.cases(Set.of("C1"), Set.of("C1", "C2")))));
    assertEquals(
        Set.of("d", "e"), matching(access(new AccessScope(Cases.of(Set.of("C3")), Cases.ALL))));
  }

  @Test
  void filterClausesDoNotChangeScores() throws IOException {
    IndexSearcher s = new IndexSearcher(reader);
    BooleanQuery q =
        FilterQueries.addTo(
                new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST),
                cases(Set.of("C1")))
            .build();
    for (ScoreDoc sd : s.search(q, 100).scoreDocs) assertEquals(1f, sd.score);
  }

  @Test
  void aDateRangeIncludesBothEndsAndNeverAnUndatedRecord() throws IOException {
    assertEquals(
        Set.of("a", "b"),
        ids(FilterQueries.dateRange(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 1))));
    assertEquals(Set.of("a", "b", "c"), ids(FilterQueries.dateRange(null, null)));
  }

  private static Set<String> matching(SearchFilter f) throws IOException {
    BooleanQuery.Builder q =
        new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    return ids(FilterQueries.addTo(q, f).build());
  }

  private static Set<String> ids(org.apache.lucene.search.Query q) throws IOException {
    IndexSearcher s = new IndexSearcher(reader);
    StoredFields stored = s.storedFields();
    Set<String> out = new TreeSet<>();
    for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
      out.add(stored.document(sd.doc).get(PassageFields.RECORD_ID));
    }
    return out;
  }
}
