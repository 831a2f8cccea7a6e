package uk.casesearch.engine.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What one record says about people and events, found when the record is stored: the mentions of
 * people and places (unresolved: "Mum" is resolved to the case's mother only when a case's eco-map
 * is built over the records a caller may see), the record's primary significant event, and its
 * statutory milestone. Kept beside the record, so an eco-map or a chronology is an aggregation over
 * stored findings, never a re-reading of every record.
 *
 * @param mentions the people and places named, in text order
 * @param event what the record is about, if it reports a significant event (null otherwise)
 * @param milestone the statutory milestone the record is (referral, ICPC ...), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordInsight(List<Mention> mentions, Event event, String milestone) {

  /**
   * The version of the findings: stored findings of another version are found again at start-up.
   */
  public static final int VERSION = 1;

  public RecordInsight {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** How a person was named. */
  public enum Form {
    /**
     * a full name, as a people row or the text writes it ("Marie Arkwright", "Dr Grace Pennock")
     */
    NAME,
    /** an honorific and a surname ("Ms Arkwright", "Dr Okafor") */
    TITLED,
    /** a first name alone ("Marie") */
    FIRST,
    /** a word for their relation to the child ("Mum", "the maternal grandmother", "school") */
    ROLE
  }

  /**
   * A person or place named in the record.
   *
   * @param text the words as written
   * @param key what it is matched by: a name key, a surname, a first name, or a relation
   * @param title the honorific, lower case, if one was written
   * @param hint what the record says they are, written beside the name ("DSL, Greenfield Primary")
   * @param start offset of the words in the record's text
   * @param sentenceStart offsets of the sentence holding them
   * @param cues stance cues the sentence attributes to them
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Mention(
      String text,
      Form form,
      String key,
      String title,
      String hint,
      int start,
      int end,
      int sentenceStart,
      int sentenceEnd,
      List<Cue> cues) {
    public Mention {
      cues = cues == null ? List.of() : List.copyOf(cues);
    }
  }

  /** A stance cue: the stance and the words that showed it. */
  public record Cue(InsightLexicon.Stance stance, String phrase) {}

  /**
   * A record's significant event.
   *
   * @param category the event category ({@code insight.yaml}'s events)
   * @param sentenceStart offsets of the sentence that states it
   * @param cues how many cue phrases of the category the record holds
   */
  public record Event(String category, int sentenceStart, int sentenceEnd, int cues) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The findings as stored. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stored findings read back. */
  public static RecordInsight fromJson(String json) {
    try {
      return JSON.readValue(json, RecordInsight.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored insight does not parse: " + e.getMessage(), e);
    }
  }
}
