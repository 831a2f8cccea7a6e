package uk.casesearch.engine.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.search.PhraseMatcher;

/**
 * A case summary for a practitioner or a care leaver, from the records the reader may see: who the
 * child is and who is around them (the eco-map's strongest links), current worries (recent harm and
 * risk, and the people the records say pose a risk), strengths and protective people, recent
 * significant events (the chronology, newest first) and the current plan. Every sentence is copied
 * from a record and cited; within a section recent sentences come first and a sentence too like one
 * already chosen (most of its words shared) or of a category already shown twice is passed over, so
 * a section tells several things rather than one thing several times. Bounded: a few sentences a
 * section.
 */
public final class CaseSummarizer {

  /** Sentences a section holds at most. */
  static final int PER_SECTION = 5;

  /** How far back from the case's latest event "current" worries reach. */
  static final int CURRENT_MONTHS = 12;

  /** The share of words two sentences may share before the second is passed over. */
  static final double TOO_ALIKE = 0.6;

  private final QuestionLexicon questions;
  private final Glossary glossary;

  public CaseSummarizer(QuestionLexicon questions, Glossary glossary) {
    this.questions = questions;
    this.glossary = glossary;
  }

  /** A section being filled: its sentences, their words and the categories shown. */
  private final class Filling {
    final List<CaseSummary.Sentence> out = new ArrayList<>();
    final List<Set<String>> words = new ArrayList<>();
    final Map<String, Integer> categories = new HashMap<>();
    final Set<String> seen;
    final boolean explain;
    final int max;

    /**
     * @param seen the sentences of the whole summary so far: none is told in two sections
     */
    Filling(Set<String> seen, boolean explain, int max) {
      this.seen = seen;
      this.explain = explain;
      this.max = max;
    }

    boolean full() {
      return out.size() >= max;
    }

    /** Adds a sentence unless the section is full, it is there, or it is too like one there. */
    boolean add(CaseRecord r, String sentence, int start, int end, String category) {
      if (full() || sentence == null || sentence.isBlank()) return false;
      if (!seen.add(r.id() + ":" + start)) return false;
      if (category != null && categories.getOrDefault(category, 0) >= 2) return false;
      Set<String> w = new HashSet<>(PhraseMatcher.words(sentence));
      for (Set<String> other : words) if (alike(w, other)) return false;
      words.add(w);
      if (category != null) categories.merge(category, 1, Integer::sum);
      out.add(
          new CaseSummary.Sentence(
              sentence.strip(),
              r.id(),
              r.date(),
              start,
              end,
              explain ? glossary.in(sentence) : List.of()));
      return true;
    }
  }

  private static boolean alike(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return (double) shared / Math.min(a.size(), b.size()) > TOO_ALIKE;
  }

  /**
   * @param sources the case's records the reader may see (redacted for a care leaver)
   * @param explain whether each sentence carries plain words for its jargon
   * @param withheld restricted records left out, reported with the summary
   */
  public CaseSummary summarize(
      String caseId,
      List<CaseSource> sources,
      EcoMap map,
      Chronology chronology,
      boolean explain,
      int withheld) {
    Map<String, CaseRecord> byId = new HashMap<>();
    for (CaseSource s : sources) byId.put(s.record().id(), s.record());
    List<CaseSummary.Section> sections = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    sections.add(
        new CaseSummary.Section(
            "child_and_people",
            "The child and the people around them",
            childAndPeople(seen, sources, map, byId, explain)));
    sections.add(
        new CaseSummary.Section(
            "worries", "Current worries", worries(seen, chronology, map, byId, explain)));
    sections.add(
        new CaseSummary.Section(
            "strengths",
            "Strengths and protective people",
            strengths(seen, chronology, map, byId, explain)));
    // The plan is chosen before the events, so its status is told in the plan, not among them.
    CaseSummary.Section plan =
        new CaseSummary.Section(
            "plan", "The current plan", plan(seen, sources, chronology, explain));
    sections.add(
        new CaseSummary.Section(
            "events", "Recent significant events", events(seen, chronology, byId, explain)));
    sections.add(plan);
    return new CaseSummary(caseId, List.copyOf(sections), withheld);
  }

