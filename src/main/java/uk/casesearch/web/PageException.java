package uk.casesearch.web;

/** A page that cannot be shown: rendered as the error page, with its status and no stack trace. */
public class PageException extends RuntimeException {

  private final int status;
  private final String heading;

  public PageException(int status, String heading, String message) {
    super(message, null, false, false);
    this.status = status;
    this.heading = heading;
  }

  /** The same answer for a record or case that does not exist as for one the user may not see. */
  static PageException notFound() {
    return new PageException(
        404,
        "Page not found",
        "If you typed the web address, check it is correct. If you followed a link, the record"
            + " may have been removed, or you may not have access to it.");
  }

  static PageException forbidden() {
    return new PageException(
        403, "You cannot use this page", "Your role does not include this part of Casesearch.");
  }

  public int status() {
    return status;
  }

  public String heading() {
    return heading;
  }
}
