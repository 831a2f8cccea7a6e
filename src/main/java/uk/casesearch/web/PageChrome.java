package uk.casesearch.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.security.Caller;
import uk.casesearch.app.security.LocalSignIn;
import uk.casesearch.app.security.Role;

/** The frame of the signed-in user's pages: who they are, what they may open, their form token. */
@RequestScoped
public class PageChrome {

  private final Access access;
  private final SecurityIdentity identity;
  private final Csrf csrf;

  public PageChrome(Access access, SecurityIdentity identity, Csrf csrf) {
    this.access = access;
    this.identity = identity;
    this.csrf = csrf;
  }

  /** The frame, or null for a visitor who has not signed in. */
  public Views.Chrome get() {
    if (identity.isAnonymous()) return null;
    Caller c = access.caller();
    Boolean local = identity.getAttribute(LocalSignIn.SIGNED_IN_LOCALLY);
    return new Views.Chrome(
        c.id(),
        c.hasAny(Role.PRACTITIONER, Role.MANAGER),
        c.hasAny(Role.AUDITOR),
        c.hasAny(Role.ADMIN),
        local != null && local,
        csrf.token(c.id()),
        Csrf.FIELD);
  }

  /** Refuses a form whose token is not the signed-in user's. */
  public void checkToken(String token) {
    if (identity.isAnonymous() || !csrf.valid(access.caller().id(), token))
      throw new PageException(
          403, "Your form has expired", "Go back, reload the page and send the form again.");
  }

  /** Refuses a user whose roles do not include any of these. */
  public void mustHave(String... roles) {
    if (!access.caller().hasAny(roles)) throw PageException.forbidden();
  }
}