  private List<CaseSummary.Sentence> childAndPeople(
      Set<String> seen,
      List<CaseSource> sources,
      EcoMap map,
      Map<String, CaseRecord> byId,
      boolean explain) {
    Filling f = new Filling(seen, explain, PER_SECTION);
    // Where and with whom the child lives: the latest sentence that says so.
    List<CaseSource> newest = new ArrayList<>(sources);
    newest.sort(newestFirst());
    String first = childFirstName(sources);
    outer:
    for (CaseSource s : newest) {
      String text = s.record().text();
      for (TextSpans.Span sp : TextSpans.sentences(text)) {
        List<TextSpans.Word> w = TextSpans.words(text, sp.start(), sp.end());
        if (questions.childLines.find(w).isEmpty()) continue;
        if (first != null && InsightFinder.indexOfWord(sp.of(text), first, 0) < 0) continue;
        f.add(s.record(), sp.of(text), sp.start(), sp.end(), null);
        break outer;
      }
    }
    // The people most linked to the child, each by the first sentence that says who they are.
    Map<String, Double> strength = new HashMap<>();
    for (EcoMap.Edge e : map.edges())
      if (e.from().equals("child")) strength.put(e.to(), e.strength());
    List<EcoMap.Node> nodes = new ArrayList<>(map.nodes());
    nodes.sort(
        Comparator.comparing((EcoMap.Node n) -> -strength.getOrDefault(n.id(), 0.0))
            .thenComparing(EcoMap.Node::id));
    for (EcoMap.Node n : nodes) {
      if (f.full()) break;
      for (EcoMap.Evidence e : n.evidence()) {
        CaseRecord r = byId.get(e.recordId());
        if (r != null && e.reason().startsWith("named as")) {
          if (f.add(r, e.sentence(), e.start(), e.end(), null)) break;
        }
      }
    }
    return List.copyOf(f.out);
  }

  private static String childFirstName(List<CaseSource> sources) {
    for (CaseSource s : sources) {
      CaseRecord.Child c = s.record().child();
      if (c != null && c.name() != null && !c.name().isBlank())
        return c.name().strip().split("\\s+")[0];
    }
    return null;
  }

  private List<CaseSummary.Sentence> worries(
      Set<String> seen,
      Chronology chronology,
      EcoMap map,
      Map<String, CaseRecord> byId,
      boolean explain) {
    Filling f = new Filling(seen, explain, PER_SECTION);
    List<Chronology.Row> rows = newestRows(chronology);
    LocalDate latest = rows.isEmpty() ? null : rows.getFirst().date();
    for (Chronology.Row r : rows) {
      if (f.out.size() >= PER_SECTION - 1) break;
      if (!r.significance().equals("harm") && !r.significance().equals("risk")) continue;
      if (latest != null && r.date().isBefore(latest.minusMonths(CURRENT_MONTHS))) break;
      addRow(f, r, byId);
    }
    for (EcoMap.Node n : map.nodes()) {
      if (!n.stance().equals("risk")) continue;
      for (EcoMap.Evidence e : newestEvidence(n))
        if (e.reason().startsWith("risk")) {
          CaseRecord r = byId.get(e.recordId());
          if (r != null && f.add(r, e.sentence(), e.start(), e.end(), "person:" + n.id())) break;
        }
    }
    return List.copyOf(f.out);
  }

