package uk.casesearch.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every page response: a Content Security Policy that admits only Casesearch's own
 * scripts, styles, fonts and images (no inline script, no other origin), no framing, no sniffing,
 * no referrer, and no caching of pages that hold case data. The API's and the developer tools'
 * paths (/api, /q) are left as they are.
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE + 1)
        .handler(
            ctx -> {
              String path = ctx.request().path();
              if (PageErrors.isPage(path)) {
                ctx.addHeadersEndHandler(
                    v -> {
                      var h = ctx.response().headers();
                      h.set("Content-Security-Policy", POLICY);
                      h.set("X-Frame-Options", "DENY");
                      h.set("X-Content-Type-Options", "nosniff");
                      h.set("Referrer-Policy", "no-referrer");
                      if (!path.startsWith("/assets/")) h.set("Cache-Control", "no-store");
                    });
              }
              ctx.next();
            });
  }
}
