package uk.casesearch.engine.index;

import java.io.IOException;

/**
 * The index cannot answer now (a cluster whose nodes do not answer, or answer that they cannot),
 * though nothing is wrong with the request: worth retrying later.
 */
public final class IndexUnavailableException extends IOException {
  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
