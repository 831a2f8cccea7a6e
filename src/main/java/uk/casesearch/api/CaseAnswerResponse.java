package uk.casesearch.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.insight.CaseAnswer;

/**
 * An answer to a question put to a case, as the API answers it: the API's own type, mapped from the
 * engine's {@link CaseAnswer}, so that the engine's types can change without changing what clients
 * read.
 *
 * @param question the question as asked
 * @param found whether the records hold an answer (false: {@code answer} is empty, or for a yes/no
 *     question says that the records were searched and none says so)
 * @param answer the sentences copied from the records, each after its record's date and followed by
 *     its record id in brackets; for a yes/no question, "Yes." first
 * @param confidence {@code high} when the answer comes from what a record is (its type, title or a
 *     people row), {@code medium} from a reading of its text (an event, a role named in a
 *     sentence), {@code low} from words it shares with the question; null when nothing was found
 * @param citations the records the answer's sentences come from, in the answer's order
 * @param understood how the question was read
 */
@Schema(
    description =
        "An answer to a question put to a case: sentences copied from the records the caller may"
            + " see, each cited, or nothing found.")
public record CaseAnswerResponse(
    String question,
    boolean found,
    String answer,
    String confidence,
    List<Citation> citations,
    Understood understood) {

  /**
   * A record the answer quotes.
   *
   * @param recordId the record
   * @param date its date (may be null)
   * @param type its record type (may be null)
   * @param title its title (may be null)
   * @param start the quoted sentence's start offset in the record's text
   * @param end the quoted sentence's end offset in the record's text
   */
  @Schema(name = "CaseAnswerCitation", description = "A record an answer quotes.")
  public record Citation(
      String recordId, LocalDate date, String type, String title, int start, int end) {

    static Citation from(CaseAnswer.Citation c) {
      return new Citation(c.recordId(), c.date(), c.type(), c.title(), c.start(), c.end());
    }
  }

  /**
   * How the question was read.
   *
   * @param asks person, date, yes_no, list or open
   * @param form first, last or null
   * @param topic the topic the question asks about, or null
   * @param relation the relation to the child a person question asks for, or null
   * @param list the list the question names ("safety network"), or null
   * @param narrowedBy words of the question that narrowed the records looked at ("police")
   * @param recordsSearched how many records of the case the caller may see were looked at
   */
  @Schema(name = "CaseAnswerUnderstood", description = "How a question to a case was read.")
  public record Understood(
      String asks,
      String form,
      String topic,
      String relation,
      String list,
      List<String> narrowedBy,
      int recordsSearched) {

    static Understood from(CaseAnswer.Understood u) {
      return u == null
          ? null
          : new Understood(
              u.asks(),
              u.form(),
              u.topic(),
              u.relation(),
              u.list(),
              u.narrowedBy(),
              u.recordsSearched());
    }
  }

  /** The API's form of an engine answer. */
  static CaseAnswerResponse from(CaseAnswer a) {
    return new CaseAnswerResponse(
        a.question(),
        a.found(),
        a.answer(),
        a.confidence(),
        ApiLists.map(a.citations(), Citation::from),
        Understood.from(a.understood()));
  }
}
