package uk.casesearch.engine.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.ingest.CaseRecord;

/** A summary of the invented case of {@link CaseAnswererTest}: sections of cited sentences. */
class CaseSummarizerTest {

  private static final InsightLexicon LEXICON = InsightLexicon.shipped();
  private static final CaseSummarizer SUMMARIZER =
      new CaseSummarizer(QuestionLexicon.shipped(), Glossary.shipped());

  static CaseSummary summarize(List<CaseRecord> records, boolean explain) {
    InsightFinder finder = new InsightFinder(LEXICON);
    List<CaseSource> sources = new ArrayList<>();
    for (CaseRecord r : records) sources.add(new CaseSource(r, finder.find(r)));
    return SUMMARIZER.summarize(
        "CASE-F",
        sources,
        new EcoMapBuilder(LEXICON).build("CASE-F", sources),
        new ChronologyBuilder(LEXICON).build("CASE-F", sources, null, null, Set.of()),
        explain,
        0);
  }

  static List<String> ids(CaseSummary s, String section) {
    return s.sections().stream()
        .filter(x -> x.id().equals(section))
        .findFirst()
        .orElseThrow()
        .sentences()
        .stream()
        .map(CaseSummary.Sentence::recordId)
        .toList();
  }

  @Test
  void everySentenceIsARecordsTextAtItsOffsetsAndToldOnce() {
    List<CaseRecord> records = CaseAnswererTest.records();
    Map<String, CaseRecord> byId =
        records.stream().collect(Collectors.toMap(CaseRecord::id, Function.identity()));
    CaseSummary s = summarize(records, false);
    assertEquals(
        List.of("child_and_people", "worries", "strengths", "events", "plan"),
        s.sections().stream().map(CaseSummary.Section::id).toList());
    Set<String> told = new HashSet<>();
    int n = 0;
    for (CaseSummary.Section sec : s.sections()) {
      assertTrue(sec.sentences().size() <= CaseSummarizer.PER_SECTION, sec.id());
      for (CaseSummary.Sentence sen : sec.sentences()) {
        n++;
        CaseRecord r = byId.get(sen.recordId());
        assertEquals(r.text().substring(sen.start(), sen.end()).strip(), sen.text());
        assertEquals(r.date(), sen.date());
        assertTrue(told.add(sen.recordId() + ":" + sen.start()), "told twice: " + sen.text());
        assertTrue(sen.glossary().isEmpty());
      }
    }
    assertTrue(n >= 6, s.toString());
  }

  @Test
  void sectionsHoldWhatTheirHeadingsSay() {
    CaseSummary s = summarize(CaseAnswererTest.records(), false);
    // Newest first: the latest harm (the domestic abuse of September) leads the worries.
    assertEquals("F6", ids(s, "worries").getFirst());
    // The people section names the safety plan's and the case's people by their own sentences.
    assertFalse(ids(s, "child_and_people").isEmpty());
    // The current plan: the latest plan record, then the milestone after it.
    assertEquals(List.of("F8", "F9"), ids(s, "plan"));
  }

  @Test
  void explainedSentencesCarryPlainWordsForTheirJargon() {
    assertEquals(
        List.of("ICPC", "CP plan"),
        Glossary.shipped().in("The ICPC agreed a child protection plan.").stream()
            .map(Glossary.Entry::term)
            .toList());
    assertTrue(Glossary.shipped().in("Finn was looked after by his gran.").isEmpty());
    CaseSummary s = summarize(CaseAnswererTest.records(), true);
    boolean any = false;
    for (CaseSummary.Section sec : s.sections())
      for (CaseSummary.Sentence sen : sec.sentences()) {
        for (Glossary.Entry e : sen.glossary()) assertFalse(e.means().isBlank());
        any |= !sen.glossary().isEmpty();
      }
    assertTrue(any, s.toString());
  }

  @Test
  void aCaseWithNothingToSayHasEmptySections() {
    CaseSummary s =
        summarize(
            List.of(
                CaseAnswererTest.record(
                    "Q1", "case_note", "Visit", "2024-01-01", "A short visit. All well.")),
            false);
    assertEquals(5, s.sections().size());
    assertTrue(ids(s, "worries").isEmpty());
    assertTrue(ids(s, "plan").isEmpty());
  }
}
