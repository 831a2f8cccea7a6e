package uk.casesearch.app.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.engine.index.AccessScope;

/** The current request's caller and what they may see, read once per request. */
@RequestScoped
public class Access {

  private final SecurityIdentity identity;
  private final CaseAccess cases;
  private final CasesearchConfig config;
  private Caller caller;
  private AccessScope scope;

  public Access(SecurityIdentity identity, CaseAccess cases, CasesearchConfig config) {
    this.identity = identity;
    this.cases = cases;
    this.config = config;
  }

  /** Who is calling. */
  public Caller caller() {
    if (caller == null) caller = Caller.of(identity, config.auth().teamsClaim());
    return caller;
  }

  /** The cases and restricted records the caller may see. */
  public AccessScope scope() {
    if (scope == null) scope = cases.scope(caller());
    return scope;
  }

  /** Whether the caller may see a record of this case, restricted or not. */
  public boolean maySee(String caseId, boolean restricted) {
    return scope().accepts(caseId, restricted);
  }
}
