package uk.casesearch.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

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
      message = "unknown field '" + u.getPropertyName() + "'; known fields: " + u.getKnownPropertyIds();
    } else if (e instanceof InvalidFormatException f) {
      message = "invalid value for " + path(f) + ": expected " + f.getTargetType().getSimpleName();
    } else {
      message = "malformed JSON: " + e.getOriginalMessage();
    }
    if (e.getLocation() != null) {
      message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
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

  private static String path(InvalidFormatException f) {
    StringBuilder sb = new StringBuilder();
    for (var ref : f.getPath()) {
      if (ref.getFieldName() != null) sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
      else sb.append('[').append(ref.getIndex()).append(']');
    }
    return sb.isEmpty() ? "the body" : "'" + sb + "'";
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    if (e.getCause() instanceof JsonProcessingException j) return json(j);
    int status = e.getResponse().getStatus();
    String code =
        switch (status) {
          case 404 -> "not_found";
          case 405 -> "method_not_allowed";
          case 406 -> "not_acceptable";
          case 413 -> "too_large";
          case 415 -> "unsupported_media_type";
          default -> status < 500 ? "bad_request" : "internal_error";
        };
    String message = status < 500 && e.getMessage() != null ? e.getMessage() : "request failed";
    if (status >= 500) LOG.errorf(e, "request failed with %d", status);
    return ApiError.response(status, code, message);
  }

  /** No credentials, or a key or token that is not valid: 401, saying how to authenticate. */
  @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class, io.quarkus.security.AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e) {
    String message = e instanceof io.quarkus.security.AuthenticationFailedException
        ? "the credentials are not valid (an expired or unsigned token, or an unknown or revoked API key)"
        : "authentication is required: send a bearer token (Authorization: Bearer ...) or an API key (X-API-Key: ...)";
    return Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED, "unauthorized", message))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  /** Authenticated, but the caller's roles do not open this endpoint. */
  @ServerExceptionMapper
  public Response forbidden(io.quarkus.security.ForbiddenException e) {
    return ApiError.response(Response.Status.FORBIDDEN, "forbidden", "your roles do not allow this request");
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.errorf(e, "unexpected failure");
    return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "internal_error", "internal error");
  }
}
