package uk.casesearch.engine.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's chronology: dated significant events and statutory milestones, newest last, each row
 * described by a sentence copied from a record and citing every record that tells it.
 */
public record Chronology(String caseId, List<Row> rows) {

  /**
   * A row.
   *
   * @param age the child's age on the date ("7y 3m"), or null without a date of birth
   * @param category the event category, or the milestone's when the row is a milestone alone
   * @param milestone the statutory milestone the row is, or null
   * @param description the sentence of the first source that states it
   * @param significance harm, risk, care status, positive change or milestone
   */
  public record Row(
      LocalDate date,
      String age,
      String category,
      String milestone,
      String description,
      String significance,
      List<Source> sources) {}

  /**
   * A record a row comes from; {@code start}/{@code end} are the description's offsets in the first
   * source's text (the others: the sentence of theirs that tells the event).
   */
  public record Source(
      String recordId, String type, String title, String author, int start, int end) {}
}
