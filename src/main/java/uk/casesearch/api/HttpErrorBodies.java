package uk.casesearch.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.casesearch.app.security.ApiKeyAuthenticationMechanism;
import uk.casesearch.web.PageErrors;

/**
 * Answers, with the same JSON {@link ApiError} shape as every other error, what the HTTP layer
 * would otherwise answer with an empty body or not at all: a request whose declared body is over
 * the size limit (before the body is read; a chunked upload without a Content-Length is still
 * stopped at the limit by the HTTP layer), a path or query string that is not valid UTF-8 or holds
 * a NUL (the HTTP layer would quietly decode it to replacement characters), and a 401 from the HTTP
 * layer's own permission checks (on {@code /q/metrics}).
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
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader("Content-Length");
              if (length != null && declaredOver(length)) {
                ctx.response().putHeader("Connection", "close");
                end(
                    ctx,
                    413,
                    new ApiError(
                        "too_large",
                        "the request body is over the size limit of "
                            + configured
                            + ": split the batch or use the import command"));
              } else if (!cleanText(ctx.request().path()) || !cleanText(ctx.request().query())) {
                end(
                    ctx,
                    400,
                    new ApiError(
                        "bad_encoding",
                        "the address holds bytes that are not valid UTF-8, or a NUL character: percent-encode text as UTF-8"));
              } else {
                ctx.next();
              }
            });
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(
            ctx -> {
              Throwable failure = ctx.failure();
              // The page's paths answer with the sign-in form's own redirect instead.
              if (!PageErrors.isPage(ctx.request().path())
                  && (failure instanceof AuthenticationFailedException
                      || failure instanceof UnauthorizedException)
                  && !ctx.response().ended()) {
                ctx.response()
                    .putHeader("WWW-Authenticate", ApiKeyAuthenticationMechanism.CHALLENGE);
                end(
                    ctx,
                    401,
                    new ApiError(
                        "unauthorized",
                        failure instanceof AuthenticationFailedException
                            ? ApiKeyAuthenticationMechanism.INVALID
                            : ApiKeyAuthenticationMechanism.UNAUTHORIZED));
              } else {
                ctx.next();
              }
            });
  }

  private static void end(RoutingContext ctx, int status, ApiError body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(Json.encode(body));
  }

  /**
   * Whether a raw (percent-encoded) path or query string decodes to valid UTF-8 with no NUL. A
   * malformed escape ("%G1") is left to the HTTP layer, which reads it literally.
   */
  static boolean cleanText(String raw) {
    if (raw == null || raw.isEmpty()) return true;
    if (raw.indexOf('%') < 0) return raw.indexOf('\0') < 0;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int hi = c == '%' && i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (lo >= 0) {
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] own = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(own, 0, own.length);
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
      return text.indexOf('\0') < 0;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private boolean declaredOver(String length) {
    try {
      return Long.parseLong(length.strip()) > maxBodySize.asLongValue();
    } catch (NumberFormatException e) {
      return false; // the HTTP layer rejects a malformed Content-Length itself
    }
  }
}
