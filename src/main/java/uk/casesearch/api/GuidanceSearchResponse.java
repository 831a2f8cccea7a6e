package uk.casesearch.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.guidance.GuidanceLibrary;

/**
 * The guidance paragraphs found for a query: the API's own type, mapped from the engine's {@link
 * GuidanceLibrary.Hit}s, so that the engine's types can change without changing what clients read.
 *
 * @param query the query as searched
 * @param hits the paragraphs that share the most of the query's words, best first
 */
@Schema(description = "The guidance paragraphs found for a query, best first.")
public record GuidanceSearchResponse(String query, List<Hit> hits) {

  /**
   * A paragraph found.
   *
   * @param documentId the guidance document it belongs to
   * @param title the document's title
   * @param kind statutory or local
   * @param paragraph the paragraph's number as written ("1.2"), or null where it has none
   * @param heading the heading it stands under, or null
   * @param text the paragraph's text
   * @param start the paragraph's start offset in the document's text
   * @param end the paragraph's end offset in the document's text
   * @param score the share of the query's word weight the paragraph holds, 0 to 1 (rarer words
   *     weigh more)
   */
  @Schema(name = "GuidanceHit", description = "A guidance paragraph found.")
  public record Hit(
      String documentId,
      String title,
      String kind,
      String paragraph,
      String heading,
      String text,
      int start,
      int end,
      double score) {

    static Hit from(GuidanceLibrary.Hit h) {
      return new Hit(
          h.documentId(),
          h.title(),
          h.kind(),
          h.paragraph(),
          h.heading(),
          h.text(),
          h.start(),
          h.end(),
          h.score());
    }
  }

  /** The API's form of the engine's hits for a query. */
  static GuidanceSearchResponse from(String query, List<GuidanceLibrary.Hit> hits) {
    return new GuidanceSearchResponse(query, ApiLists.map(hits, Hit::from));
  }
}
