package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * How the searcher reads what people type, over real indexes and the real model: a person's full
 * name ranks the records that name them first (misspelt or in capitals too, and only among records
 * the caller may see), a date of birth is not a date filter, relative dates count from the
 * searcher's clock, and each reading can be switched off.
 */
class QueryReadingTest {

  static TestIndexes indexes;
  static final ExecutorService executor = Executors.newFixedThreadPool(2);
  static final Map<String, CaseRecord> store = new HashMap<>();
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  /** Case A: Leo Hatfield, whose mother's partner is Jason Haddow. Case B: the Haddow family. */
  @BeforeAll
  static void index(@TempDir Path dir) throws IOException {
    indexes = TestIndexes.open(dir);
    CaseRecord.Child leo = new CaseRecord.Child("C-A", "Leo Hatfield", LocalDate.of(2013, 4, 26));
    CaseRecord.Child kyle = new CaseRecord.Child("C-B", "Kyle Haddow", LocalDate.of(2012, 1, 9));
    CaseRecord.Person jason =
        new CaseRecord.Person("Jason Haddow", "Partner", "mother's partner", "family");
    CaseRecord.Person dean = new CaseRecord.Person("Dean Haddow", "Parent", "father", "family");
    List<CaseRecord> all = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      all.add(
          record(
              "A" + i,
              "CASE-A",
              leo,
              LocalDate.of(2020 + i, 3, 10),
              i % 2 == 0
                  ? "Home visit. Mum's partner was present and said little. Leo was on the trampoline."
                  : "Leo missed school on Monday and Tuesday; attendance is falling and absence is unexplained.",
              List.of(jason)));
    }
    for (int i = 0; i < 8; i++) {
      all.add(
          record(
              "B" + i,
              "CASE-B",
              kyle,
              LocalDate.of(2024, 5, 1 + i),
              "Mr Haddow and Kyle Haddow were seen at the Haddow family home; the Haddow children"
                  + " were at school. Dean Haddow spoke about the Haddow family's housing.",
              List.of(dean)));
    }
    indexes.indexer().index(all);
    indexes.indexer().refresh();
  }

  private static CaseRecord record(
      String id,
      String caseId,
      CaseRecord.Child child,
      LocalDate date,
      String text,
      List<CaseRecord.Person> people) {
    CaseRecord r =
        new CaseRecord(
            id,
            caseId,
            child,
            "case_note",
            "Note " + id,
            date,
            "author",
            "Team A",
            text,
            people,
            false,
            "test");
    store.put(id, r);
    return r;
  }

  @AfterAll
  static void close() throws IOException {
    indexes.close();
    executor.shutdownNow();
  }

  static HybridSearcher searcher() {
    RecordLookup lookup =
        ids -> {
          Map<String, CaseRecord> out = new HashMap<>();
          for (String id : ids) if (store.containsKey(id)) out.put(id, store.get(id));
          return out;
        };
    return new HybridSearcher(
        indexes.text(),
        indexes.vectors(),
        indexes.embedder(),
        indexes.indexer(),
        lookup,
        executor,
        HybridSearcher.Config.defaults(),
        ConceptLexicon.shipped(),
        Clock.fixed(
            TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London")));
  }

  private static SearchResult search(String q, SearchFilter filter) throws IOException {
    return searcher().search(new SearchRequest(q, filter, 10, 0, SearchMode.HYBRID, false));
  }

  private static List<String> cases(SearchResult r) {
    return r.hits().stream().map(SearchHit::caseId).toList();
  }

  @Test
  void aFullNameRanksTheRecordsThatNameThatPersonFirst() throws IOException {
    for (String typed : List.of("Jason Haddow", "JASON HADDOW", "jason haddow", "Jasno Haddow")) {
      SearchResult r = search(typed, SearchFilter.NONE);
      assertEquals(
          List.of(new SearchResult.Name(typed, "jason haddow")), r.understood().names(), typed);
      assertEquals(
          List.of("CASE-A", "CASE-A", "CASE-A", "CASE-A", "CASE-A", "CASE-A"),
          cases(r).subList(0, 6),
          typed + ": the six records naming him come first, before the family sharing his surname");
      assertEquals("CASE-B", cases(r).get(6), typed + ": and the others still follow");
    }
  }

  @Test
  void aChildsNameInTheGlobalBoxFindsTheirRecordsForTheRestOfTheWords() throws IOException {
    for (String typed :
        List.of(
            "Leo Hatfield absenteeism",
            "absenteeism - Leo Hatfield",
            "Leo Hatfield: absenteeism")) {
      SearchResult r = search(typed, SearchFilter.NONE);
      assertEquals(
          List.of("leo hatfield"),
          r.understood().names().stream().map(SearchResult.Name::name).toList());
      SearchHit first = r.hits().getFirst();
      assertEquals("CASE-A", first.caseId(), typed);
      assertTrue(
          Set.of("A1", "A3", "A5").contains(first.id()),
          typed + ": a record about his absence first, got " + first.id());
    }
  }

  @Test
  void aNameOnlyHiddenRecordsHoldIsNeitherMatchedNorCorrected() throws IOException {
    SearchFilter onlyB =
        SearchFilter.NONE.withAccess(AccessScope.cases(Set.of("CASE-B"), Set.of()));
    for (String typed : List.of("Jason Haddow", "Jasno Haddow")) {
      SearchResult r = search(typed, onlyB);
      assertEquals(List.of(), r.understood().names(), typed);
      assertTrue(cases(r).stream().allMatch("CASE-B"::equals), typed);
    }
  }

  @Test
  void aDateOfBirthIsNotADateFilter() throws IOException {
    SearchResult r = search("Leo Hatfield DOB 26/04/2013 absenteeism", SearchFilter.NONE);
    assertNull(r.understood().from());
    assertNull(r.understood().datePhrase());
    assertEquals(
        List.of(new QueryDates.LeftAlone("DOB 26/04/2013", "date_of_birth")),
        r.understood().leftAlone());
    assertTrue(
        r.hits().stream().map(SearchHit::date).map(LocalDate::getYear).distinct().count() > 1,
        "records from every year are found");
    assertEquals("CASE-A", r.hits().getFirst().caseId());
  }

  @Test
  void relativeDatesCountFromTheSearchersClock() throws IOException {
    SearchResult r = search("attendance last year", SearchFilter.NONE);
    assertEquals(LocalDate.of(2025, 1, 1), r.understood().from());
    assertEquals(LocalDate.of(2025, 12, 31), r.understood().to());
    assertEquals(List.of("A5"), r.hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void eachReadingCanBeSwitchedOff() throws IOException {
    Set<SearchRequest.Reading> noDates = EnumSet.allOf(SearchRequest.Reading.class);
    noDates.remove(SearchRequest.Reading.DATES);
    SearchResult r =
        searcher()
            .search(
                new SearchRequest(
                    "attendance last year",
                    SearchFilter.NONE,
                    10,
                    0,
                    SearchMode.HYBRID,
                    false,
                    Set.of(),
                    noDates));
    assertNull(r.understood().from());
    assertTrue(r.hits().size() > 1, "not filtered to one year");

    Set<SearchRequest.Reading> noNames = EnumSet.allOf(SearchRequest.Reading.class);
    noNames.remove(SearchRequest.Reading.NAMES);
    SearchResult plain =
        searcher()
            .search(
                new SearchRequest(
                    "Jason Haddow",
                    SearchFilter.NONE,
                    10,
                    0,
                    SearchMode.HYBRID,
                    false,
                    Set.of(),
                    noNames));
    assertEquals(List.of(), plain.understood().names());
  }

  @Test
  void aMisspeltWordIsSearchedAsTheWordTheRecordsHoldAndSaysSo() throws IOException {
    SearchResult r = search("attendence falling", SearchFilter.NONE);
    assertEquals(
        List.of(new SearchResult.Correction("attendence", "attendance")),
        r.understood().corrections());
    assertEquals("attendance falling", r.understood().searched());
    assertTrue(Set.of("A1", "A3", "A5").contains(r.hits().getFirst().id()));
    // A real word no record holds is not a misspelling of one they do.
    assertEquals(List.of(), search("peer bullying", SearchFilter.NONE).understood().corrections());
  }

  @Test
  void aWordOnlyHiddenRecordsHoldIsNeverOffered() throws IOException {
    SearchFilter onlyB =
        SearchFilter.NONE.withAccess(AccessScope.cases(Set.of("CASE-B"), Set.of()));
    SearchResult r = search("trampolne", onlyB);
    assertEquals(List.of(), r.understood().corrections(), "only case A says 'trampoline'");
    assertEquals(
        List.of(new SearchResult.Correction("trampolne", "trampoline")),
        search("trampolne", SearchFilter.NONE).understood().corrections());
  }

  @Test
  void aSearchSaysWhenNoRecordMatchedWell() throws IOException {
    SearchResult nobody = search("Gary Stokes", SearchFilter.NONE);
    assertEquals(SearchResult.Quality.WEAK, nobody.match().quality(), nobody.match().toString());
    assertTrue(nobody.hits().size() > 0, "the closest records are still shown");
    SearchResult leo = search("Leo attendance", SearchFilter.NONE);
    assertEquals(SearchResult.Quality.GOOD, leo.match().quality(), leo.match().toString());
    assertEquals(1.0, leo.match().words());
  }

  @Test
  void suggestionsCompleteNamesTheCallerMaySee() throws IOException {
    List<String> all =
        searcher().suggest("hadd", SearchFilter.NONE, 8).stream()
            .filter(x -> x.kind() == Suggester.Kind.NAME)
            .map(Suggester.Suggestion::text)
            .toList();
    assertEquals(
        List.of("Dean Haddow", "Kyle Haddow", "Jason Haddow"),
        all.subList(0, 3),
        "those more records name first");
    SearchFilter onlyB =
        SearchFilter.NONE.withAccess(AccessScope.cases(Set.of("CASE-B"), Set.of()));
    assertEquals(
        List.of(),
        searcher().suggest("Jason H", onlyB, 8).stream().map(Suggester.Suggestion::text).toList());
    assertEquals(
        List.of("Leo Hatfield"),
        searcher().suggest("LEO HAT", SearchFilter.NONE, 8).stream()
            .map(Suggester.Suggestion::text)
            .toList());
  }
}