  private List<CaseSummary.Sentence> strengths(
      Set<String> seen,
      Chronology chronology,
      EcoMap map,
      Map<String, CaseRecord> byId,
      boolean explain) {
    Filling f = new Filling(seen, explain, PER_SECTION);
    List<EcoMap.Node> protective = new ArrayList<>();
    for (EcoMap.Node n : map.nodes()) if (n.stance().equals("protective")) protective.add(n);
    protective.sort(
        Comparator.comparing(
            (EcoMap.Node n) -> n.lastSeen() == null ? LocalDate.MIN : n.lastSeen(),
            Comparator.reverseOrder()));
    for (EcoMap.Node n : protective) {
      if (f.out.size() >= PER_SECTION - 2) break;
      for (EcoMap.Evidence e : newestEvidence(n))
        if (e.reason().startsWith("protective")) {
          CaseRecord r = byId.get(e.recordId());
          if (r != null && f.add(r, e.sentence(), e.start(), e.end(), null)) break;
        }
    }
    for (Chronology.Row r : newestRows(chronology))
      if (r.significance().equals("positive change")) addRow(f, r, byId);
    return List.copyOf(f.out);
  }

  private List<CaseSummary.Sentence> events(
      Set<String> seen, Chronology chronology, Map<String, CaseRecord> byId, boolean explain) {
    Filling f = new Filling(seen, explain, PER_SECTION);
    for (Chronology.Row r : newestRows(chronology)) {
      if (f.full()) break;
      addRow(f, r, byId);
    }
    return List.copyOf(f.out);
  }

  private List<CaseSummary.Sentence> plan(
      Set<String> seen, List<CaseSource> sources, Chronology chronology, boolean explain) {
    Filling f = new Filling(seen, explain, 3);
    CaseSource latestPlan = null;
    for (CaseSource s : sources) {
      CaseRecord r = s.record();
      boolean isPlan =
          (r.type() != null && questions.plans.contains(r.type().toLowerCase(Locale.ROOT)))
              || (s.insight().milestone() != null
                  && questions.plans.contains(s.insight().milestone()));
      if (isPlan
          && r.date() != null
          && (latestPlan == null || r.date().isAfter(latestPlan.record().date()))) latestPlan = s;
    }
    if (latestPlan != null) {
      CaseRecord r = latestPlan.record();
      int start = ChronologyBuilder.descStart(r);
      String sentence = ChronologyBuilder.milestoneSentence(r);
      f.add(r, sentence, start, start + sentence.length(), null);
    }
    // Its status: a statutory milestone after it (a review, proceedings, closure), the latest.
    LocalDate after = latestPlan == null ? null : latestPlan.record().date();
    Map<String, CaseRecord> byId = new HashMap<>();
    for (CaseSource s : sources) byId.put(s.record().id(), s.record());
    for (Chronology.Row r : newestRows(chronology)) {
      if (r.milestone() == null) continue;
      if (after != null && !r.date().isAfter(after)) break;
      addRow(f, r, byId);
      break;
    }
    return List.copyOf(f.out);
  }

  private static void addRow(Filling f, Chronology.Row row, Map<String, CaseRecord> byId) {
    Chronology.Source s = row.sources().getFirst();
    CaseRecord r = byId.get(s.recordId());
    if (r == null) return;
    f.add(r, row.description(), s.start(), s.end(), row.category());
  }

  private static List<Chronology.Row> newestRows(Chronology c) {
    List<Chronology.Row> rows = new ArrayList<>(c.rows());
    rows.sort(Comparator.comparing(Chronology.Row::date).reversed());
    return rows;
  }

  private static List<EcoMap.Evidence> newestEvidence(EcoMap.Node n) {
    List<EcoMap.Evidence> ev = new ArrayList<>(n.evidence());
    ev.sort(
        Comparator.comparing(
            (EcoMap.Evidence e) -> e.date() == null ? LocalDate.MIN : e.date(),
            Comparator.reverseOrder()));
    return ev;
  }

  private static Comparator<CaseSource> newestFirst() {
    return Comparator.comparing(
        (CaseSource s) -> s.record().date() == null ? LocalDate.MIN : s.record().date(),
        Comparator.reverseOrder());
  }
}
