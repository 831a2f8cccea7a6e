package uk.casesearch.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.app.audit.AuditLog;

/**
 * A page of the audit trail: the API's own type, mapped from the trail's {@link AuditLog.Row}s, so
 * that the trail's storage can change without changing what clients read.
 *
 * @param events the events, oldest first
 * @param next pass as {@code after} for the following page; null when this page is the last
 */
@Schema(description = "A page of audit events, oldest first.")
public record AuditEventsResponse(List<Event> events, Long next) {

  /**
   * One event of the trail.
   *
   * @param seq its place in the trail, from 0
   * @param at when it was written
   * @param actor who acted: a user id, or "key:" and an API key's id
   * @param action what was done, e.g. search, view, original, export.subject-access, delete,
   *     admin.api-key.create
   * @param caseId the case acted on, or null
   * @param recordId the record acted on, or null
   * @param detail the particulars (query, filters, ids returned), as a JSON object in a string
   * @param prevHash the previous event's hash (64 zeros for the first)
   * @param hash the SHA-256, in hex, of the previous hash and this event's fields
   */
  @Schema(name = "AuditEvent", description = "One event of the audit trail.")
  public record Event(
      long seq,
      Instant at,
      String actor,
      String action,
      String caseId,
      String recordId,
      String detail,
      String prevHash,
      String hash) {

    static Event from(AuditLog.Row r) {
      return new Event(
          r.seq(),
          r.at(),
          r.actor(),
          r.action(),
          r.caseId(),
          r.recordId(),
          r.detail(),
          r.prevHash(),
          r.hash());
    }
  }

  /** The API's form of a page of rows; {@code next}: the seq to read on from, or null. */
  static AuditEventsResponse from(List<AuditLog.Row> rows, Long next) {
    return new AuditEventsResponse(ApiLists.map(rows, Event::from), next);
  }
}
