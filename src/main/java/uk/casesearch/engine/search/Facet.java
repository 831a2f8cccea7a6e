package uk.casesearch.engine.search;

import java.util.Locale;
import java.util.Optional;

/**
 * A field of a record whose values a search can count over the records it found: the record type,
 * the team, the year of its date, its case and its child.
 */
public enum Facet {
  TYPE,
  TEAM,
  YEAR,
  CASE,
  CHILD;

  /** The facet's name as the API writes it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The facet of this name (any case), or empty. */
  public static Optional<Facet> named(String name) {
    for (Facet f : values()) if (f.key().equalsIgnoreCase(name.strip())) return Optional.of(f);
    return Optional.empty();
  }

  /** This facet's value for a record (null when the record has none). */
  String valueOf(RecordLookup.Facts r) {
    return switch (this) {
      case TYPE -> r.type();
      case TEAM -> r.team();
      case YEAR -> r.date() == null ? null : Integer.toString(r.date().getYear());
      case CASE -> r.caseId();
      case CHILD -> r.childId();
    };
  }
}
