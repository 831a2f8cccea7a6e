package uk.casesearch.app.insight;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import uk.casesearch.app.export.SimplePdf;
import uk.casesearch.app.export.SubjectAccessService;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.insight.CaseAnswer;
import uk.casesearch.engine.insight.CaseAnswerer;
import uk.casesearch.engine.insight.CaseSource;
import uk.casesearch.engine.insight.CaseSummarizer;
import uk.casesearch.engine.insight.CaseSummary;
import uk.casesearch.engine.insight.Chronology;
import uk.casesearch.engine.insight.ChronologyBuilder;
import uk.casesearch.engine.insight.EcoMap;
import uk.casesearch.engine.insight.EcoMapBuilder;
import uk.casesearch.engine.insight.InsightFinder;

/**
 * A case's eco-map and chronology over exactly the records a caller may see, from the findings
 * stored with each record. At start-up, records stored before their findings existed (or with
 * findings of an older lexicon version) are read again in the background; until then they are read
 * when a view needs them.
 */
@ApplicationScoped
public class InsightService {

  private static final Logger LOG = Logger.getLogger(InsightService.class);

  private final RecordStore store;
  private final EcoMapBuilder ecoMaps;
  private final ChronologyBuilder chronologies;
  private final CaseAnswerer answerer;
  private final CaseSummarizer summarizer;
  private final SubjectAccessService subjectAccess;
  private final InsightFinder finder;

  public InsightService(
      RecordStore store,
      EcoMapBuilder ecoMaps,
      ChronologyBuilder chronologies,
      CaseAnswerer answerer,
      CaseSummarizer summarizer,
      SubjectAccessService subjectAccess,
      InsightFinder finder) {
    this.store = store;
    this.ecoMaps = ecoMaps;
    this.chronologies = chronologies;
    this.answerer = answerer;
    this.summarizer = summarizer;
    this.subjectAccess = subjectAccess;
    this.finder = finder;
  }

  /**
   * Whose view a summary or an answer is: a practitioner's (every record the caller may see, as
   * written) or a data subject's (the subject access view: other people's personal data masked
   * before any sentence is chosen, restricted records withheld and counted, jargon explained).
   *
   * @param subject the data subject (null: the child)
   * @param by who asks, for the subject access export's own record
   */
  public record Reader(boolean redacted, String subject, String by) {
    public static Reader practitioner() {
      return new Reader(false, null, null);
    }
  }

  /** The records a reader reads, and the restricted ones withheld from a subject's view. */
  private record Read(List<CaseSource> sources, int withheld) {}

  private Optional<Read> read(String caseId, Predicate<CaseRecord> visible, Reader reader) {
    if (!reader.redacted()) {
      List<CaseSource> sources = visible(caseId, visible);
      return sources.isEmpty() ? Optional.empty() : Optional.of(new Read(sources, 0));
    }
    var export = subjectAccess.export(caseId, reader.subject(), visible, reader.by());
    if (export.isEmpty()) return Optional.empty();
    java.util.Map<String, CaseRecord> originals = new java.util.HashMap<>();
    for (CaseRecord r : store.byCase(caseId)) originals.put(r.id(), r);
    List<CaseSource> sources = new ArrayList<>();
    for (SubjectAccessService.RedactedRecord rr : export.get().records()) {
      CaseRecord o = originals.get(rr.id());
      if (o == null) continue;
      // A person whose name the copy masks is left out: the view names only who it may.
      List<CaseRecord.Person> people = new ArrayList<>();
      for (int i = 0; i < rr.people().size() && i < o.people().size(); i++) {
        SubjectAccessService.PersonView p = rr.people().get(i);
        if (p.name() != null && p.name().equals(o.people().get(i).name()))
          people.add(o.people().get(i));
      }
      CaseRecord shown =
          new CaseRecord(
              rr.id(),
              rr.caseId(),
              o.child(),
              rr.type(),
              rr.title(),
              rr.date(),
              rr.author(),
              rr.team(),
              rr.text(),
              people,
              false,
              o.sourceSystem());
      sources.add(new CaseSource(shown, finder.find(shown)));
    }
    return Optional.of(new Read(sources, export.get().withheldRestricted()));
  }

  /**
   * A case's summary for a reader, or empty when the caller sees no record of the case (then: 404).
   * The records drawn on are the ones it cites.
   */
  public Optional<Drawn<CaseSummary>> summary(
      String caseId, Predicate<CaseRecord> visible, Reader reader) {
    return read(caseId, visible, reader)
        .map(
            read -> {
              CaseSummary s =
                  summarizer.summarize(
                      caseId,
                      read.sources(),
                      ecoMaps.build(caseId, read.sources()),
                      chronologies.build(caseId, read.sources(), null, null, Set.of()),
                      reader.redacted(),
                      read.withheld());
              List<String> ids = new ArrayList<>();
              for (CaseSummary.Section sec : s.sections())
                for (CaseSummary.Sentence sen : sec.sentences()) ids.add(sen.recordId());
              return new Drawn<>(s, ids.stream().distinct().toList());
            });
  }

  /** A view and the records it drew on (for the audit trail). */
  public record Drawn<T>(T view, List<String> recordIds) {}

  void onStart(@Observes @Priority(30) StartupEvent event) {
    Thread.ofPlatform()
        .name("insight-refresh")
        .daemon()
        .start(
            () -> {
              try {
                int n = store.refreshInsights(500);
                if (n > 0)
                  LOG.infof("eco-map and chronology findings made for %d stored records", n);
              } catch (RuntimeException e) {
                LOG.warn(
                    "finding people and events in stored records failed; views read them as needed",
                    e);
              }
            });
  }

