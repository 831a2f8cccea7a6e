package uk.casesearch.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.app.audit.AuditLog;

/**
 * The outcome of checking the audit trail's hash chain: the API's own type, mapped from the trail's
 * {@link AuditLog.Verification}, so that it can change without changing what clients read.
 *
 * @param rows how many rows were checked
 * @param ok whether every row is intact and none is missing
 * @param firstBadSeq the first row (or gap) where the chain breaks, or -1
 * @param problem what is wrong there, or null
 */
@Schema(description = "The outcome of checking the audit trail's hash chain.")
public record AuditVerificationResponse(long rows, boolean ok, long firstBadSeq, String problem) {

  /** The API's form of a check of the chain. */
  static AuditVerificationResponse from(AuditLog.Verification v) {
    return new AuditVerificationResponse(v.rows(), v.ok(), v.firstBadSeq(), v.problem());
  }
}
