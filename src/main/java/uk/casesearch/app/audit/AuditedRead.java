package uk.casesearch.app.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * A record opened by id, as the API and the page both open one: audited (shown, not found, or not
 * visible) before anything is answered, and empty alike for a record that does not exist and one
 * the caller may not see, so that the answer tells them apart by nothing.
 */
@ApplicationScoped
public class AuditedRead {

  private final RecordStore store;
  private final Access access;
  private final AuditLog audit;

  public AuditedRead(RecordStore store, Access access, AuditLog audit) {
    this.store = store;
    this.access = access;
    this.audit = audit;
  }

  /**
   * The record, if the caller may see it.
   *
   * @param action the audit action ("view", "view.redacted", "original", ...)
   */
  public Optional<CaseRecord> record(String id, String action) {
    CaseRecord record = store.find(id).orElse(null);
    boolean allowed = record != null && access.maySee(record.caseId(), record.restricted());
    String outcome = record == null ? "not_found" : allowed ? "shown" : "not_visible";
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            action,
            record == null ? null : record.caseId(),
            id,
            Map.of("outcome", outcome),
            null));
    return allowed ? Optional.of(record) : Optional.empty();
  }
}
