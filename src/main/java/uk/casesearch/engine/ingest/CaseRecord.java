package uk.casesearch.engine.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.casesearch.engine.index.RecordMeta;

/**
 * A case record as the source system sends it: the unit of storage, permission and display.
 *
 * @param id the source system's id; the upsert key
 * @param caseId the case the record belongs to
 * @param child the child the case is about (may be null)
 * @param type the record type, e.g. {@code case_note} (may be null)
 * @param title a short title (may be null)
 * @param date the record's date (may be null)
 * @param author who wrote it (may be null)
 * @param team the owning team (may be null)
 * @param text the full text
 * @param people the people and places the record names
 * @param restricted sealed record (court, adoption) needing a restricted grant
 * @param sourceSystem where the record came from (may be null)
 */
public record CaseRecord(
    String id,
    String caseId,
    Child child,
    String type,
    String title,
    LocalDate date,
    String author,
    String team,
    String text,
    List<Person> people,
    boolean restricted,
    String sourceSystem) {

  public CaseRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(text, "text");
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** The child a case is about. */
  public record Child(String id, String name, LocalDate dob) {}

  /** A person or place named by a record, with their relation to the child. */
  public record Person(String name, String role, String relationToChild, String kind) {}

  /** The attributes both indexes filter on. */
  public RecordMeta meta() {
    return new RecordMeta(caseId, child == null ? null : child.id(), type, team, date, restricted);
  }
}
