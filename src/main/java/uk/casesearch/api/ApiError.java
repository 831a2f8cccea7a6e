package uk.casesearch.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error response: a stable machine-readable {@code code} and a message for
 * people. Never carries exception class names or stack traces.
 */
public record ApiError(String code, String error) {

  /** A response with this status and body. */
  public static Response response(Response.Status status, String code, String error) {
    return response(status.getStatusCode(), code, error);
  }

  /** A response with this status code and body. */
  public static Response response(int status, String code, String error) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(code, error))
        .build();
  }
}
