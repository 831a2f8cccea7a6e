package uk.casesearch.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body is over the size limit before the body is read, with the
 * same JSON {@link ApiError} shape as every other error (the HTTP layer's own 413 has no body). A
 * chunked upload without a Content-Length is still stopped at the limit by the HTTP layer.
 */
@ApplicationScoped
public class HttpErrorBodies {

  private final MemorySize maxBodySize;
  private final String configured;

  public HttpErrorBodies(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") String configured) {
    this.maxBodySize = maxBodySize;
    this.configured = configured;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(ctx -> {
      String length = ctx.request().getHeader("Content-Length");
      if (length != null && declaredOver(length)) {
        ApiError body = new ApiError("too_large",
            "the request body is over the size limit of " + configured + ": split the batch or use the import command");
        ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json").putHeader("Connection", "close")
            .end(Json.encode(body));
      } else {
        ctx.next();
      }
    });
  }

  private boolean declaredOver(String length) {
    try {
      return Long.parseLong(length.strip()) > maxBodySize.asLongValue();
    } catch (NumberFormatException e) {
      return false; // the HTTP layer rejects a malformed Content-Length itself
    }
  }
}
