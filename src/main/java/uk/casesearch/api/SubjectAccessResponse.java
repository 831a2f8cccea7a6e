package uk.casesearch.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.app.export.SubjectAccessService;

/**
 * A case's subject access export as the API answers it: the API's own type, mapped from the
 * service's {@link SubjectAccessService.Export}, so that those types can change without changing
 * what clients read.
 *
 * @param caseId the case
 * @param subject the data subject the records were redacted for (by default the child)
 * @param generatedAt when the export was made
 * @param generatedBy who made it (a user id, or "key:" and an API key's id)
 * @param records every record of the case the caller may see, oldest first, each redacted
 * @param summary how many spans of each class of personal data were masked, by class (PERSON_NAME,
 *     ADDRESS, ...); a class nothing was masked of is absent
 * @param withheldRestricted restricted (sealed) records left out
 */
@Schema(
    description =
        "A subject access export: every record of a case the caller may see, redacted for the data"
            + " subject, with a redaction log per record.")
public record SubjectAccessResponse(
    String caseId,
    String subject,
    Instant generatedAt,
    String generatedBy,
    List<RedactedRecordResponse> records,
    Map<String, Integer> summary,
    int withheldRestricted) {

  /** The API's form of a subject access export. */
  static SubjectAccessResponse from(SubjectAccessService.Export e) {
    Map<String, Integer> summary = null;
    if (e.summary() != null) {
      summary = new LinkedHashMap<>();
      for (var c : e.summary().entrySet()) summary.put(c.getKey().name(), c.getValue());
    }
    return new SubjectAccessResponse(
        e.caseId(),
        e.subject(),
        e.generatedAt(),
        e.generatedBy(),
        ApiLists.map(e.records(), RedactedRecordResponse::from),
        summary,
        e.withheldRestricted());
  }
}
