package uk.casesearch.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.casesearch.engine.insight.Chronology;
import uk.casesearch.engine.insight.EcoMap;

/** What the page's templates show: plain values, already permission-trimmed. */
public final class Views {

  private Views() {}

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A date as GOV.UK writes it ("4 March 2024"), or an empty string. */
  public static String ukDate(LocalDate d) {
    return d == null ? "" : UK.format(d);
  }

  /**
   * What every page shows around its content: who is signed in, what they may open, the form token
   * and whether this is the evaluation sign-in.
   */
  public record Chrome(
      String user,
      boolean search,
      boolean audit,
      boolean admin,
      boolean localSignIn,
      String csrf,
      String csrfField) {}

  /** A value of a facet, as a filter option. */
  public record Option(String value, String label, int count, boolean checked) {}

  /** One facet's options, under its heading. */
  public record FacetGroup(String name, String heading, List<Option> options) {}

  /**
   * A filter applied to the search, shown as a tag that removes it.
   *
   * @param remove what its button sends as {@code remove}: the field and value ({@code
   *     type:safety_plan}), or the date field alone ({@code from}, {@code to})
   */
  public record Applied(String label, String remove) {}

  /** The applied filters of one facet (or the dates), under its heading. */
  public record AppliedGroup(String heading, List<Applied> filters) {}

  /** A search result. */
  public record Result(
      String id,
      String title,
      String type,
      String date,
      String author,
      String caseId,
      String child,
      String snippet,
      String why,
      String mark) {}

  /** A page link of the results. */
  public record PageLink(int number, boolean current) {}

  /** The search page: the form as filled, and the results when a search ran. */
  public record SearchPage(
      Chrome chrome,
      String q,
      String from,
      String to,
      List<String> errors,
      boolean searched,
      int total,
      int first,
      int last,
      List<Result> results,
      List<FacetGroup> facets,
      List<AppliedGroup> applied,
      List<String> understood,
      boolean asTyped,
      boolean noDates,
      String datePhrase,
      boolean weak,
      List<PageLink> pages,
      Integer previous,
      Integer next) {

    /** Whether the form has errors to summarise. */
    public boolean hasErrors() {
      return !errors.isEmpty();
    }
  }

  /** A person a record names. */
  public record Person(String name, String role, String relation, String kind) {}

  /**
   * A record's page.
   *
   * @param html the text as HTML, escaped, with the search's words in {@code <mark>}
   */
  public record RecordPage(
      Chrome chrome,
      String id,
      String title,
      String type,
      String date,
      String author,
      String team,
      String caseId,
      String child,
      String html,
      List<Person> people,
      String originalName,
      boolean restricted,
      boolean redacted,
      List<String> redactionSummary) {}

  /** A row of a child's records. */
  public record RecordRow(String id, String date, String sortDate, String type, String title) {}

  /** A person on the eco-map, as its table shows them. */
  public record MapPerson(
      String name, String kind, String relation, String stance, int mentions, String evidence) {}

  /** A row of the chronology, its sources cited. */
  public record TimelineRow(
      String date,
      String age,
      String category,
      String description,
      String significance,
      List<Source> sources) {}

  /** A record a chronology row cites. */
  public record Source(String id, String label) {}

  /** A child's page: the identity bar, their records, the eco-map and the chronology. */
  public record CasePage(
      Chrome chrome,
      String caseId,
      String child,
      String dob,
      List<RecordRow> records,
      String ecoMapSvg,
      List<MapPerson> people,
      List<TimelineRow> chronology,
      List<SummarySection> summary,
      Asked asked) {}

  /** A summary section: its heading and its sentences, each cited. */
  public record SummarySection(String id, String heading, List<Cited> sentences) {}

  /** A sentence of a record, with the record it comes from. */
  public record Cited(String text, String recordId, String date) {}

  /**
   * A question asked on a child's page and its answer.
   *
   * @param error what is wrong with the question, or null
   */
  public record Asked(
      String question, String error, boolean found, String answer, List<Cited> citations) {

    static Asked none() {
      return new Asked("", null, false, "", List.of());
    }
  }

  static SummarySection section(uk.casesearch.engine.insight.CaseSummary.Section s) {
    return new SummarySection(
        s.id(),
        s.heading(),
        s.sentences().stream()
            .map(x -> new Cited(x.text(), x.recordId(), ukDate(x.date())))
            .toList());
  }

  static Asked asked(uk.casesearch.engine.insight.CaseAnswer a) {
    return new Asked(
        a.question(),
        null,
        a.found(),
        a.answer(),
        a.citations().stream()
            .map(
                c ->
                    new Cited(
                        c.title() == null ? c.recordId() : c.title(),
                        c.recordId(),
                        ukDate(c.date())))
            .toList());
  }

  /** A row of the audit trail. */
  public record AuditRow(
      long seq,
      String at,
      String actor,
      String action,
      String caseId,
      String recordId,
      String detail) {}

  /** The auditor's page. */
  public record AuditPage(
      Chrome chrome,
      String user,
      String caseId,
      String action,
      boolean intact,
      long checked,
      String problem,
      List<AuditRow> rows,
      Long next) {}

  /** A key made this moment: its secret is shown this once. */
  public record NewKey(String name, String secret) {}

  /**
   * An API key as the administrator's page lists it.
   *
   * @param created when it was made, as people read it
   * @param createdMillis the same instant in milliseconds since 1970, for sorting by it
   */
  public record KeyRow(
      String id,
      String name,
      String roles,
      String teams,
      boolean allCases,
      boolean restricted,
      String created,
      long createdMillis,
      String createdBy,
      String revoked) {}

  /** A case's access list in the form that edits it, one entry a line. */
  public record CaseAccessForm(String caseId, String teams, String users, String restrictedUsers) {}

  /** The administrator's page. */
  public record AdminPage(
      Chrome chrome,
      List<String> errors,
      NewKey created,
      List<KeyRow> keys,
      List<String> roles,
      CaseAccessForm access) {}

  /** An error page. */
  public record ErrorPage(Chrome chrome, int status, String heading, String message) {}

  /** The sign-in page. */
  public record SignInPage(boolean failed, boolean localSignIn) {}

  /** A guidance document as listed on the guidance page. */
  public record GuidanceRow(
      String id,
      String title,
      String issuer,
      String kind,
      String version,
      String date,
      int paragraphs) {}

  /**
   * The guidance page: the documents, a question's answer and the paragraphs it found, or a local
   * procedure's findings beside the statutory sentences they were checked against.
   *
   * @param checked the title of the local procedure checked, or null
   */
  public record GuidancePage(
      Chrome chrome,
      List<GuidanceRow> documents,
      String question,
      String error,
      uk.casesearch.engine.guidance.GuidanceLibrary.Answer answer,
      List<uk.casesearch.engine.guidance.GuidanceLibrary.Hit> hits,
      String checked,
      List<uk.casesearch.engine.guidance.PolicyChecker.Finding> findings,
      long contradictions) {}

  static MapPerson person(EcoMap.Node n) {
    String evidence =
        n.evidence().isEmpty()
            ? ""
            : n.evidence().getFirst().sentence() + " (" + n.evidence().getFirst().recordId() + ")";
    return new MapPerson(n.name(), n.kind(), n.relation(), n.stance(), n.mentions(), evidence);
  }

  static TimelineRow row(Chronology.Row r) {
    return new TimelineRow(
        ukDate(r.date()),
        r.age(),
        r.category().replace('_', ' '),
        r.description(),
        r.significance(),
        r.sources().stream()
            .map(s -> new Source(s.recordId(), s.title() == null ? s.recordId() : s.title()))
            .toList());
  }
}
