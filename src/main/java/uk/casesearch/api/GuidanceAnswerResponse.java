package uk.casesearch.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.guidance.GuidanceLibrary;

/**
 * An answer from the guidance: the API's own type, mapped from the engine's {@link
 * GuidanceLibrary.Answer}, so that the engine's types can change without changing what clients
 * read.
 *
 * @param question the question as asked
 * @param found whether a sentence of the guidance holds enough of the question's words
 * @param answer that sentence, followed by its document and paragraph number in brackets; empty
 *     when nothing was found
 * @param citations where the sentence stands (one), or none when nothing was found
 */
@Schema(description = "An answer from the guidance: a sentence of a paragraph, cited.")
public record GuidanceAnswerResponse(
    String question, boolean found, String answer, List<Citation> citations) {

  /**
   * Where an answer's sentence stands.
   *
   * @param documentId the guidance document
   * @param title the document's title
   * @param paragraph the paragraph's number as written, or null where it has none
   * @param start the sentence's start offset in the document's text
   * @param end the sentence's end offset in the document's text
   */
  @Schema(name = "GuidanceCitation", description = "Where a guidance answer's sentence stands.")
  public record Citation(String documentId, String title, String paragraph, int start, int end) {

    static Citation from(GuidanceLibrary.Citation c) {
      return new Citation(c.documentId(), c.title(), c.paragraph(), c.start(), c.end());
    }
  }

  /** The API's form of an engine answer. */
  static GuidanceAnswerResponse from(GuidanceLibrary.Answer a) {
    return new GuidanceAnswerResponse(
        a.question(), a.found(), a.answer(), ApiLists.map(a.citations(), Citation::from));
  }
}
