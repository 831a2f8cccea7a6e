package uk.casesearch.api;

import jakarta.ws.rs.core.Response;

/** A request failure with its HTTP status and error code, mapped to an {@link ApiError} body. */
public class ApiException extends RuntimeException {

  private final int status;
  private final String code;

  public ApiException(Response.Status status, String code, String message) {
    this(status.getStatusCode(), code, message);
  }

  /** For a status the JAX-RS enum lacks, such as 422 (its {@code fromStatusCode(422)} is null). */
  public ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** 400 bad_request. */
  public static ApiException badRequest(String message) {
    return new ApiException(Response.Status.BAD_REQUEST, "bad_request", message);
  }

  /** 404 not_found. */
  public static ApiException notFound(String message) {
    return new ApiException(Response.Status.NOT_FOUND, "not_found", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
