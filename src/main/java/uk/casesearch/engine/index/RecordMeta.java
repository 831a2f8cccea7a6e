package uk.casesearch.engine.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The filterable attributes of a record, copied onto every passage of it in both indexes so that
 * filters run inside each retriever rather than after it.
 *
 * @param caseId the case the record belongs to (never null)
 * @param childId the child's id (may be null)
 * @param type the record type, e.g. {@code case_note} (may be null)
 * @param team the owning team (may be null)
 * @param date the record's date (may be null)
 * @param restricted whether the record is sealed (court, adoption) and needs a restricted grant
 */
public record RecordMeta(
    String caseId, String childId, String type, String team, LocalDate date, boolean restricted) {

  public RecordMeta {
    Objects.requireNonNull(caseId, "caseId");
  }
}
