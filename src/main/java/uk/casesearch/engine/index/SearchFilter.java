package uk.casesearch.engine.index;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which records a search may return. Every retriever applies it inside its own search (a Lucene
 * filter clause, a JVector accept-ordinals filter), never to the results afterwards, so that top-k
 * is full for what passes.
 *
 * <p>An empty set means "no constraint" for the user-facing filters. {@code visibleCaseIds} and
 * {@code restrictedCaseIds} carry the caller's permissions: {@code null} means unrestricted, an
 * empty set means "none".
 *
 * @param caseIds only these cases
 * @param childIds only these children
 * @param types only these record types
 * @param teams only these teams
 * @param from records dated on or after this day (inclusive; null for open)
 * @param to records dated on or before this day (inclusive; null for open)
 * @param visibleCaseIds cases the caller may see (null: all)
 * @param restrictedCaseIds cases whose restricted records the caller may see (null: all)
 */
public record SearchFilter(
    Set<String> caseIds,
    Set<String> childIds,
    Set<String> types,
    Set<String> teams,
    LocalDate from,
    LocalDate to,
    Set<String> visibleCaseIds,
    Set<String> restrictedCaseIds) {

  /** A filter that accepts every record. */
  public static final SearchFilter NONE =
      new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null);

  public SearchFilter {
    caseIds = caseIds == null ? Set.of() : Set.copyOf(caseIds);
    childIds = childIds == null ? Set.of() : Set.copyOf(childIds);
    types = types == null ? Set.of() : Set.copyOf(types);
    teams = teams == null ? Set.of() : Set.copyOf(teams);
    visibleCaseIds = visibleCaseIds == null ? null : Set.copyOf(visibleCaseIds);
    restrictedCaseIds = restrictedCaseIds == null ? null : Set.copyOf(restrictedCaseIds);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "from must not be after to, got from=" + from + " to=" + to);
    }
  }

  /** True when this filter accepts every record. */
  public boolean isEmpty() {
    return caseIds.isEmpty()
        && childIds.isEmpty()
        && types.isEmpty()
        && teams.isEmpty()
        && from == null
        && to == null
        && visibleCaseIds == null
        && restrictedCaseIds == null;
  }

  /** This filter with a date range in place of its own. */
  public SearchFilter withDates(LocalDate from, LocalDate to) {
    return new SearchFilter(
        caseIds, childIds, types, teams, from, to, visibleCaseIds, restrictedCaseIds);
  }

  /** Only the caller's permissions of this filter: what they may see, whatever they asked for. */
  public SearchFilter accessOnly() {
    return new SearchFilter(
        Set.of(), Set.of(), Set.of(), Set.of(), null, null, visibleCaseIds, restrictedCaseIds);
  }

  /** This filter with these cases in place of its own. */
  public SearchFilter withCases(Set<String> cases) {
    return new SearchFilter(
        cases, childIds, types, teams, from, to, visibleCaseIds, restrictedCaseIds);
  }

  /** Whether a record with these attributes passes the filter. */
  public boolean accepts(RecordMeta m) {
    if (!caseIds.isEmpty() && !caseIds.contains(m.caseId())) return false;
    if (!childIds.isEmpty() && !in(childIds, m.childId())) return false;
    if (!types.isEmpty() && !in(types, m.type())) return false;
    if (!teams.isEmpty() && !in(teams, m.team())) return false;
    if (from != null && (m.date() == null || m.date().isBefore(from))) return false;
    if (to != null && (m.date() == null || m.date().isAfter(to))) return false;
    if (visibleCaseIds != null && !visibleCaseIds.contains(m.caseId())) return false;
    if (m.restricted() && restrictedCaseIds != null && !restrictedCaseIds.contains(m.caseId())) {
      return false;
    }
    return true;
  }

  /**
   * A record without the attribute fails a filter on it (and immutable sets refuse null lookups).
   */
  private static boolean in(Set<String> values, String value) {
    return value != null && values.contains(value);
  }
}
