package uk.casesearch.engine.ingest;

/**
 * A passage of a record's text: the unit that is embedded and indexed.
 *
 * @param number 0-based position of the passage within its record
 * @param text the passage text, exactly {@code recordText.substring(start, end)}
 * @param start character offset of the passage in the record text (inclusive)
 * @param end character offset of the passage in the record text (exclusive)
 */
public record Passage(int number, String text, int start, int end) {

  public Passage {
    if (number < 0) throw new IllegalArgumentException("number must be >= 0, got: " + number);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets start=" + start + " end=" + end);
    }
  }
}
