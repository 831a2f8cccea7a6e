package uk.casesearch.app.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.insight.Redactor;

/**
 * Redacted copies of records for a data subject: a single record's redacted view, and the subject
 * access export of a whole case (JSON, or PDF for posting to the requester). Third parties are the
 * people named on the case (every record's people rows, and the child when the subject is someone
 * else); what is masked is configurable ({@link CasesearchConfig.Redaction}).
 */
@ApplicationScoped
public class SubjectAccessService {

  private final RecordStore store;
  private final Redactor redactor;
  private final boolean withholdRestricted;

  public SubjectAccessService(RecordStore store, CasesearchConfig config) {
    this.store = store;
    CasesearchConfig.Redaction r = config.redaction();
    this.redactor =
        new Redactor(new Redactor.Rules(r.classes(), r.maskProfessionals(), r.maskFormat()));
    this.withholdRestricted = r.withholdRestricted();
  }

  /** A person as a redacted copy shows them: a third party's name is masked. */
  public record PersonView(String name, String role, String relationToChild, String kind) {}

  /**
   * A record as a redacted copy shows it.
   *
   * @param redactions what was masked where (field and offsets into the original field, never the
   *     value)
   */
  public record RedactedRecord(
      String id,
      String caseId,
      String type,
      String title,
      LocalDate date,
      String author,
      String team,
      String text,
      List<PersonView> people,
      List<Redactor.Redaction> redactions) {}

  /**
   * A case's subject access export.
   *
   * @param withheldRestricted restricted (sealed) records left out
   * @param summary how many spans of each class were masked
   */
  public record Export(
      String caseId,
      String subject,
      Instant generatedAt,
      String generatedBy,
      List<RedactedRecord> records,
      Map<Redactor.DataClass, Integer> summary,
      int withheldRestricted) {}

  /** The data subject of a case when none is named: the child. */
  public String defaultSubject(CaseRecord r) {
    return r.child() == null ? null : r.child().name();
  }

  /** One record, redacted for a subject, against everyone named on its case. */
  public RedactedRecord redact(CaseRecord record, String subject) {
    List<CaseRecord> caseRecords = store.byCase(record.caseId());
    return redact(record, subject, dateOfBirth(caseRecords, subject), thirdParties(caseRecords));
  }

  /**
   * Every record of a case the caller may see, redacted for a subject, oldest first.
   *
   * @param visible which records the caller may see
   * @return empty when the caller sees no record of the case (the caller then gets 404)
   */
  public java.util.Optional<Export> export(
      String caseId, String subject, Predicate<CaseRecord> visible, String by) {
    List<CaseRecord> all = store.byCase(caseId);
    List<CaseRecord> shown = new ArrayList<>();
    int withheld = 0;
    for (CaseRecord r : all) {
      if (!visible.test(r)) continue;
      if (r.restricted() && withholdRestricted) withheld++;
      else shown.add(r);
    }
    if (shown.isEmpty() && withheld == 0) return java.util.Optional.empty();
    String who =
        subject != null
            ? subject
            : all.stream()
                .map(this::defaultSubject)
                .filter(s -> s != null)
                .findFirst()
                .orElse(null);
    List<Redactor.Person> people = thirdParties(all);
    LocalDate dob = dateOfBirth(all, who);
    List<RedactedRecord> out = new ArrayList<>();
    Map<Redactor.DataClass, Integer> summary = new EnumMap<>(Redactor.DataClass.class);
    for (CaseRecord r : shown) {
      RedactedRecord rr = redact(r, who, dob, people);
      rr.redactions().forEach(x -> summary.merge(x.dataClass(), 1, Integer::sum));
      out.add(rr);
    }
    return java.util.Optional.of(
        new Export(caseId, who, Instant.now(), by, out, summary, withheld));
  }

  /** The export as a PDF, one record after another, with the redaction summary first. */
  public byte[] pdf(Export e) throws IOException {
    try (SimplePdf pdf = new SimplePdf()) {
      pdf.heading("Subject access copy: case " + e.caseId());
      pdf.line("Data subject: " + (e.subject() == null ? "(not named)" : e.subject()));
      pdf.line("Generated " + e.generatedAt() + " by " + e.generatedBy());
      pdf.line(
          "Records: "
              + e.records().size()
              + (e.withheldRestricted() > 0
                  ? "; restricted records withheld: " + e.withheldRestricted()
                  : ""));
      Map<String, Integer> summary = new LinkedHashMap<>();
      e.summary()
          .forEach((k, v) -> summary.put(k.name().toLowerCase(Locale.ROOT).replace('_', ' '), v));
      pdf.line(
          "Redacted: "
              + (summary.isEmpty() ? "nothing" : summary.toString().replaceAll("[{}]", "")));
      for (RedactedRecord r : e.records()) {
        pdf.gap();
        pdf.heading(
            (r.date() == null ? "undated" : r.date().toString())
                + "  "
                + (r.title() == null ? r.type() : r.title()));
        pdf.line(
            "Record "
                + r.id()
                + (r.type() == null ? "" : ", " + r.type())
                + (r.author() == null ? "" : ", by " + r.author())
                + (r.team() == null ? "" : ", " + r.team()));
        pdf.paragraph(r.text());
      }
      return pdf.bytes();
    }
  }

  /**
   * The subject's own date of birth, when the subject is the case's child (the only person whose
   * date the records hold).
   */
  private static LocalDate dateOfBirth(List<CaseRecord> records, String subject) {
    if (subject == null) return null;
    String wanted = subject.strip().replaceAll("\\s+", " ");
    for (CaseRecord r : records) {
      if (r.child() != null
          && r.child().dob() != null
          && r.child().name() != null
          && r.child().name().strip().replaceAll("\\s+", " ").equalsIgnoreCase(wanted)) {
        return r.child().dob();
      }
    }
    return null;
  }

  private RedactedRecord redact(
      CaseRecord r, String subject, LocalDate subjectDob, List<Redactor.Person> people) {
    List<Redactor.Redaction> log = new ArrayList<>();
    Redactor.Result title = redactor.redact("title", r.title(), subject, subjectDob, people);
    Redactor.Result text = redactor.redact("text", r.text(), subject, subjectDob, people);
    log.addAll(title.log());
    log.addAll(text.log());
    List<PersonView> shownPeople = new ArrayList<>();
    for (int i = 0; i < r.people().size(); i++) {
      CaseRecord.Person p = r.people().get(i);
      Redactor.Result name =
          redactor.redact("people[" + i + "].name", p.name(), subject, subjectDob, people);
      log.addAll(name.log());
      shownPeople.add(new PersonView(name.text(), p.role(), p.relationToChild(), p.kind()));
    }
    return new RedactedRecord(
        r.id(),
        r.caseId(),
        r.type(),
        title.text(),
        r.date(),
        r.author(),
        r.team(),
        text.text(),
        shownPeople,
        log);
  }

  /** Everyone named on a case: each record's people, and the child. */
  private static List<Redactor.Person> thirdParties(List<CaseRecord> records) {
    Map<String, Redactor.Person> byName = new LinkedHashMap<>();
    for (CaseRecord r : records) {
      if (r.child() != null && r.child().name() != null) {
        byName.putIfAbsent(
            r.child().name(), new Redactor.Person(r.child().name(), "child", "child", "family"));
      }
      for (CaseRecord.Person p : r.people()) {
        if (p.name() != null)
          byName.putIfAbsent(
              p.name(), new Redactor.Person(p.name(), p.role(), p.relationToChild(), p.kind()));
      }
    }
    return List.copyOf(byName.values());
  }
}
