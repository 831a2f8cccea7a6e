package uk.casesearch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.guidance.GuidanceDocument;

/**
 * The metadata part of a guidance document's upload, read and checked once: every field stripped,
 * and every problem reported together as one 400 invalid_metadata.
 *
 * @param id the document's id: letters, digits, '.', '_' and '-', at most {@value
 *     GuidanceResource#MAX_ID} characters
 * @param title its title, at most 512 characters
 * @param issuer who issued it (may be null), at most 512 characters
 * @param kind statutory or local, lower-cased
 * @param version its version as the issuer names it (may be null), at most 64 characters
 * @param date its date (may be null)
 */
@Schema(description = "A guidance document's fields, sent as JSON in the upload's metadata part.")
public record GuidanceMetadata(
    String id, String title, String issuer, String kind, String version, LocalDate date) {

  /**
   * The metadata part as sent, checked; a 400 when it is not a JSON object (bad_json,
   * invalid_metadata) or a field is missing, of the wrong type, too long or malformed
   * (invalid_metadata, every problem in one message).
   */
  static GuidanceMetadata parse(String metadata, ObjectMapper mapper) {
    JsonNode m;
    try {
      m = mapper.readTree(metadata);
    } catch (JsonProcessingException e) {
      throw new ApiException(
          Response.Status.BAD_REQUEST,
          "bad_json",
          "metadata is not valid JSON: " + e.getOriginalMessage());
    }
    if (m == null || !m.isObject())
      throw new ApiException(
          Response.Status.BAD_REQUEST, "invalid_metadata", "metadata must be a JSON object");
    List<String> errors = new ArrayList<>();
    String id = text(m, "id", GuidanceResource.MAX_ID, true, errors);
    if (id != null && !id.matches("[A-Za-z0-9._-]+"))
      errors.add("id may hold only letters, digits, '.', '_' and '-'");
    String title = text(m, "title", 512, true, errors);
    String issuer = text(m, "issuer", 512, false, errors);
    String version = text(m, "version", 64, false, errors);
    String kindText = text(m, "kind", 16, true, errors);
    GuidanceDocument.Kind kind = GuidanceDocument.Kind.of(kindText);
    if (kindText != null && kind == null) errors.add("kind must be statutory or local");
    LocalDate date = null;
    String dateText = text(m, "date", 10, false, errors);
    if (dateText != null) {
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        errors.add("date must be an ISO date (2023-12-15)");
      }
    }
    if (!errors.isEmpty())
      throw new ApiException(
          Response.Status.BAD_REQUEST, "invalid_metadata", String.join("; ", errors));
    return new GuidanceMetadata(id, title, issuer, kind.label(), version, date);
  }

  private static String text(
      JsonNode m, String field, int max, boolean required, List<String> errors) {
    JsonNode v = m.get(field);
    if (v == null || v.isNull()) {
      if (required) errors.add(field + " is required");
      return null;
    }
    if (!v.isTextual()) {
      errors.add(field + " must be a string");
      return null;
    }
    String s = v.asText().strip();
    if (s.isEmpty()) {
      if (required) errors.add(field + " is required");
      return null;
    }
    if (s.length() > max) {
      errors.add(field + " is over " + max + " characters");
      return null;
    }
    return s;
  }
}
