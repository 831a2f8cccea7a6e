package uk.casesearch.engine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns one JSON object into a {@link CaseRecord}, collecting every problem with it at once so a
 * caller can report them per record and keep the valid rest of a batch.
 */
public final class RecordParser {

  /** Limits applied to every record. */
  public record Limits(int maxIdLength, int maxTextChars, int maxPeople) {
    public Limits {
      if (maxIdLength < 1)
        throw new IllegalArgumentException("maxIdLength must be >= 1, got: " + maxIdLength);
      if (maxTextChars < 1)
        throw new IllegalArgumentException("maxTextChars must be >= 1, got: " + maxTextChars);
      if (maxPeople < 0)
        throw new IllegalArgumentException("maxPeople must be >= 0, got: " + maxPeople);
    }

    /** 128-character ids, 2 million characters of text, 1,000 people. */
    public static Limits defaults() {
      return new Limits(128, 2_000_000, 1_000);
    }
  }

  /** Either a record or the list of what is wrong with the input. */
  public record Result(CaseRecord record, String id, List<String> errors) {
    public boolean ok() {
      return record != null;
    }
  }

  private static final Set<String> KNOWN_FIELDS =
      Set.of(
          "id",
          "case_id",
          "child",
          "type",
          "title",
          "date",
          "author",
          "team",
          "text",
          "people",
          "restricted",
          "source_system");
  private static final Set<String> PERSON_KINDS =
      Set.of("family", "professional", "community", "organisation", "place");

  private final Limits limits;

  public RecordParser(Limits limits) {
    this.limits = limits;
  }

  /**
   * Validates and converts one record.
   *
   * @param node the JSON value (anything; non-objects are reported as errors)
   * @param requireText whether {@code text} must be present (false for documents, whose text is
   *     extracted from a file)
   */
  public Result parse(JsonNode node, boolean requireText) {
    List<String> errors = new ArrayList<>();
    if (node == null || !node.isObject()) {
      return new Result(null, null, List.of("a record must be a JSON object"));
    }
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!KNOWN_FIELDS.contains(f)) errors.add("unknown field '" + f + "'");
            });
    String id = identifier(node, "id", errors);
    String caseId = identifier(node, "case_id", errors);
    String text = string(node, "text", errors);
    if (text == null && requireText) {
      errors.add("text is required");
    } else if (text != null && text.length() > limits.maxTextChars()) {
      errors.add(
          "text is " + text.length() + " characters, over the limit of " + limits.maxTextChars());
    } else if (text != null && text.isBlank() && requireText) {
      errors.add("text must not be blank");
    }
    CaseRecord.Child child = null;
    JsonNode c = node.get("child");
    if (c != null && !c.isNull()) {
      if (!c.isObject()) {
        errors.add("child must be an object {id, name, dob}");
      } else {
        child =
            new CaseRecord.Child(
                string(c, "id", errors, "child.id"),
                string(c, "name", errors, "child.name"),
                date(c, "dob", errors, "child.dob"));
      }
    }
    List<CaseRecord.Person> people = new ArrayList<>();
    JsonNode p = node.get("people");
    if (p != null && !p.isNull()) {
      if (!p.isArray()) {
        errors.add("people must be an array");
      } else if (p.size() > limits.maxPeople()) {
        errors.add("people has " + p.size() + " entries, over the limit of " + limits.maxPeople());
      } else {
        for (int i = 0; i < p.size(); i++) {
          JsonNode e = p.get(i);
          String at = "people[" + i + "]";
          if (!e.isObject()) {
            errors.add(at + " must be an object");
            continue;
          }
          String name = string(e, "name", errors, at + ".name");
          if (name == null || name.isBlank()) errors.add(at + ".name is required");
          String kind = string(e, "kind", errors, at + ".kind");
          if (kind != null && !PERSON_KINDS.contains(kind)) {
            errors.add(at + ".kind must be one of " + PERSON_KINDS + ", got: '" + kind + "'");
          }
          people.add(
              new CaseRecord.Person(
                  name,
                  string(e, "role", errors, at + ".role"),
                  string(e, "relation_to_child", errors, at + ".relation_to_child"),
                  kind));
        }
      }
    }
    Boolean restricted = Boolean.FALSE;
    JsonNode r = node.get("restricted");
    if (r != null && !r.isNull()) {
      if (r.isBoolean()) restricted = r.booleanValue();
      else errors.add("restricted must be true or false");
    }
    String type = string(node, "type", errors);
    String title = string(node, "title", errors);
    LocalDate date = date(node, "date", errors, "date");
    String author = string(node, "author", errors);
    String team = string(node, "team", errors);
    String source = string(node, "source_system", errors);
    if (!errors.isEmpty()) return new Result(null, id, List.copyOf(errors));
    CaseRecord record =
        new CaseRecord(
            id,
            caseId,
            child,
            type,
            title,
            date,
            author,
            team,
            text == null ? "" : text,
            people,
            restricted,
            source);
    return new Result(record, id, List.of());
  }

  private String identifier(JsonNode node, String field, List<String> errors) {
    String v = string(node, field, errors);
    if (v == null) {
      errors.add(field + " is required");
      return null;
    }
    if (v.isBlank()) {
      errors.add(field + " must not be blank");
    } else if (v.length() > limits.maxIdLength()) {
      errors.add(field + " is over " + limits.maxIdLength() + " characters");
    } else if (!v.chars().allMatch(ch -> ch > 0x20 && ch != 0x7f && ch != '/' && ch != '\\')) {
      errors.add(field + " must not contain spaces, control characters or slashes");
    }
    return v;
  }

  private static String string(JsonNode node, String field, List<String> errors) {
    return string(node, field, errors, field);
  }

  private static String string(JsonNode node, String field, List<String> errors, String label) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) {
      errors.add(label + " must be a string");
      return null;
    }
    return v.textValue();
  }

  private static LocalDate date(JsonNode node, String field, List<String> errors, String label) {
    String s = string(node, field, errors, label);
    if (s == null || s.isBlank()) return null;
    try {
      return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      errors.add(label + " must be an ISO date (yyyy-mm-dd), got: '" + abbreviate(s) + "'");
      return null;
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
