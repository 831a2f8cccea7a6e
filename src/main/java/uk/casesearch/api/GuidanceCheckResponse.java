package uk.casesearch.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.guidance.PolicyChecker;

/**
 * A local procedure checked against the statutory guidance: the API's own type, mapped from the
 * engine's {@link PolicyChecker.Finding}s, so that the engine's types can change without changing
 * what clients read.
 *
 * @param documentId the local procedure checked
 * @param findings each statement of the procedure that sets a timescale, names who must take part
 *     or be told, sets a threshold or cites a document, matched to the statutory sentence on the
 *     same subject
 */
@Schema(description = "A local procedure's statements, each matched to the statutory guidance.")
public record GuidanceCheckResponse(String documentId, List<Finding> findings) {

  /**
   * A local statement matched to the guidance.
   *
   * @param kind what the statement sets: timescale, attendee, threshold or reference
   * @param contradiction whether the local rule falls short of the guidance (a stricter local rule
   *     that still meets it is no contradiction)
   * @param local the local procedure's sentence
   * @param guidance the statutory sentence it was matched to
   * @param explanation what differs, or why the two agree
   */
  @Schema(name = "PolicyFinding", description = "A local statement matched to the guidance.")
  public record Finding(
      String kind, boolean contradiction, Local local, Guidance guidance, String explanation) {

    static Finding from(PolicyChecker.Finding f) {
      return new Finding(
          f.kind(),
          f.contradiction(),
          f.local() == null ? null : Local.from(f.local()),
          f.guidance() == null ? null : Guidance.from(f.guidance()),
          f.explanation());
    }
  }

  /**
   * The local procedure's sentence.
   *
   * @param documentId the local procedure
   * @param quote the sentence, as written
   * @param start its start offset in the document's text
   * @param end its end offset in the document's text
   */
  @Schema(name = "PolicyLocal", description = "A sentence of the local procedure.")
  public record Local(String documentId, String quote, int start, int end) {

    static Local from(PolicyChecker.Local l) {
      return new Local(l.documentId(), l.quote(), l.start(), l.end());
    }
  }

  /**
   * The statutory sentence.
   *
   * @param documentId the statutory guidance document
   * @param quote the sentence, as written
   * @param paragraph the number of its paragraph, as written, or null where it has none
   */
  @Schema(name = "PolicyGuidance", description = "A sentence of the statutory guidance.")
  public record Guidance(String documentId, String quote, String paragraph) {

    static Guidance from(PolicyChecker.Guidance g) {
      return new Guidance(g.documentId(), g.quote(), g.paragraph());
    }
  }

  /** The API's form of the engine's findings for a local procedure. */
  static GuidanceCheckResponse from(String documentId, List<PolicyChecker.Finding> findings) {
    return new GuidanceCheckResponse(documentId, ApiLists.map(findings, Finding::from));
  }
}