  /** The eco-map, or empty when the caller sees no record of the case (then: 404). */
  public Optional<Drawn<EcoMap>> ecoMap(String caseId, Predicate<CaseRecord> visible) {
    List<CaseSource> sources = visible(caseId, visible);
    if (sources.isEmpty()) return Optional.empty();
    return Optional.of(new Drawn<>(ecoMaps.build(caseId, sources), ids(sources)));
  }

  /** The chronology, or empty when the caller sees no record of the case (then: 404). */
  public Optional<Drawn<Chronology>> chronology(
      String caseId,
      Predicate<CaseRecord> visible,
      LocalDate from,
      LocalDate to,
      Set<String> categories) {
    List<CaseSource> sources = visible(caseId, visible);
    if (sources.isEmpty()) return Optional.empty();
    Chronology c = chronologies.build(caseId, sources, from, to, categories);
    List<String> drawn = new ArrayList<>();
    for (Chronology.Row r : c.rows())
      for (Chronology.Source s : r.sources()) drawn.add(s.recordId());
    return Optional.of(new Drawn<>(c, drawn.stream().distinct().toList()));
  }

  /**
   * Everything a child's page shows, from one read of the case: the records the caller may see, the
   * eco-map, the whole chronology and the summary.
   *
   * @param recordIds every record drawn on
   */
  public record CaseView(
      List<CaseRecord> records,
      EcoMap ecoMap,
      Chronology chronology,
      CaseSummary summary,
      List<String> recordIds) {}

  /** A child's page, or empty when the caller sees no record of the case (then: 404). */
  public Optional<CaseView> caseView(String caseId, Predicate<CaseRecord> visible) {
    List<CaseSource> sources = visible(caseId, visible);
    if (sources.isEmpty()) return Optional.empty();
    EcoMap map = ecoMaps.build(caseId, sources);
    Chronology chronology = chronologies.build(caseId, sources, null, null, Set.of());
    return Optional.of(
        new CaseView(
            sources.stream().map(CaseSource::record).toList(),
            map,
            chronology,
            summarizer.summarize(caseId, sources, map, chronology, false, 0),
            ids(sources)));
  }

  /**
   * An answer to a question about a case from the records the caller may see, or empty when the
   * caller sees no record of the case (then: 404). The records drawn on are the ones it cites.
   */
  public Optional<Drawn<CaseAnswer>> ask(
      String caseId, Predicate<CaseRecord> visible, String question, Reader reader) {
    return read(caseId, visible, reader)
        .map(
            read -> {
              CaseAnswer a =
                  answerer.ask(
                      question,
                      read.sources(),
                      ecoMaps.build(caseId, read.sources()),
                      chronologies.build(caseId, read.sources(), null, null, Set.of()));
              return new Drawn<>(
                  a, a.citations().stream().map(CaseAnswer.Citation::recordId).toList());
            });
  }

  private List<CaseSource> visible(String caseId, Predicate<CaseRecord> visible) {
    return store.byCaseWithInsight(caseId).stream().filter(s -> visible.test(s.record())).toList();
  }

  private static List<String> ids(List<CaseSource> sources) {
    return sources.stream().map(s -> s.record().id()).toList();
  }

  /** The chronology as CSV (RFC 4180), one row an event, its sources cited by record id. */
  public static String csv(Chronology c) {
    StringBuilder sb =
        new StringBuilder("date,age,category,milestone,description,significance,sources\r\n");
    for (Chronology.Row r : c.rows()) {
      List<String> cites = new ArrayList<>();
      for (Chronology.Source s : r.sources())
        cites.add(s.recordId() + (s.title() == null ? "" : " (" + s.title() + ")"));
      sb.append(
              String.join(
                  ",",
                  cell(String.valueOf(r.date())),
                  cell(r.age()),
                  cell(r.category()),
                  cell(r.milestone()),
                  cell(r.description()),
                  cell(r.significance()),
                  cell(String.join("; ", cites))))
          .append("\r\n");
    }
    return sb.toString();
  }

  private static String cell(String v) {
    if (v == null) return "";
    // A cell a spreadsheet would run as a formula is written as text.
    String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /** The chronology as a PDF for a court bundle or an assessment, every row with its sources. */
  public static byte[] pdf(Chronology c, String childName) throws IOException {
    try (SimplePdf pdf = new SimplePdf()) {
      pdf.heading(
          "Chronology: " + (childName == null ? c.caseId() : childName + " (" + c.caseId() + ")"));
      pdf.gap();
      for (Chronology.Row r : c.rows()) {
        pdf.heading(
            r.date()
                + (r.age() == null ? "" : "  age " + r.age())
                + "  "
                + r.category().replace('_', ' ')
                + (r.milestone() == null ? "" : "  [" + r.milestone().replace('_', ' ') + "]"));
        pdf.paragraph(r.description());
        List<String> cites = new ArrayList<>();
        for (Chronology.Source s : r.sources())
          cites.add(s.recordId() + (s.title() == null ? "" : " " + s.title()));
        pdf.line("Sources: " + String.join("; ", cites));
        pdf.gap();
      }
      if (c.rows().isEmpty()) pdf.line("The records you may see hold no dated significant event.");
      return pdf.bytes();
    }
  }
}
