package uk.casesearch.engine.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which records a search may return: what the user asked for, narrowed to what the caller may see.
 * Every retriever applies it inside its own search (a Lucene filter clause, a JVector
 * accept-ordinals filter), never to the results afterwards, so that top-k is full for what passes.
 *
 * <p>The user's criteria are sets in which empty means "no constraint" and dates in which null
 * means "open". The caller's permissions are one {@link AccessScope}, which says "every case"
 * explicitly, so that an empty set in it means "no case".
 *
 * @param caseIds only these cases
 * @param childIds only these children
 * @param types only these record types
 * @param teams only these teams
 * @param from records dated on or after this day (inclusive; null for open)
 * @param to records dated on or before this day (inclusive; null for open)
 * @param access the records the caller may see
 */
public record SearchFilter(
    Set<String> caseIds,
    Set<String> childIds,
    Set<String> types,
    Set<String> teams,
    LocalDate from,
    LocalDate to,
    AccessScope access) {

  /** A filter that accepts every record. */
  public static final SearchFilter NONE =
      new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, AccessScope.ALL);

  public SearchFilter {
    caseIds = caseIds == null ? Set.of() : Set.copyOf(caseIds);
    childIds = childIds == null ? Set.of() : Set.copyOf(childIds);
    types = types == null ? Set.of() : Set.copyOf(types);
    teams = teams == null ? Set.of() : Set.copyOf(teams);
    Objects.requireNonNull(access, "access (AccessScope.ALL for every record)");
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
        && access.isAll();
  }

  /** This filter with a date range in place of its own. */
  public SearchFilter withDates(LocalDate from, LocalDate to) {
    return new SearchFilter(caseIds, childIds, types, teams, from, to, access);
  }

  /** Only the caller's permissions of this filter: what they may see, whatever they asked for. */
  public SearchFilter accessOnly() {
    return NONE.withAccess(access);
  }

  /** This filter with these cases in place of its own. */
  public SearchFilter withCases(Set<String> cases) {
    return new SearchFilter(cases, childIds, types, teams, from, to, access);
  }

  /**
   * This filter with this scope in place of its own: the same user criteria, narrowed to what the
   * scope lets the caller see.
   */
  public SearchFilter withAccess(AccessScope access) {
    return new SearchFilter(caseIds, childIds, types, teams, from, to, access);
  }

  /** Whether a record with these attributes passes the filter. */
  public boolean accepts(RecordMeta m) {
    if (!caseIds.isEmpty() && !caseIds.contains(m.caseId())) return false;
    if (!childIds.isEmpty() && !in(childIds, m.childId())) return false;
    if (!types.isEmpty() && !in(types, m.type())) return false;
    if (!teams.isEmpty() && !in(teams, m.team())) return false;
    if (from != null && (m.date() == null || m.date().isBefore(from))) return false;
    if (to != null && (m.date() == null || m.date().isAfter(to))) return false;
    return access.accepts(m.caseId(), m.restricted());
  }

  /**
   * A record without the attribute fails a filter on it (and immutable sets refuse null lookups).
   */
  private static boolean in(Set<String> values, String value) {
    return value != null && values.contains(value);
  }
}
