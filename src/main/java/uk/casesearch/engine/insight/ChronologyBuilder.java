package uk.casesearch.engine.insight;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * Builds a case's chronology from the records a caller may see and their stored findings. Each
 * record that reports a significant event makes a row, unless a row of the same category a few days
 * before already tells it (a police notification and the next day's case note): then it joins that
 * row as another source. Each milestone record makes a row. Records without a date make none.
 */
public final class ChronologyBuilder {

  /** Days within which two records of one category tell the same event. */
  static final int SAME_EVENT_DAYS = 3;

  private final InsightLexicon lexicon;

  public ChronologyBuilder(InsightLexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static final class Draft {
    LocalDate date;
    String category;
    String milestone;
    String description;
    String significance;
    final List<Chronology.Source> sources = new ArrayList<>();
  }

  /**
   * @param from first date shown (inclusive), or null
   * @param to last date shown (inclusive), or null
   * @param categories the categories shown (event or milestone ids), empty for all
   */
  public Chronology build(
      String caseId,
      List<CaseSource> sources,
      LocalDate from,
      LocalDate to,
      Set<String> categories) {
    List<CaseSource> dated = new ArrayList<>();
    for (CaseSource s : sources) if (s.record().date() != null) dated.add(s);
    dated.sort(
        Comparator.comparing((CaseSource s) -> s.record().date())
            .thenComparing(s -> s.record().id()));
    LocalDate dob = null;
    for (CaseSource s : dated)
      if (s.record().child() != null && s.record().child().dob() != null)
        dob = s.record().child().dob();
    List<Draft> rows = new ArrayList<>();
    for (CaseSource s : dated) {
      CaseRecord r = s.record();
      RecordInsight.Event e = s.insight().event();
      String milestone = s.insight().milestone();
      if (e == null && milestone == null) continue;
      Chronology.Source src =
          e == null
              ? new Chronology.Source(r.id(), r.type(), r.title(), r.author(), 0, 0)
              : new Chronology.Source(
                  r.id(), r.type(), r.title(), r.author(), e.sentenceStart(), e.sentenceEnd());
      if (e != null && milestone == null) {
        Draft same = null;
        for (int i = rows.size() - 1; i >= 0 && same == null; i--) {
          Draft d = rows.get(i);
          if (d.date.plusDays(SAME_EVENT_DAYS).isBefore(r.date())) break;
          if (e.category().equals(d.category)) same = d;
        }
        if (same != null) {
          same.sources.add(src);
          continue;
        }
      }
      Draft d = new Draft();
      d.date = r.date();
      d.milestone = milestone;
      d.category = e != null ? e.category() : milestone;
      d.significance = e != null ? significance(e.category()) : "milestone";
      d.description =
          e != null ? r.text().substring(e.sentenceStart(), e.sentenceEnd()) : milestoneSentence(r);
      if (e == null)
        src =
            new Chronology.Source(
                r.id(),
                r.type(),
                r.title(),
                r.author(),
                descStart(r),
                descStart(r) + d.description.length());
      d.sources.add(src);
      rows.add(d);
    }
    List<Chronology.Row> out = new ArrayList<>();
    for (Draft d : rows) {
      if (from != null && d.date.isBefore(from)) continue;
      if (to != null && d.date.isAfter(to)) continue;
      if (!categories.isEmpty()
          && !categories.contains(d.category)
          && (d.milestone == null || !categories.contains(d.milestone))) continue;
      out.add(
          new Chronology.Row(
              d.date,
              age(dob, d.date),
              d.category,
              d.milestone,
              d.description,
              d.significance,
              List.copyOf(d.sources)));
    }
    return new Chronology(caseId, List.copyOf(out));
  }

  private String significance(String category) {
    InsightLexicon.EventKind k = lexicon.eventKinds.get(category);
    return k == null || k.significance() == null ? "risk" : k.significance();
  }

  /**
   * A milestone record's describing sentence: its first sentence of prose (else its first line).
   */
  static String milestoneSentence(CaseRecord r) {
    int start = descStart(r);
    List<TextSpans.Span> spans = TextSpans.sentences(r.text());
    for (TextSpans.Span s : spans) if (s.start() == start) return s.of(r.text());
    return spans.isEmpty() ? (r.title() == null ? "" : r.title()) : spans.getFirst().of(r.text());
  }

  static int descStart(CaseRecord r) {
    List<TextSpans.Span> spans = TextSpans.sentences(r.text());
    for (TextSpans.Span s : spans) {
      String t = s.of(r.text());
      if (t.length() >= 40
          && t.chars().filter(Character::isLowerCase).count() > t.length() / 2
          && !t.matches("^[^:]{1,40}:.*")) return s.start();
    }
    return spans.isEmpty() ? 0 : spans.getFirst().start();
  }

  /** The child's age on a date, "7y 3m"; null without a date of birth or before birth. */
  static String age(LocalDate dob, LocalDate on) {
    if (dob == null || on == null || on.isBefore(dob)) return null;
    Period p = Period.between(dob, on);
    return p.getYears() + "y " + p.getMonths() + "m";
  }
}
