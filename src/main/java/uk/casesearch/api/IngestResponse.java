package uk.casesearch.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.app.indexing.IngestService;

/**
 * The outcome of an ingest request: the API's own type, mapped from the service's {@link
 * IngestService.Outcome}, so that it can change without changing what clients read.
 *
 * @param accepted records stored (new or changed)
 * @param unchanged records already stored exactly as sent
 * @param rejected the records that were not valid, each with why
 * @param searchable whether the accepted records are searchable; null unless wait=true
 */
@Schema(description = "The outcome of an ingest request.")
public record IngestResponse(
    int accepted, int unchanged, List<Rejection> rejected, Boolean searchable) {

  /**
   * A record that was not accepted.
   *
   * @param index its 0-based position in the batch
   * @param id its id, when it had one
   * @param error what is wrong with it
   */
  @Schema(name = "IngestRejection", description = "A record of a batch that was not accepted.")
  public record Rejection(int index, String id, String error) {

    static Rejection from(IngestService.Rejection r) {
      return new Rejection(r.index(), r.id(), r.error());
    }
  }

  /** The API's form of a batch's outcome; {@code waited}: whether the caller asked wait=true. */
  static IngestResponse from(IngestService.Outcome o, boolean waited) {
    return new IngestResponse(
        o.accepted(),
        o.unchanged(),
        ApiLists.map(o.rejected(), Rejection::from),
        waited ? o.searchable() : null);
  }
}
