package uk.casesearch.engine.index;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which records the caller may see, whatever they asked for. It is the caller's permissions, kept
 * apart from the user's filters in {@link SearchFilter} so that "every case" is always said as
 * {@link Cases#ALL} and an empty set always means "no case".
 *
 * <p>A record is visible when its case is in {@code visible}; a restricted record must also have
 * its case in {@code restricted}. The two are checked independently, so a caller may see every case
 * but the restricted records of only a few, or the restricted records of every case they see but
 * only some cases.
 *
 * @param visible cases whose records the caller may see
 * @param restricted cases whose restricted records the caller may see, among those in {@code
 *     visible}
 */
public record AccessScope(Cases visible, Cases restricted) {

  /** Every record of every case, restricted or not. */
  public static final AccessScope ALL = new AccessScope(Cases.ALL, Cases.ALL);

  /** No record at all. */
  public static final AccessScope NONE = new AccessScope(Cases.NONE, Cases.NONE);

  public AccessScope {
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(restricted, "restricted");
  }

  /** Every record of every case, restricted or not: {@link #ALL}. */
  public static AccessScope all() {
    return ALL;
  }

  /**
   * The records of the cases in {@code visible}, and the restricted ones only of the cases also in
   * {@code restrictedVisible}. Empty sets mean no case.
   */
  public static AccessScope cases(
      Collection<String> visible, Collection<String> restrictedVisible) {
    return new AccessScope(Cases.of(visible), Cases.of(restrictedVisible));
  }

  /** True when this scope lets every record through. */
  public boolean isAll() {
    return visible.all() && restricted.all();
  }

  /** Whether a record of this case, restricted or not, is visible. */
  public boolean accepts(String caseId, boolean restricted) {
    if (!visible.contains(caseId)) return false;
    return !restricted || this.restricted.contains(caseId);
  }

  /**
   * A set of cases that is either every case or exactly the cases in {@code ids}.
   *
   * @param all every case, whatever its id; {@code ids} is then empty
   * @param ids the cases, when not {@code all}; empty means no case
   */
  public record Cases(boolean all, Set<String> ids) {

    /** Every case. */
    public static final Cases ALL = new Cases(true, Set.of());

    /** No case. */
    public static final Cases NONE = new Cases(false, Set.of());

    public Cases {
      ids = Set.copyOf(Objects.requireNonNull(ids, "ids"));
      if (all && !ids.isEmpty()) {
        throw new IllegalArgumentException("every case is not also a list of cases, got " + ids);
      }
    }

    /** Exactly these cases (none for an empty collection). */
    public static Cases of(Collection<String> ids) {
      return new Cases(false, Set.copyOf(Objects.requireNonNull(ids, "ids")));
    }

    /** Whether this case is among these. */
    public boolean contains(String caseId) {
      return all || (caseId != null && ids.contains(caseId));
    }

    /** True when no case is among these. */
    public boolean isNone() {
      return !all && ids.isEmpty();
    }
  }
}
