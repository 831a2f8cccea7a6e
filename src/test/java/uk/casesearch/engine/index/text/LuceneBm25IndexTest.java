package uk.casesearch.engine.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.Passage;

class LuceneBm25IndexTest {

  private static RecordMeta meta(String caseId, String type, String date, boolean restricted) {
    return new RecordMeta(caseId, "child-" + caseId, type, "Team " + caseId, date == null ? null : LocalDate.parse(date), restricted);
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

  private static LuceneBm25Index fixture(Path dir) throws IOException {
    LuceneBm25Index index = LuceneBm25Index.open(dir, LuceneBm25Index.Config.defaults());
    index.upsert("a", "ha", meta("C1", "case_note", "2024-01-10", false), "Home visit",
        passages("The looked after child was seen at her foster placement.", "Her behaviours have settled since the move."));
    index.upsert("b", "hb", meta("C1", "strategy_discussion", "2024-02-01", false), "Strategy discussion",
        passages("Section 47 enquiry agreed after police shared information about domestic abuse at the home."));
    index.upsert("c", "hc", meta("C2", "icpc_minutes", "2024-03-15", false), "ICPC minutes",
        passages("Initial child protection conference: the children will be subject to a child protection plan."));
    index.upsert("d", "hd", meta("C2", "court_report", "2024-04-20", true), "Court report",
        passages("Sealed report for the family court about the special guardianship order application."));
    index.upsert("e", "he", meta("C3", "letter", null, false), "Letter",
        passages("The school's organisation of the summer programme <script>alert(1)</script> is good."));
    index.refresh();
    return index;
  }

  private static List<String> ids(List<PassageHit> hits) {
    return hits.stream().map(PassageHit::recordId).distinct().toList();
  }

  @Test
  void synonymsExpandAbbreviationsAtQueryTime(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      assertEquals(List.of("a"), ids(index.search("LAC", 10, SearchFilter.NONE)));
      assertEquals(List.of("b"), ids(index.search("s47", 10, SearchFilter.NONE)));
      assertEquals(List.of("b"), ids(index.search("DV", 10, SearchFilter.NONE)));
      assertEquals(List.of("c"), ids(index.search("CP plan", 10, SearchFilter.NONE)));
      assertTrue(ids(index.search("ICPC", 10, SearchFilter.NONE)).contains("c"));
      assertEquals(List.of("d"), ids(index.search("SGO", 10, SearchFilter.NONE)));
    }
  }

