package uk.casesearch.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.insight.CaseSummary;
import uk.casesearch.engine.insight.Glossary;

/**
 * A case's summary as the API answers it: the API's own type, mapped from the engine's {@link
 * CaseSummary}, so that the engine's types can change without changing what clients read.
 *
 * @param caseId the case
 * @param sections the summary's sections, in a fixed order
 * @param withheldRestricted restricted records left out of a data subject's summary (0 otherwise)
 */
@Schema(
    description =
        "A case summary: sections of sentences copied from the records the caller may see, each"
            + " cited, recent first within a section.")
public record CaseSummaryResponse(String caseId, List<Section> sections, int withheldRestricted) {

  /**
   * A section; no sentence when the records say nothing of it.
   *
   * @param id a stable name for apps: child_and_people, worries, strengths, events or plan
   * @param heading the section's heading, for people
   * @param sentences the sentences, recent first
   */
  @Schema(name = "CaseSummarySection", description = "A section of a case summary.")
  public record Section(String id, String heading, List<Sentence> sentences) {

    static Section from(CaseSummary.Section s) {
      return new Section(s.id(), s.heading(), ApiLists.map(s.sentences(), Sentence::from));
    }
  }

  /**
   * A sentence of a record.
   *
   * @param text the sentence
   * @param recordId the record it comes from
   * @param date the record's date (may be null)
   * @param start the sentence's start offset in the record's text, as the summary's reader sees the
   *     text (redacted when the summary is)
   * @param end the matching end offset
   * @param glossary plain words for the jargon the sentence holds (empty unless redact=true)
   */
  @Schema(name = "CaseSummarySentence", description = "A sentence of a record, cited.")
  public record Sentence(
      String text,
      String recordId,
      LocalDate date,
      int start,
      int end,
      List<GlossaryEntry> glossary) {

    static Sentence from(CaseSummary.Sentence s) {
      return new Sentence(
          s.text(),
          s.recordId(),
          s.date(),
          s.start(),
          s.end(),
          ApiLists.map(s.glossary(), GlossaryEntry::from));
    }
  }

  /**
   * A term of social-care jargon and what it means.
   *
   * @param term the term, as the glossary writes it ("MASH")
   * @param means what it means, in plain words
   */
  @Schema(name = "GlossaryEntry", description = "Plain words for a term of jargon.")
  public record GlossaryEntry(String term, String means) {

    static GlossaryEntry from(Glossary.Entry e) {
      return new GlossaryEntry(e.term(), e.means());
    }
  }

  /** The API's form of an engine summary. */
  static CaseSummaryResponse from(CaseSummary s) {
    return new CaseSummaryResponse(
        s.caseId(), ApiLists.map(s.sections(), Section::from), s.withheldRestricted());
  }
}
