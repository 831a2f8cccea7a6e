package uk.casesearch.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.app.export.SubjectAccessService;
import uk.casesearch.engine.insight.Redactor;

/**
 * A record as a redacted copy for a data subject shows it: the API's own type, mapped from the
 * service's {@link SubjectAccessService.RedactedRecord}, so that those types can change without
 * changing what clients read.
 *
 * @param id the record's id
 * @param caseId its case
 * @param type its record type (may be null)
 * @param title its title, redacted (may be null)
 * @param date its date (may be null)
 * @param author who wrote it (may be null)
 * @param team the owning team (may be null)
 * @param text its text, redacted
 * @param people the people and places it names, a third party's name masked
 * @param redactions what was masked where: the field and offsets into the original field, never the
 *     value
 */
@Schema(
    description =
        "A record redacted for a data subject: other people's personal data masked, with a log of"
            + " what class of data was masked where.")
public record RedactedRecordResponse(
    String id,
    String caseId,
    String type,
    String title,
    LocalDate date,
    String author,
    String team,
    String text,
    List<Person> people,
    List<Redaction> redactions) {

  /**
   * A person or place the record names, as the copy shows them.
   *
   * @param name the name, masked for a third party
   * @param role their role as the record gives it
   * @param relationToChild their relation to the child
   * @param kind family, professional, community, place or organisation
   */
  @Schema(name = "RedactedPerson", description = "A person a redacted record names.")
  public record Person(String name, String role, String relationToChild, String kind) {

    static Person from(SubjectAccessService.PersonView p) {
      return new Person(p.name(), p.role(), p.relationToChild(), p.kind());
    }
  }

  /**
   * One masked span.
   *
   * @param dataClass the class of personal data: PERSON_NAME, ADDRESS, POSTCODE, PHONE, EMAIL,
   *     NHS_NUMBER, NI_NUMBER or DATE_OF_BIRTH
   * @param field the field it was in, e.g. "text"
   * @param start its start in the original field
   * @param end its end (exclusive) in the original field
   * @param replacement what was written in its place
   */
  @Schema(name = "Redaction", description = "A span of personal data that was masked.")
  public record Redaction(String dataClass, String field, int start, int end, String replacement) {

    static Redaction from(Redactor.Redaction r) {
      return new Redaction(
          r.dataClass() == null ? null : r.dataClass().name(),
          r.field(),
          r.start(),
          r.end(),
          r.replacement());
    }
  }

  /** The API's form of a redacted record. */
  static RedactedRecordResponse from(SubjectAccessService.RedactedRecord r) {
    return new RedactedRecordResponse(
        r.id(),
        r.caseId(),
        r.type(),
        r.title(),
        r.date(),
        r.author(),
        r.team(),
        r.text(),
        ApiLists.map(r.people(), Person::from),
        ApiLists.map(r.redactions(), Redaction::from));
  }
}