  @Test
  void stemsAndUkSpellingsMatch(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      assertEquals(List.of("a"), ids(index.search("behaviour", 10, SearchFilter.NONE)));
      assertEquals(List.of("a"), ids(index.search("behavior", 10, SearchFilter.NONE)));
      assertEquals(List.of("e"), ids(index.search("organise", 10, SearchFilter.NONE)));
      assertEquals(List.of("e"), ids(index.search("school", 10, SearchFilter.NONE)), "possessive 's is dropped");
    }
  }

  @Test
  void passagesAreHitsAndTitlesAreBoosted(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      List<PassageHit> hits = index.search("behaviours settled", 10, SearchFilter.NONE);
      assertEquals("a", hits.getFirst().recordId());
      assertEquals(1, hits.getFirst().passage());
      // "strategy" is in b's title only; "discussion" likewise.
      assertEquals(List.of("b"), ids(index.search("strategy discussion", 10, SearchFilter.NONE)));
    }
  }

  @Test
  void everyFilterKindApplies(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      String q = "child home report school police";
      assertEquals(Set.of("a", "b"), Set.copyOf(ids(index.search(q, 10, new SearchFilter(Set.of("C1"), null, null, null, null, null, null, null)))));
      assertEquals(List.of("c"), ids(index.search("child", 10, new SearchFilter(null, Set.of("child-C2"), Set.of("icpc_minutes"), null, null, null, null, null))));
      assertEquals(List.of("b"), ids(index.search(q, 10, new SearchFilter(null, null, null, Set.of("Team C1"), LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-01"), null, null))));
      assertFalse(ids(index.search(q, 10, new SearchFilter(null, null, null, null, LocalDate.parse("2000-01-01"), null, null, null))).contains("e"), "undated records fail a date filter");
      assertTrue(index.search(q, 10, new SearchFilter(null, null, null, null, null, null, Set.of(), null)).isEmpty());
      assertEquals(Set.of("c"), Set.copyOf(ids(index.search("child court", 10, new SearchFilter(null, null, null, null, null, null, Set.of("C2"), Set.of())))), "restricted d hidden");
      assertEquals(Set.of("c", "d"), Set.copyOf(ids(index.search("child court", 10, new SearchFilter(null, null, null, null, null, null, Set.of("C2"), Set.of("C2"))))));
    }
  }

  @Test
  void upsertReplacesDeleteRemovesAndStateSurvivesReopen(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      index.upsert("a", "ha2", meta("C1", "case_note", "2024-01-10", false), "Home visit", passages("Moved to a caravan."));
      assertTrue(index.delete("b"));
      assertFalse(index.delete("b"));
      index.refresh();
      assertTrue(index.search("foster", 10, SearchFilter.NONE).isEmpty());
      assertEquals(List.of("a"), ids(index.search("caravan", 10, SearchFilter.NONE)));
      assertTrue(index.search("s47", 10, SearchFilter.NONE).isEmpty());
      index.commit();
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(dir, LuceneBm25Index.Config.defaults())) {
      assertEquals(Map.of("a", "ha2", "c", "hc", "d", "hd", "e", "he"), index.recordHashes());
      assertEquals(List.of("a"), ids(index.search("caravan", 10, SearchFilter.NONE)));
      assertEquals(4, index.size());
    }
  }

  @Test
  void queriesNeverFailOnSyntax(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      for (String q : List.of("\"unbalanced (quote AND OR -- **", "+ - | ~ * ( ) \" \\", "the of and", "~~~", "\u0000\uFFFF")) {
        index.search(q, 10, SearchFilter.NONE); // must not throw
      }
      assertTrue(index.search("the of and", 10, SearchFilter.NONE).isEmpty(), "stop words only: nothing to search");
      assertEquals(List.of("c"), ids(index.search("\"child protection plan\"", 10, SearchFilter.NONE)));
      assertThrows(IllegalArgumentException.class, () -> index.search("x", 0, SearchFilter.NONE));
    }
  }

  @Test
  void highlightsStemsAndSynonymsAndEscapesHtml(@TempDir Path dir) throws IOException {
    try (LuceneBm25Index index = fixture(dir)) {
      String h = index.highlight("behaviour", "Her behaviours have settled.", 200);
      assertEquals("Her <mark>behaviours</mark> have settled.", h);
      assertTrue(index.highlight("DV", "Concerns about domestic abuse were raised.", 200).contains("<mark>domestic</mark> <mark>abuse</mark>"));
      String escaped = index.highlight("programme", "The programme <script>alert(1)</script> ran.", 200);
      assertTrue(escaped.contains("<mark>programme</mark>") && escaped.contains("&lt;script&gt;") && !escaped.contains("<script>"), escaped);
      assertEquals("No match &amp; here", index.highlight("zebra", "No match & here", 200));
      assertEquals("Seen on 04/05/2023 at Kian's school", index.highlight("zebra", "Seen on 04/05/2023 at Kian's school", 200));
      String longText = "word ".repeat(200) + "target " + "word ".repeat(200);
      String frag = index.highlight("target", longText, 100);
      assertTrue(frag.contains("<mark>target</mark>") && frag.length() < 200, frag);
    }
  }

  @Test
  void corruptIndexIsMovedAsideAndStartsEmpty(@TempDir Path dir) throws IOException {
    Path indexDir = dir.resolve("text");
    try (LuceneBm25Index index = fixture(indexDir)) {
      index.commit();
    }
    try (var files = Files.list(indexDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) Files.writeString(f, "garbage");
    }
    try (LuceneBm25Index index = LuceneBm25Index.open(indexDir, LuceneBm25Index.Config.defaults())) {
      assertEquals(0, index.size());
      assertTrue(index.recordHashes().isEmpty());
    }
    try (var files = Files.list(dir)) {
      assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("text.corrupt-")), "the broken index is kept aside");
    }
  }

  @Test
  void councilSynonymFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    LuceneBm25Index.Config c = new LuceneBm25Index.Config(0.9f, 0.4f, 2f, () -> new StringReader("zebra, foster placement\n"));
    try (LuceneBm25Index index = LuceneBm25Index.open(dir, c)) {
      index.upsert("a", "h", meta("C1", null, null, false), null, passages("Seen at her foster placement."));
      index.refresh();
      assertEquals(List.of("a"), ids(index.search("zebra", 10, SearchFilter.NONE)));
      assertTrue(index.search("LAC", 10, SearchFilter.NONE).isEmpty(), "shipped rules are replaced, not merged");
    }
    LuceneBm25Index.Config bad = new LuceneBm25Index.Config(0.9f, 0.4f, 2f, () -> new StringReader("a => \n"));
    assertThrows(IllegalArgumentException.class, () -> LuceneBm25Index.open(dir.resolve("bad"), bad));
  }

  @Test
  void analyzerChain() throws IOException {
    try (Analyzer a = SocialCareAnalyzer.forIndexing()) {
      assertEquals(List.of("child", "behaviour", "organis", "cafe"), tokens(a, "The child's behaviours; organisation at the café"));
    }
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }
}
