package uk.casesearch.engine.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.AccessScope.Cases;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.Passage;
import uk.casesearch.engine.util.FileTrees;

class LuceneBm25IndexTest {

  /** Matches every fixture record, so filters alone decide what comes back. */
  private static final String ALL = "child home report school police court";

  /**
   * The fixture's rankings are written for a title boost of 2, so that a title match visibly
   * outweighs one in the text; the shipped default (0.5) is measured in docs/quality.md.
   */
  private static final LuceneBm25Index.Config DEFAULTS =
      new LuceneBm25Index.Config(0.9f, 0.4f, 2.0f, null);

  private static RecordMeta meta(
      String caseId, String childId, String type, String team, String date, boolean restricted) {
    return new RecordMeta(
        caseId, childId, type, team, date == null ? null : LocalDate.parse(date), restricted);
  }

  private static List<Passage> passages(String... texts) {
    List<Passage> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < texts.length; i++) {
      out.add(new Passage(i, texts[i], at, at + texts[i].length()));
      at += texts[i].length() + 1;
    }
    return out;
  }

  private static void addFixture(LuceneBm25Index index) throws IOException {
    index.upsert(
        "a",
        "ha",
        meta("C1", "K1", "case_note", "North", "2024-01-10", false),
        "Home visit",
        passages(
            "The looked after child was seen at her foster placement.",
            "Her behaviours have settled since the move."));
    index.upsert(
        "b",
        "hb",
        meta("C1", "K1", "strategy_discussion", "North", "2024-02-01", false),
        "Strategy discussion",
        passages(
            "Section 47 enquiry agreed after police shared information about domestic abuse at"
                + " the home."));
    index.upsert(
        "c",
        "hc",
        meta("C2", "K2", "icpc_minutes", "South", "2024-03-15", false),
        "ICPC minutes",
        passages(
            "Initial child protection conference: the children will be subject to a child"
                + " protection plan."));
    index.upsert(
        "d",
        "hd",
        meta("C2", "K2", "court_report", "South", "2024-04-20", true),
        "Court report",
        passages("Sealed report for the family court about the special guardianship order."));
    index.upsert(
        "e",
        "he",
        meta("C3", "K3", "letter", "West", null, false),
        "Letter",
        passages(
            "The school's organisation of the summer programme <script>alert(1)</script> is"
                + " good."));
    index.refresh();
  }

  private static LuceneBm25Index fixture(Path dir) throws IOException {
    LuceneBm25Index index = LuceneBm25Index.open(dir, DEFAULTS);
    addFixture(index);
    return index;
  }

  private static List<String> ids(List<PassageHit> hits) {
    return hits.stream().map(PassageHit::recordId).distinct().toList();
  }

  private static Set<String> idSet(List<PassageHit> hits) {
    return Set.copyOf(ids(hits));
  }

  /** Hits as "record#passage", in order. */
  private static List<String> passageIds(List<PassageHit> hits) {
    return hits.stream().map(h -> h.recordId() + "#" + h.passage()).toList();
  }

  private static SearchFilter filter(
      Set<String> cases,
      Set<String> children,
      Set<String> types,
      Set<String> teams,
      String from,
      String to) {
    return new SearchFilter(
        cases,
        children,
        types,
        teams,
        from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        AccessScope.ALL);
  }

  private static SearchFilter permissions(Cases visible, Cases restricted) {
    return SearchFilter.NONE.withAccess(new AccessScope(visible, restricted));
  }

  @Test
  void exactRankingForSeveralQueries(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      // c says "child protection" twice and has the plan; a has only "child".
      assertEquals(
          List.of("c#0", "a#0"),
          passageIds(index.search("child protection plan", 10, SearchFilter.NONE)));
      // Passage-level: only a's second passage talks about behaviour.
      assertEquals(
          List.of("a#1"), passageIds(index.search("behaviours settled", 10, SearchFilter.NONE)));
      // "home" is in a's title (both passages, boosted) and in b's text once.
      assertEquals(
          List.of("a#0", "a#1", "b#0"), passageIds(index.search("home", 10, SearchFilter.NONE)));
      assertEquals(List.of("d#0"), passageIds(index.search("court", 10, SearchFilter.NONE)));
      assertEquals(List.of("e#0"), passageIds(index.search("SCHOOL", 10, SearchFilter.NONE)));
      assertTrue(index.search("zebra", 10, SearchFilter.NONE).isEmpty());
      // topK cuts the same ranking.
      assertEquals(List.of("a#0"), passageIds(index.search("home", 1, SearchFilter.NONE)));
    }
  }

  @Test
  void synonymsExpandAbbreviationsAtQueryTime(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      assertEquals(List.of("a"), ids(index.search("LAC", 10, SearchFilter.NONE)));
      assertEquals(List.of("b"), ids(index.search("s47", 10, SearchFilter.NONE)));
      assertEquals(List.of("b"), ids(index.search("DV", 10, SearchFilter.NONE)));
      assertEquals(List.of("c"), ids(index.search("CP plan", 10, SearchFilter.NONE)));
      assertEquals(List.of("c"), ids(index.search("ICPC", 10, SearchFilter.NONE)));
      assertEquals(List.of("d"), ids(index.search("SGO", 10, SearchFilter.NONE)));
    }
  }

  @Test
  void mergingDeletesRestoresTheScoresOfRecordsIndexedOnce(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      float once = scoreOf("d", index.search("family court", 10, SearchFilter.NONE));
      // Re-indexed, unchanged: its old passage is deleted but still counted in the statistics.
      index.upsert(
          "d",
          "hd",
          meta("C2", "K2", "court_report", "South", "2024-04-20", true),
          "Court report",
          passages("Sealed report for the family court about the special guardianship order."));
      index.refresh();
      float again = scoreOf("d", index.search("family court", 10, SearchFilter.NONE));
      assertTrue(Math.abs(again - once) > 1e-4f, once + " vs " + again);
      index.mergeDeletes();
      index.refresh();
      assertEquals(once, scoreOf("d", index.search("family court", 10, SearchFilter.NONE)), 1e-6f);
    }
  }

  @Test
  void aWordsSynonymsCountAsThatOneWord(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = LuceneBm25Index.open(dir, DEFAULTS)) {
      index.upsert(
          "says",
          "h1",
          meta("C1", "K1", "case_note", "North", "2024-01-10", false),
          "Hearing",
          passages("The SGO was granted to the grandmother at the hearing today."));
      index.upsert(
          "spells",
          "h2",
          meta("C1", "K1", "case_note", "North", "2024-01-11", false),
          "Hearing",
          passages(
              "The special guardianship order was granted to the grandmother at the hearing today."));
      index.upsert(
          "variants",
          "h3",
          meta("C1", "K1", "case_note", "North", "2024-01-12", false),
          "Review",
          passages(
              "Review for the looked after child: children looked after are seen every six weeks."));
      index.upsert(
          "plain",
          "h4",
          meta("C1", "K1", "case_note", "North", "2024-01-13", false),
          "Review",
          passages(
              "Review for the LAC: she is seen at her placement every six weeks by the team."));
      index.refresh();
      List<PassageHit> sgo = index.search("SGO", 10, SearchFilter.NONE);
      // Both are found; spelling the synonym out no longer scores its three words against one.
      assertEquals(List.of("says", "spells"), ids(sgo));
      assertTrue(scoreOf("spells", sgo) > 0.5f * scoreOf("says", sgo), sgo.toString());
      // Matching several variants of a synonym ("looked after child", "children looked after")
      // counts once, not once per variant.
      List<PassageHit> lac = index.search("LAC review", 10, SearchFilter.NONE);
      assertEquals(Set.of("variants", "plain"), idSet(lac));
      assertTrue(scoreOf("variants", lac) < 1.5f * scoreOf("plain", lac), lac.toString());
    }
  }

  @Test
  void stemsAndUkSpellingsMatch(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      assertEquals(List.of("a"), ids(index.search("behaviour", 10, SearchFilter.NONE)));
      assertEquals(List.of("a"), ids(index.search("behavior", 10, SearchFilter.NONE)));
      assertEquals(List.of("e"), ids(index.search("organise", 10, SearchFilter.NONE)));
      assertEquals(List.of("e"), ids(index.search("organized", 10, SearchFilter.NONE)));
      assertEquals(List.of("e"), ids(index.search("program", 10, SearchFilter.NONE)));
      assertEquals(
          List.of("e"), ids(index.search("school", 10, SearchFilter.NONE)), "possessive dropped");
    }
  }

  @Test
  void titleBoostDecidesBetweenATitleMatchAndATextMatch(@TempDir Path dir) throws IOException {
    List<String> ranked = new ArrayList<>();
    for (float boost : new float[] {4f, 0.25f}) {
      LuceneBm25Index.Config c = new LuceneBm25Index.Config(0.9f, 0.4f, boost, null);
      try (LuceneBm25Index index = LuceneBm25Index.open(dir.resolve("boost" + boost), c)) {
        RecordMeta m = meta("C1", null, null, null, null, false);
        index.upsert("titled", "h1", m, "Supervision", passages("Notes from the meeting."));
        index.upsert("mentioned", "h2", m, "Notes", passages("The supervision was useful."));
        index.refresh();
        ranked.add(String.join(",", ids(index.search("supervision", 10, SearchFilter.NONE))));
      }
    }
    assertEquals(List.of("titled,mentioned", "mentioned,titled"), ranked);
  }

  @Test
  void titleIsSearchableOnEveryPassage(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      // "strategy" and "discussion" are only in b's title.
      assertEquals(List.of("b"), ids(index.search("strategy discussion", 10, SearchFilter.NONE)));
      assertEquals(List.of("a#0", "a#1"), passageIds(index.search("visit", 10, SearchFilter.NONE)));
    }
  }

  @Test
  void tiesAreBrokenByRecordIdThenPassageInsideTheTopK(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = LuceneBm25Index.open(dir, DEFAULTS)) {
      RecordMeta m = meta("C1", null, null, null, null, false);
      // Inserted out of order, and r1 re-inserted last, so docid order is r3, r2, r1.
      for (String id : List.of("r1", "r3", "r2", "r1")) {
        index.upsert(id, "h", m, null, passages("Same words here.", "Same words here."));
      }
      index.refresh();
      assertEquals(
          List.of("r1#0", "r1#1", "r2#0"),
          passageIds(index.search("same words", 3, SearchFilter.NONE)));
    }
  }

  @Test
  void caseChildTypeAndTeamFiltersUseTermSets(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      assertEquals(
          Set.of("a", "b", "c", "d", "e"), idSet(index.search(ALL, 10, SearchFilter.NONE)));
      assertEquals(
          Set.of("a", "b"),
          idSet(index.search(ALL, 10, filter(Set.of("C1"), null, null, null, null, null))));
      assertEquals(
          Set.of("a", "b", "e"),
          idSet(index.search(ALL, 10, filter(Set.of("C1", "C3"), null, null, null, null, null))));
      assertEquals(
          Set.of("c", "d"),
          idSet(index.search(ALL, 10, filter(null, Set.of("K2"), null, null, null, null))));
      assertEquals(
          Set.of("b", "e"),
          idSet(
              index.search(
                  ALL,
                  10,
                  filter(null, null, Set.of("letter", "strategy_discussion"), null, null, null))));
      assertEquals(
          Set.of("e"),
          idSet(index.search(ALL, 10, filter(null, null, null, Set.of("West"), null, null))));
      // Constraints combine with AND.
      assertEquals(
          Set.of("c"),
          idSet(
              index.search(
                  ALL,
                  10,
                  filter(
                      Set.of("C2"), null, Set.of("icpc_minutes"), Set.of("South"), null, null))));
      assertTrue(
          index
              .search(ALL, 10, filter(Set.of("C1"), null, null, Set.of("West"), null, null))
              .isEmpty());
      // Filtering does not change scores.
      float unfiltered = index.search("court", 10, SearchFilter.NONE).getFirst().score();
      float filtered =
          index
              .search("court", 10, filter(Set.of("C2"), null, null, null, null, null))
              .getFirst()
              .score();
      assertEquals(unfiltered, filtered);
    }
  }

  @Test
  void dateRangeIsInclusiveAndExcludesUndatedRecords(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      // a 2024-01-10, b 2024-02-01, c 2024-03-15, d 2024-04-20, e undated.
      assertEquals(
          Set.of("a", "b", "c"),
          idSet(index.search(ALL, 10, filter(null, null, null, null, "2024-01-10", "2024-03-15"))));
      assertEquals(
          Set.of("b", "c"),
          idSet(index.search(ALL, 10, filter(null, null, null, null, "2024-01-11", "2024-03-15"))));
      assertEquals(
          Set.of("b"),
          idSet(index.search(ALL, 10, filter(null, null, null, null, "2024-01-11", "2024-03-14"))));
      assertEquals(
          Set.of("b"),
          idSet(index.search(ALL, 10, filter(null, null, null, null, "2024-02-01", "2024-02-01"))));
      assertEquals(
          Set.of("c", "d"),
          idSet(index.search(ALL, 10, filter(null, null, null, null, "2024-03-15", null))));
      assertEquals(
          Set.of("a"),
          idSet(index.search(ALL, 10, filter(null, null, null, null, null, "2024-01-10"))));
      assertTrue(
          index.search(ALL, 10, filter(null, null, null, null, "2025-01-01", null)).isEmpty());
    }
  }

  @Test
  void permissionsLimitVisibleCasesAndRestrictedRecords(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      assertEquals(
          Set.of("a", "b", "c", "d", "e"),
          idSet(index.search(ALL, 10, permissions(Cases.ALL, Cases.ALL))));
      assertTrue(
          index.search(ALL, 10, permissions(Cases.NONE, Cases.ALL)).isEmpty(), "no visible case");
      assertEquals(
          Set.of("c", "d"),
          idSet(index.search(ALL, 10, permissions(Cases.of(Set.of("C2")), Cases.ALL))));
      // Restricted d needs a grant for its case; other records are unaffected.
      assertEquals(
          Set.of("a", "b", "c", "e"),
          idSet(index.search(ALL, 10, permissions(Cases.ALL, Cases.NONE))));
      assertEquals(
          Set.of("a", "b", "c", "e"),
          idSet(index.search(ALL, 10, permissions(Cases.ALL, Cases.of(Set.of("C1"))))));
      assertEquals(
          Set.of("a", "b", "c", "d", "e"),
          idSet(index.search(ALL, 10, permissions(Cases.ALL, Cases.of(Set.of("C2"))))));
      assertEquals(
          Set.of("c"),
          idSet(index.search(ALL, 10, permissions(Cases.of(Set.of("C2")), Cases.NONE))));
      // A grant does not widen visibility.
      assertEquals(
          Set.of("a", "b"),
          idSet(
              index.search(ALL, 10, permissions(Cases.of(Set.of("C1")), Cases.of(Set.of("C2"))))));
    }
  }

  @Test
  void deleteTellsWhetherTheRecordWasHeldBeforeARefreshToo(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      index.upsert(
          "n",
          "hn",
          meta("C1", "K1", "case_note", "North", "2024-06-01", false),
          "Note",
          passages("Not yet refreshed."));
      assertTrue(index.delete("n"), "written, not yet refreshed");
      assertFalse(index.delete("n"), "deleted, not yet refreshed");
      assertTrue(index.delete("a"), "refreshed before");
      assertFalse(index.delete("a"));
      index.refresh();
      assertFalse(index.delete("a"));
      assertFalse(index.delete("n"));
      assertEquals(Map.of("b", "hb", "c", "hc", "d", "hd", "e", "he"), index.recordHashes());
    }
  }

  @Test
  void commitIdNamesTheLastCommit(@TempDir Path dir) throws IOException {
    Path at = dir.resolve("text");
    LuceneBm25Index index = fixture(at);
    index.commit();
    String first = index.commitId();
    index.commit();
    assertEquals(first, index.commitId(), "nothing changed: no new commit");
    index.delete("a");
    index.commit();
    assertFalse(first.equals(index.commitId()), first);
    index.close(); // may commit once more, for merges Lucene finishes as it closes
    String closedAt = index.commitId();
    try (LuceneBm25Index reopened = LuceneBm25Index.open(at, DEFAULTS)) {
      assertEquals(closedAt, reopened.commitId(), "reopened at the commit it closed with");
    }
    FileTrees.delete(at);
    try (LuceneBm25Index other = fixture(at)) {
      other.delete("a");
      other.commit();
      assertFalse(
          closedAt.equals(other.commitId()), "another index in the same place: " + closedAt);
    }
  }

  @Test
  void upsertReplacesAndDeleteRemoves(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      index.upsert(
          "a",
          "ha2",
          meta("C1", "K1", "case_note", "North", "2024-01-10", false),
          "Home visit",
          passages("Moved to a caravan."));
      assertTrue(index.delete("b"));
      assertFalse(index.delete("b"), "already gone");
      assertFalse(index.delete("never-indexed"));
      index.refresh();
      assertTrue(index.search("foster behaviours", 10, SearchFilter.NONE).isEmpty(), "old text");
      assertEquals(List.of("a#0"), passageIds(index.search("caravan", 10, SearchFilter.NONE)));
      assertTrue(index.search("s47 police", 10, SearchFilter.NONE).isEmpty());
      assertEquals(4, index.size());
      assertEquals(Map.of("a", "ha2", "c", "hc", "d", "hd", "e", "he"), index.recordHashes());
    }
  }

  @Test
  void changesAreSearchableOnlyAfterRefresh(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      index.upsert("z", "hz", meta("C9", null, null, null, null, false), null, passages("Kayak."));
      assertTrue(index.search("kayak", 10, SearchFilter.NONE).isEmpty());
      index.refresh();
      assertEquals(List.of("z"), ids(index.search("kayak", 10, SearchFilter.NONE)));
    }
  }

  @Test
  void committedStateAndResultsSurviveReopen(@TempDir Path dir) throws IOException {
    List<List<PassageHit>> before = new ArrayList<>();
    List<String> queries = List.of("child protection plan", "home", "LAC", ALL);
    try (LuceneBm25Index index = fixture(dir)) {
      index.delete("e");
      index.refresh();
      for (String q : queries) {
        before.add(index.search(q, 10, SearchFilter.NONE));
      }
      index.commit();
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(dir, DEFAULTS)) {
      assertEquals(Map.of("a", "ha", "b", "hb", "c", "hc", "d", "hd"), index.recordHashes());
      assertEquals(5, index.size());
      for (int i = 0; i < queries.size(); i++) {
        // Same ids, passages and scores: nothing about ranking lives only in memory.
        assertEquals(before.get(i), index.search(queries.get(i), 10, SearchFilter.NONE));
      }
    }
  }

  @Test
  void hashesAreReadFromSegmentsWrittenBeforeTheirDocValuesExisted(@TempDir Path dir)
      throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      index.commit();
    }
    // A passage as earlier versions wrote it: the record hash stored, not in doc values.
    try (IndexWriter w =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document d = new Document();
      d.add(new StringField(LuceneBm25Index.RECORD_ID, "old", Field.Store.YES));
      d.add(new SortedDocValuesField(LuceneBm25Index.RECORD_ID, new BytesRef("old")));
      d.add(new StoredField(LuceneBm25Index.PASSAGE, 0));
      d.add(new NumericDocValuesField(LuceneBm25Index.PASSAGE, 0));
      d.add(new StoredField(LuceneBm25Index.RECORD_HASH, "h-old"));
      w.addDocument(d);
      w.setLiveCommitData(
          Map.of(LuceneBm25Index.SCHEMA_KEY, LuceneBm25Index.SCHEMA_VERSION).entrySet());
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(dir, DEFAULTS)) {
      assertEquals(
          Map.of("a", "ha", "b", "hb", "c", "hc", "d", "hd", "e", "he", "old", "h-old"),
          index.recordHashes(),
          "new passages' hashes from doc values, the old one's from its stored field");
    }
  }

  @Test
  void closeCommits(@TempDir Path dir) throws IOException {
    LuceneBm25Index index = fixture(dir);
    index.close();
    index.close(); // a second close is harmless
    try (LuceneBm25Index reopened = LuceneBm25Index.open(dir, DEFAULTS)) {
      assertEquals(5, reopened.recordHashes().size());
      assertEquals(List.of("d"), ids(reopened.search("court", 10, SearchFilter.NONE)));
    }
  }

  @Test
  void afterACrashTheIndexOpensAtItsLastCommit(@TempDir Path dir) throws IOException {
    Path live = dir.resolve("live");
    Path crashed = dir.resolve("crashed");
    try (LuceneBm25Index index = fixture(live)) {
      index.commit();
      index.upsert("z", "hz", meta("C9", null, null, null, null, false), null, passages("Kayak."));
      index.delete("a");
      index.refresh(); // flushes a new segment to disk, not yet committed
      // The process "dies" here: copy the files as they are, plus a half-written next commit.
      Files.createDirectories(crashed);
      try (Stream<Path> files = Files.list(live)) {
        for (Path f :
            files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
          Files.copy(f, crashed.resolve(f.getFileName()));
        }
      }
      Files.writeString(crashed.resolve("pending_segments_9"), "half");
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(crashed, DEFAULTS)) {
      assertEquals(
          Map.of("a", "ha", "b", "hb", "c", "hc", "d", "hd", "e", "he"), index.recordHashes());
      assertTrue(index.search("kayak", 10, SearchFilter.NONE).isEmpty());
      assertEquals(List.of("a"), ids(index.search("foster", 10, SearchFilter.NONE)));
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(2, siblings.count(), "a crash is not corruption: nothing moved aside");
    }
  }

  @Test
  void thePeopleARecordNamesAreSearchableOnEveryPassage(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      index.upsert(
          "f",
          "hf",
          meta("C1", "K1", "school_report", "North", "2024-05-01", false),
          "School report",
          "Ronnie Binns, child\nMrs Moffat, Teacher, class teacher\n",
          passages("Reading has improved this term.", "Maths remains a worry."));
      index.refresh();
      List<PassageHit> hits = index.search("who is Ronnie's teacher", 10, SearchFilter.NONE);
      assertEquals(List.of("f#0", "f#1"), passageIds(hits));
      assertEquals(
          List.of("f"),
          ids(index.search("Moffat", 10, SearchFilter.NONE)).stream().distinct().toList());
    }
  }

  @Test
  void expansionsFindPassagesWithoutTheQueryWordsAndRankBelowDirectMatches(@TempDir Path dir)
      throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      SearchFilter all = SearchFilter.NONE;
      assertEquals(List.of(), ids(index.search("safeguarding", 10, all)));
      List<TextIndex.Expansion> expand =
          List.of(new TextIndex.Expansion("police shared information domestic abuse", 0.5f));
      assertEquals(List.of("b"), ids(index.search("safeguarding", expand, 10, all)));
      // A direct match of the query outranks a passage found only through the expansion.
      List<PassageHit> both = index.search("foster placement", expand, 10, all);
      assertEquals(List.of("a", "b"), ids(both));
      // Expansion text is words, never syntax.
      assertEquals(
          List.of("b"),
          ids(
              index.search(
                  "safeguarding",
                  List.of(new TextIndex.Expansion("\"police -abuse (", 0.5f)),
                  10,
                  all)));
    }
  }

  @Test
  void anExpansionAddsItsWeightedScoreToThePassagesQueryScore(@TempDir Path dir)
      throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      SearchFilter all = SearchFilter.NONE;
      List<TextIndex.Expansion> half = List.of(new TextIndex.Expansion("protection plan", 0.5f));
      List<TextIndex.Expansion> one = List.of(new TextIndex.Expansion("protection plan", 1f));
      float query = scoreOf("c", index.search("conference", 10, all));
      // "zzzz" matches nothing, so only the expansion scores; one word, as "conference" is.
      float expansionOnly = scoreOf("c", index.search("zzzz", half, 10, all));
      float both = scoreOf("c", index.search("conference", half, 10, all));
      assertEquals(query + expansionOnly, both, 1e-4f * both);
      assertEquals(
          2 * expansionOnly,
          scoreOf("c", index.search("zzzz", one, 10, all)),
          1e-4f * expansionOnly);
    }
  }

  private static float scoreOf(String recordId, List<PassageHit> hits) {
    return hits.stream()
        .filter(h -> h.recordId().equals(recordId))
        .findFirst()
        .orElseThrow()
        .score();
  }

  @Test
  void aQueryWithOperatorsIsSearchedAsWrittenWithoutExpansions(@TempDir Path dir)
      throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      List<TextIndex.Expansion> expand =
          List.of(new TextIndex.Expansion("child protection plan police foster", 0.5f));
      assertEquals(
          List.of("c"), ids(index.search("conference -police", expand, 10, SearchFilter.NONE)));
      assertEquals(List.of("c"), ids(index.search("+conference", expand, 10, SearchFilter.NONE)));
      assertEquals(
          List.of("c"),
          ids(index.search("\"protection conference\"", expand, 10, SearchFilter.NONE)));
      // A hyphen inside a word is not an operator.
      assertFalse(ids(index.search("self-harm", expand, 10, SearchFilter.NONE)).isEmpty());
      // Filters still apply to what expansions find.
      SearchFilter south = filter(null, null, null, Set.of("South"), null, null);
      assertEquals(Set.of("c"), idSet(index.search("anything", expand, 10, south)));
    }
  }

  @Test
  void queriesNeverFailOnSyntax(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      for (String q :
          List.of(
              "\"unbalanced (quote AND OR -- **",
              "+ - | ~ * ( ) \" \\",
              "~~~",
              "((((",
              "child~2 \"plan",
              "-",
              "\u0000\uFFFF",
              "")) {
        index.search(q, 10, SearchFilter.NONE); // must not throw
        index.highlight(q, "Some text about a child.", 50);
      }
      assertEquals(
          List.of("c"), ids(index.search("\"child protection plan\"", 10, SearchFilter.NONE)));
      assertEquals(List.of("a"), ids(index.search("behav*", 10, SearchFilter.NONE)));
      // "-word" excludes (d mentions the family court) rather than adding every other record.
      assertTrue(index.search("court -family", 10, SearchFilter.NONE).isEmpty());
      assertEquals(List.of("a"), ids(index.search("LAC -court", 10, SearchFilter.NONE)));
      assertEquals(List.of("a"), ids(index.search("(LAC -court)", 10, SearchFilter.NONE)));
      assertTrue(index.search("-court", 10, SearchFilter.NONE).isEmpty(), "only an exclusion");
      assertTrue(index.search("the -court", 10, SearchFilter.NONE).isEmpty());
      // A dash between words is punctuation, not an operator.
      assertEquals(List.of("a", "b"), ids(index.search("visit - police", 10, SearchFilter.NONE)));
      assertThrows(IllegalArgumentException.class, () -> index.search("x", 0, SearchFilter.NONE));
    }
  }

  @Test
  void signsNotWrittenAsOperatorsAreText(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      // SimpleQueryParser alone reads these as AND and NOT, and finds nothing for the first two.
      assertEquals(
          Set.of("b", "d"),
          idSet(index.search("police+court", 10, SearchFilter.NONE)),
          "no record has both");
      assertEquals(
          List.of("b"),
          ids(index.search("domestic -47", 10, SearchFilter.NONE)),
          "a number, not an exclusion");
      assertEquals(
          Set.of("a", "c", "d"), idSet(index.search("(child)-court", 10, SearchFilter.NONE)));
      // Written as operators, at the start of a word, they still require and exclude.
      assertEquals(List.of("b"), ids(index.search("police +domestic", 10, SearchFilter.NONE)));
      assertEquals(List.of("c"), ids(index.search("child -(looked court)", 10, SearchFilter.NONE)));
      assertEquals(
          "PD\\-1\\+CD8 \\+1 \\-2 -x +\"y\"", QueryReader.signsAsText("PD-1+CD8 +1 -2 -x +\"y\""));
    }
  }

  @Test
  void tellsWhetherAnyRecordIsDatedWithinARange(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      assertTrue(index.anyDated(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
      assertTrue(index.anyDated(LocalDate.of(2024, 4, 20), null), "inclusive, open-ended");
      assertFalse(index.anyDated(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
      assertFalse(index.anyDated(null, LocalDate.of(2024, 1, 9)));
      assertFalse(
          index.anyDated(LocalDate.of(2024, 4, 21), null), "the undated letter never counts");
    }
  }

  @Test
  void stopWordOnlyQueriesReturnNothing(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      assertTrue(index.search("the", 10, SearchFilter.NONE).isEmpty());
      assertTrue(index.search("the of and was", 10, SearchFilter.NONE).isEmpty());
      assertEquals(
          "The child", index.highlight("the", "The child", 100), "nothing to mark, text escaped");
    }
  }

  @Test
  void aPastedParagraphOverTheClauseLimitStillSearches(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      StringBuilder q = new StringBuilder("foster ");
      for (int i = 0; i < 1500; i++) {
        q.append("word").append(i).append(' ');
      }
      assertEquals(List.of("a"), ids(index.search(q.toString(), 10, SearchFilter.NONE)));
      // Over the limit when searching but not when parsing: ~700 words on two fields.
      assertEquals(List.of("a"), ids(index.search(q.substring(0, 8000), 10, SearchFilter.NONE)));
      assertEquals(
          "Her <mark>foster</mark> carer.",
          index.highlight(q.toString(), "Her foster carer.", 100));
    }
  }

  @Test
  void highlightsStemsAndSynonymsAndEscapesHtml(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = LuceneBm25Index.open(dir, DEFAULTS)) {
      assertEquals(
          "Her <mark>behaviours</mark> have settled.",
          index.highlight("behaviour", "Her behaviours have settled.", 200));
      assertEquals(
          "Concerns about <mark>domestic</mark> <mark>abuse</mark> were raised.",
          index.highlight("DV", "Concerns about domestic abuse were raised.", 200));
      assertEquals(
          "She is a <mark>looked</mark> <mark>after</mark> <mark>child</mark>.",
          index.highlight("LAC", "She is a looked after child.", 200));
      String escaped =
          index.highlight("programme", "The programme <script>alert(1)</script> ran.", 200);
      assertEquals(
          "The <mark>programme</mark> &lt;script&gt;alert(1)&lt;/script&gt; ran.", escaped);
      assertEquals("No match &amp; here", index.highlight("zebra", "No match & here", 200));
      assertEquals(
          "Seen on 04/05/2023 at Kian's school",
          index.highlight("zebra", "Seen on 04/05/2023 at Kian's school", 200),
          "dates and apostrophes are left readable");
      String longText = "word ".repeat(200) + "target " + "word ".repeat(200);
      String fragment = index.highlight("target", longText, 100);
      assertTrue(fragment.contains("<mark>target</mark>") && fragment.length() < 200, fragment);
      String leading = index.highlight("zebra", longText, 100);
      assertTrue(leading.startsWith("word word") && leading.length() <= 110, leading);
      assertEquals(
          "Family <mark>court</mark>.", index.highlight("court -family", "Family court.", 200));
      assertThrows(IllegalArgumentException.class, () -> index.highlight("x", "y", 0));
    }
  }

  @Test
  void damagedIndexIsMovedAsideAndStartsEmpty(@TempDir Path dir) throws IOException {
    Path indexDir = dir.resolve("text");
    try (LuceneBm25Index index = fixture(indexDir)) {
      index.commit();
    }
    try (Stream<Path> files = Files.list(indexDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.writeString(f, "garbage");
      }
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(indexDir, DEFAULTS)) {
      assertEquals(0, index.size());
      assertTrue(index.recordHashes().isEmpty());
      addFixture(index); // and it works
      assertEquals(List.of("d"), ids(index.search("court", 10, SearchFilter.NONE)));
    }
    assertEquals(1, asideCount(dir, "text"), "the broken index is kept for diagnosis");
  }

  @Test
  void indexWithAMissingSegmentFileIsMovedAside(@TempDir Path dir) throws IOException {
    Path indexDir = dir.resolve("text");
    try (LuceneBm25Index index = fixture(indexDir)) {
      index.commit();
    }
    try (Stream<Path> files = Files.list(indexDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".si")).toList()) {
        Files.delete(f);
      }
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(indexDir, DEFAULTS)) {
      assertEquals(0, index.size());
    }
    assertEquals(1, asideCount(dir, "text"));
  }

  @Test
  void indexFromAnotherSchemaIsMovedAside(@TempDir Path dir) throws IOException {
    Path indexDir = dir.resolve("text");
    // A healthy Lucene index without Casesearch's schema stamp, like one from an earlier version.
    try (IndexWriter w =
        new IndexWriter(
            FSDirectory.open(indexDir), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document d = new Document();
      d.add(new StringField(LuceneBm25Index.RECORD_ID, "old", Field.Store.YES));
      w.addDocument(d);
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(indexDir, DEFAULTS)) {
      assertTrue(index.recordHashes().isEmpty());
    }
    assertEquals(1, asideCount(dir, "text"));
  }

  @Test
  void aLockedIndexIsNeverMovedAside(@TempDir Path dir) throws IOException {
    Path indexDir = dir.resolve("text");
    try (LuceneBm25Index index = fixture(indexDir)) {
      index.commit();
      assertThrows(LockObtainFailedException.class, () -> LuceneBm25Index.open(indexDir, DEFAULTS));
      assertEquals(0, asideCount(dir, "text"));
      // The first instance still owns a working index.
      index.upsert("z", "hz", meta("C9", null, null, null, null, false), null, passages("Kayak."));
      index.commit();
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(indexDir, DEFAULTS)) {
      assertEquals(6, index.recordHashes().size());
    }
  }

  @Test
  void councilSynonymsReplaceTheShippedOnes(@TempDir Path dir) throws IOException {
    LuceneBm25Index.Config c =
        new LuceneBm25Index.Config(
            0.9f, 0.4f, 2f, LuceneBm25Index.SynonymSource.ofText("zebra, foster placement\n"));
    try (LuceneBm25Index index = LuceneBm25Index.open(dir.resolve("council"), c)) {
      addFixture(index);
      assertEquals(List.of("a"), ids(index.search("zebra", 10, SearchFilter.NONE)));
      assertTrue(index.search("SGO", 10, SearchFilter.NONE).isEmpty(), "replaced, not merged");
    }
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "# a council's file\nkayak, canoe\n");
    LuceneBm25Index.Config fromFile =
        new LuceneBm25Index.Config(0.9f, 0.4f, 2f, LuceneBm25Index.SynonymSource.fromFile(file));
    try (LuceneBm25Index index = LuceneBm25Index.open(dir.resolve("file"), fromFile)) {
      index.upsert("z", "hz", meta("C9", null, null, null, null, false), null, passages("Canoe."));
      index.refresh();
      assertEquals(List.of("z"), ids(index.search("kayak", 10, SearchFilter.NONE)));
    }
    LuceneBm25Index.Config bad =
        new LuceneBm25Index.Config(
            0.9f, 0.4f, 2f, LuceneBm25Index.SynonymSource.ofText("a => ###\n"));
    assertThrows(
        IllegalArgumentException.class, () -> LuceneBm25Index.open(dir.resolve("bad"), bad));
    // An empty file switches synonyms off.
    LuceneBm25Index.Config none =
        new LuceneBm25Index.Config(
            0.9f, 0.4f, 2f, LuceneBm25Index.SynonymSource.ofText("# none\n"));
    try (LuceneBm25Index index = LuceneBm25Index.open(dir.resolve("none"), none)) {
      addFixture(index);
      assertTrue(index.search("LAC", 10, SearchFilter.NONE).isEmpty());
      assertEquals(List.of("a"), ids(index.search("foster", 10, SearchFilter.NONE)));
    }
  }

  @Test
  void configAndArgumentsAreChecked(@TempDir Path dir) throws IOException {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new LuceneBm25Index.Config(-1f, 0.4f, 2f, null));
    assertTrue(e.getMessage().contains("k1") && e.getMessage().contains("-1"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new LuceneBm25Index.Config(0.9f, 1.5f, 2f, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LuceneBm25Index.Config(0.9f, Float.NaN, 2f, null));
    assertThrows(
        IllegalArgumentException.class, () -> new LuceneBm25Index.Config(0.9f, 0.4f, 0f, null));
    LuceneBm25Index.Config d = LuceneBm25Index.Config.defaults();
    assertEquals(
        List.of(0.9f, 0.4f, 0.5f, 1.0f), List.of(d.k1(), d.b(), d.titleBoost(), d.peopleBoost()));
    try (LuceneBm25Index index = LuceneBm25Index.open(dir, d)) {
      RecordMeta m = meta("C1", null, null, null, null, false);
      assertThrows(IllegalArgumentException.class, () -> index.upsert("x", "h", m, "t", List.of()));
      assertTrue(index.recordHashes().isEmpty());
    }
  }

  private static long asideCount(Path parent, String name) throws IOException {
    try (Stream<Path> files = Files.list(parent)) {
      return files.filter(p -> p.getFileName().toString().startsWith(name + ".corrupt-")).count();
    }
  }
}
