package uk.casesearch.engine.ingest.doc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * An e-mail's From, To, Cc, Date and Subject, read from what Tika's parsers put in the metadata of
 * EML and MSG files alike, written as a reader expects them at the top of the text so that sender,
 * recipients, date and subject are searchable.
 */
final class EmailHeaders {

  private EmailHeaders() {}

  /**
   * The headers a message's metadata holds, in the order From, To, Cc, Date, Subject, each value on
   * one line; a header the message lacks is left out.
   */
  static Map<String, String> of(Metadata m) {
    Map<String, String> h = new LinkedHashMap<>();
    String from = join(m.getValues(Message.MESSAGE_FROM));
    String fromEmail = m.get(Message.MESSAGE_FROM_EMAIL);
    if (from == null) from = fromEmail;
    else if (fromEmail != null && !from.contains(fromEmail)) from = from + " <" + fromEmail + ">";
    put(h, "From", from);
    put(
        h,
        "To",
        firstNonBlank(
            join(m.getValues(Message.MESSAGE_RAW_HEADER_PREFIX + "To")),
            join(m.getValues(Message.MESSAGE_TO))));
    put(
        h,
        "Cc",
        firstNonBlank(
            join(m.getValues(Message.MESSAGE_RAW_HEADER_PREFIX + "Cc")),
            join(m.getValues(Message.MESSAGE_CC))));
    put(
        h,
        "Date",
        firstNonBlank(
            m.get(Message.MESSAGE_RAW_HEADER_PREFIX + "Date"),
            readableDate(m.get(TikaCoreProperties.CREATED))));
    put(h, "Subject", title(m));
    return h;
  }

  /**
   * The title Tika read, else the subject, stripped, or null: a document's own title, and an
   * e-mail's Subject.
   */
  static String title(Metadata m) {
    return firstNonBlank(m.get(TikaCoreProperties.TITLE), m.get(TikaCoreProperties.SUBJECT));
  }

  /**
   * Tika's ISO instant as an e-mail writes a date ("Sun, 25 Dec 2022 16:11:00 GMT"), which is what
   * people search for.
   */
  private static String readableDate(String iso) {
    if (iso == null) return null;
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.format(
          OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  private static void put(Map<String, String> h, String name, String value) {
    if (value != null && !value.isBlank()) h.put(name, value.strip().replaceAll("\\s+", " "));
  }

  private static String join(String[] values) {
    return values == null || values.length == 0 ? null : String.join(", ", values);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }
}
