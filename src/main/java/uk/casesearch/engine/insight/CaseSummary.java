package uk.casesearch.engine.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * A case summary: sections of sentences copied from the records the caller may see, each cited,
 * recent first within a section.
 *
 * @param withheldRestricted restricted records left out of a care leaver's summary (0 otherwise)
 */
public record CaseSummary(String caseId, List<Section> sections, int withheldRestricted) {

  /**
   * A section; no sentence when the records say nothing of it.
   *
   * @param id a stable name for apps (child_and_people, worries, strengths, events, plan)
   */
  public record Section(String id, String heading, List<Sentence> sentences) {}

  /**
   * A sentence of a record.
   *
   * @param start offsets of the sentence in the record's text (as the summary's reader sees the
   *     text: redacted when the summary is)
   * @param glossary plain words for the jargon the sentence holds (empty unless asked for)
   */
  public record Sentence(
      String text,
      String recordId,
      LocalDate date,
      int start,
      int end,
      List<Glossary.Entry> glossary) {}
}
