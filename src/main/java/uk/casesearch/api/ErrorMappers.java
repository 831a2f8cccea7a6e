package uk.casesearch.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.casesearch.app.security.ApiKeyAuthenticationMechanism;
import uk.casesearch.web.PageErrors;

/**
 * Maps every failure to a JSON {@link ApiError} in one place: bad input is a 4xx naming the
 * problem; anything unexpected is a 500 whose details go to the log, not to the caller.
 */
public class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

  @ServerExceptionMapper
  public Response api(ApiException e) {
    return ApiError.response(e.status(), e.code(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response illegalArgument(IllegalArgumentException e) {
    return ApiError.response(Response.Status.BAD_REQUEST, "bad_request", e.getMessage());
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e) {
    String message;
    if (e instanceof UnrecognizedPropertyException u) {
      message =
          "unknown field '" + u.getPropertyName() + "'; known fields: " + u.getKnownPropertyIds();
    } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      message = "invalid value for " + path(m) + ": expected " + expected(m.getTargetType());
    } else if (e instanceof StreamConstraintsException) {
      message = "the JSON is nested too deeply or holds a value too long to read";
    } else {
      message = "malformed JSON: " + e.getOriginalMessage();
    }
    if (e.getLocation() != null) {
      message +=
          " (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")";
    }
    return ApiError.response(Response.Status.BAD_REQUEST, "bad_json", message);
  }

  /** Quarkus maps these itself unless a mapper names the exact type: keep one error shape. */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e) {
    return json(e);
  }

  @ServerExceptionMapper
  public Response jsonParse(JsonParseException e) {
    return json(e);
  }

  /** A Java type as a JSON value a caller would write. */
  private static String expected(Class<?> type) {
    if (type == String.class || type == Character.class || type == char.class || type.isEnum())
      return "text";
    if (type == Boolean.class || type == boolean.class) return "true or false";
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class)
      return "a number";
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) return "a date (yyyy-mm-dd)";
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
    if (java.util.Map.class.isAssignableFrom(type)) return "an object";
    return "an object";
  }

  private static String path(MismatchedInputException f) {
    StringBuilder sb = new StringBuilder();
    for (var ref : f.getPath()) {
      if (ref.getFieldName() != null) sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
      else sb.append('[').append(ref.getIndex()).append(']');
    }
    return sb.isEmpty() ? "the body" : "'" + sb + "'";
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, HttpServerRequest request) {
    if (e.getCause() instanceof JsonProcessingException j) return json(j);
    int status = e.getResponse().getStatus();
    if (PageErrors.isPage(request.path())) {
      if (status >= 500) LOG.errorf(e, "page failed with %d", status);
      return PageErrors.forStatus(status, null);
    }
    String code =
        switch (status) {
          case 404 -> "not_found";
          case 405 -> "method_not_allowed";
          case 406 -> "not_acceptable";
          case 413 -> "too_large";
          case 415 -> "unsupported_media_type";
          default -> status < 500 ? "bad_request" : "internal_error";
        };
    // The framework's own messages name its annotations ("did not match the value in @Consumes"):
    // say instead what the caller can change.
    String message =
        switch (status) {
          case 404 -> "no such endpoint or resource: the API is described at /q/openapi";
          case 405 ->
              "this endpoint does not take that HTTP method: the API is described at /q/openapi";
          case 406 ->
              "this endpoint cannot answer in the media type the Accept header asks for (it answers JSON)";
          case 413 -> "the request body is over the size limit";
          case 415 ->
              "this endpoint does not take that Content-Type: records are application/json or application/x-ndjson,"
                  + " documents multipart/form-data, every other body application/json";
          default -> status < 500 && e.getMessage() != null ? e.getMessage() : "request failed";
        };
    if (status >= 500) LOG.errorf(e, "request failed with %d", status);
    return ApiError.response(status, code, message);
  }

  /** No credentials, or a key or token that is not valid: 401, saying how to authenticate. */
  @ServerExceptionMapper({
    io.quarkus.security.UnauthorizedException.class,
    io.quarkus.security.AuthenticationFailedException.class
  })
  public Response unauthorized(RuntimeException e, HttpServerRequest request) {
    // The page's sign-in form, and its pages, answer as a browser expects: back to the form.
    String path = request.path();
    if (PageErrors.isPage(path)) {
      return Response.seeOther(
              URI.create(path.equals("/j_security_check") ? "/sign-in/failed" : "/sign-in"))
          .build();
    }
    String message =
        e instanceof io.quarkus.security.AuthenticationFailedException
            ? ApiKeyAuthenticationMechanism.INVALID
            : ApiKeyAuthenticationMechanism.UNAUTHORIZED;
    return Response.fromResponse(
            ApiError.response(Response.Status.UNAUTHORIZED, "unauthorized", message))
        .header("WWW-Authenticate", ApiKeyAuthenticationMechanism.CHALLENGE)
        .build();
  }

  /** Authenticated, but the caller's roles do not open this endpoint. */
  @ServerExceptionMapper
  public Response forbidden(io.quarkus.security.ForbiddenException e) {
    return ApiError.response(
        Response.Status.FORBIDDEN, "forbidden", "your roles do not allow this request");
  }

  /** The passage index (a cluster) cannot answer now: a 503 the caller may retry. */
  @ServerExceptionMapper
  public Response indexUnavailable(
      uk.casesearch.engine.index.IndexUnavailableException e, HttpServerRequest request) {
    LOG.warnf("the index cannot answer: %s", e.getMessage());
    if (PageErrors.isPage(request.path())) return PageErrors.forStatus(503, null);
    return Response.fromResponse(
            ApiError.response(
                Response.Status.SERVICE_UNAVAILABLE,
                "index_unavailable",
                "the search index cannot answer now; try again shortly"))
        .header("Retry-After", "5")
        .build();
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e, HttpServerRequest request) {
    if (e instanceof java.io.UncheckedIOException u
        && u.getCause() instanceof uk.casesearch.engine.index.IndexUnavailableException down)
      return indexUnavailable(down, request);
    LOG.errorf(e, "unexpected failure");
    if (PageErrors.isPage(request.path())) return PageErrors.forStatus(500, null);
    return ApiError.response(
        Response.Status.INTERNAL_SERVER_ERROR, "internal_error", "internal error");
  }
}
