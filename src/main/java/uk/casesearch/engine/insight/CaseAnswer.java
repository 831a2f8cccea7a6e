package uk.casesearch.engine.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * An answer to a question put to a child's record: sentences copied from the records the caller may
 * see, each cited, or nothing found.
 *
 * @param found whether the records hold an answer (false: {@code answer} is empty, or for a yes/no
 *     question says that the records were searched and none says so)
 * @param answer the sentences, each after its record's date and followed by its record id in
 *     brackets; for a yes/no question, "Yes." first
 * @param confidence {@code high} when the answer comes from what a record is (its type, title or a
 *     people row), {@code medium} from a reading of its text (an event, a role named in a
 *     sentence), {@code low} from words it shares with the question; null when nothing was found
 * @param citations the records the answer's sentences come from, in the answer's order
 * @param understood how the question was read
 */
public record CaseAnswer(
    String question,
    boolean found,
    String answer,
    String confidence,
    List<Citation> citations,
    Understood understood) {

  /**
   * A record an answer quotes; {@code start}/{@code end} are the quoted sentence's offsets in the
   * record's text.
   */
  public record Citation(
      String recordId, LocalDate date, String type, String title, int start, int end) {}

  /**
   * How a question was read.
   *
   * @param asks person, date, yes_no, list or open
   * @param form first, last or null
   * @param topic the topic id of the question lexicon, or null
   * @param relation the relation to the child a person question asks for, or null
   * @param list the list a question names ("safety network"), or null
   * @param narrowedBy words of the question that narrowed the records looked at ("police")
   * @param recordsSearched how many records of the case the caller may see were looked at
   */
  public record Understood(
      String asks,
      String form,
      String topic,
      String relation,
      String list,
      List<String> narrowedBy,
      int recordsSearched) {}
}
