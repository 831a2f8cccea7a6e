package uk.casesearch.engine.ingest;

import uk.casesearch.engine.util.Hashes;

/**
 * A digest of everything a record carries, so an unchanged re-submission is recognised and does no
 * work. Field values are joined with separator characters that cannot be confused with text.
 */
public final class ContentHash {

  private static final char FIELD = '\u001f';
  private static final char ITEM = '\u001e';

  private ContentHash() {}

  /** The SHA-256 hex digest of the record's fields, people included. */
  public static String of(CaseRecord r) {
    StringBuilder sb = new StringBuilder(r.text().length() + 256);
    field(sb, r.id());
    field(sb, r.caseId());
    if (r.child() != null) {
      field(sb, r.child().id());
      field(sb, r.child().name());
      field(sb, r.child().dob());
    } else {
      field(sb, "-");
    }
    field(sb, r.type());
    field(sb, r.title());
    field(sb, r.date());
    field(sb, r.author());
    field(sb, r.team());
    field(sb, r.restricted());
    field(sb, r.sourceSystem());
    for (CaseRecord.Person p : r.people()) {
      sb.append(ITEM);
      field(sb, p.name());
      field(sb, p.role());
      field(sb, p.relationToChild());
      field(sb, p.kind());
    }
    sb.append(ITEM);
    sb.append(r.text());
    return Hashes.sha256Hex(sb.toString());
  }

  private static void field(StringBuilder sb, Object value) {
    sb.append(value == null ? "\u0000" : value.toString()).append(FIELD);
  }
}
