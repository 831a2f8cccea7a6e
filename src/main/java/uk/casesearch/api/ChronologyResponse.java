package uk.casesearch.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.insight.Chronology;

/**
 * A case's chronology as the API answers it: the API's own type, mapped from the engine's {@link
 * Chronology}, so that the engine's types can change without changing what clients read.
 *
 * @param caseId the case
 * @param rows dated significant events and statutory milestones, oldest first
 */
@Schema(
    description =
        "A child's chronology: dated significant events and statutory milestones, oldest first, each"
            + " described by a sentence copied from a record.")
public record ChronologyResponse(String caseId, List<Row> rows) {

  /**
   * A row: one event or milestone.
   *
   * @param date when it happened
   * @param age the child's age on the date ("7y 3m"), or null without a date of birth
   * @param category the event category, or the milestone's when the row is a milestone alone
   * @param milestone the statutory milestone the row is, or null
   * @param description the sentence of the first source that states it
   * @param significance harm, risk, care status, positive change or milestone
   * @param sources every record that tells it, the one the description comes from first
   */
  @Schema(name = "ChronologyRow", description = "An event or milestone of the chronology.")
  public record Row(
      LocalDate date,
      String age,
      String category,
      String milestone,
      String description,
      String significance,
      List<Source> sources) {

    static Row from(Chronology.Row r) {
      return new Row(
          r.date(),
          r.age(),
          r.category(),
          r.milestone(),
          r.description(),
          r.significance(),
          ApiLists.map(r.sources(), Source::from));
    }
  }

  /**
   * A record a row comes from.
   *
   * @param recordId the record
   * @param type its record type (may be null)
   * @param title its title (may be null)
   * @param author who wrote it (may be null)
   * @param start for the first source, the description's start offset in its text; for the others,
   *     that of the sentence of theirs that tells the event
   * @param end the matching end offset
   */
  @Schema(name = "ChronologySource", description = "A record that tells a row's event.")
  public record Source(
      String recordId, String type, String title, String author, int start, int end) {

    static Source from(Chronology.Source s) {
      return new Source(s.recordId(), s.type(), s.title(), s.author(), s.start(), s.end());
    }
  }

  /** The API's form of an engine chronology. */
  static ChronologyResponse from(Chronology c) {
    return new ChronologyResponse(c.caseId(), ApiLists.map(c.rows(), Row::from));
  }
}
