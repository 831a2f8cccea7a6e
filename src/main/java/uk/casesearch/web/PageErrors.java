package uk.casesearch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The page's error pages: one for every 4xx and 5xx, with a heading and what to do, never a stack
 * trace; a record or case the user may not see is the same 404 as one that does not exist.
 */
public class PageErrors {

  @CheckedTemplate(basePath = "page")
  static class Templates {
    static native TemplateInstance error(Views.ErrorPage page);
  }

  private final PageChrome chrome;

  public PageErrors(PageChrome chrome) {
    this.chrome = chrome;
  }

  @ServerExceptionMapper
  public Response page(PageException e) {
    return html(e.status(), e.heading(), e.getMessage(), chrome.get());
  }

  /** Whether a request path is the page's (not the API's or the developer tools'). */
  public static boolean isPage(String path) {
    return !path.startsWith("/api/") && !path.startsWith("/q/");
  }

  /** The error page for a status the HTTP layer or the framework answered. */
  public static Response forStatus(int status, Views.Chrome chrome) {
    if (status == 404) {
      PageException e = PageException.notFound();
      return html(404, e.heading(), e.getMessage(), chrome);
    }
    return status >= 500
        ? html(status, "Sorry, there is a problem with Casesearch", "Try again later.", chrome)
        : html(
            status,
            "Casesearch could not do that",
            "Go back and try again. If it happens again, tell your Casesearch administrator.",
            chrome);
  }

  static Response html(int status, String heading, String message, Views.Chrome chrome) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.error(new Views.ErrorPage(chrome, status, heading, message)).render())
        .build();
  }
}
