package uk.casesearch.app.insight;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.security.Access;
import uk.casesearch.engine.insight.CaseAnswer;

/**
 * A question to a case, as the API and the page both ask one: over the records the caller may see,
 * audited with the question and the records its answer cites, and empty alike for an unknown case
 * and one the caller may not see.
 */
@ApplicationScoped
public class AuditedAsk {

  private final InsightService insight;
  private final Access access;
  private final AuditLog audit;

  public AuditedAsk(InsightService insight, Access access, AuditLog audit) {
    this.insight = insight;
    this.access = access;
    this.audit = audit;
  }

  /** The answer, or empty when the caller sees no record of the case (then: 404). */
  public Optional<CaseAnswer> ask(String caseId, String question, InsightService.Reader reader) {
    var drawn =
        insight.ask(caseId, r -> access.maySee(r.caseId(), r.restricted()), question, reader);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("question", question);
    detail.put("redacted", reader.redacted());
    detail.put(
        "outcome",
        drawn.isEmpty() ? "not_found" : drawn.get().view().found() ? "answered" : "nothing_found");
    detail.put("ids", drawn.map(InsightService.Drawn::recordIds).orElse(List.of()));
    audit.append(new AuditLog.Event(access.caller().id(), "ask", caseId, null, detail, null));
    return drawn.map(InsightService.Drawn::view);
  }
}
