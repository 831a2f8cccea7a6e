package uk.casesearch.engine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchFilterTest {

  private static final RecordMeta OPEN =
      new RecordMeta("C1", "K1", "case_note", "Team A", LocalDate.of(2024, 2, 1), false);
  private static final RecordMeta RESTRICTED =
      new RecordMeta("C1", "K1", "court_report", "Team A", LocalDate.of(2024, 2, 1), true);

  @Test
  void aRecordWithoutTheFilteredAttributeFailsTheFilterRatherThanFailingTheSearch() {
    RecordMeta bare = new RecordMeta("C1", null, null, null, null, false);
    assertFalse(
        new SearchFilter(null, Set.of("K1"), null, null, null, null, AccessScope.ALL)
            .accepts(bare));
    assertFalse(
        new SearchFilter(null, null, Set.of("case_note"), null, null, null, AccessScope.ALL)
            .accepts(bare));
    assertFalse(
        new SearchFilter(null, null, null, Set.of("Team A"), null, null, AccessScope.ALL)
            .accepts(bare));
    assertFalse(
        new SearchFilter(null, null, null, null, LocalDate.of(2024, 1, 1), null, AccessScope.ALL)
            .accepts(bare));
    assertTrue(SearchFilter.NONE.accepts(bare));
    assertTrue(SearchFilter.NONE.withCases(Set.of("C1")).accepts(bare));
    assertTrue(
        new SearchFilter(
                Set.of("C1"),
                Set.of("K1"),
                Set.of("case_note"),
                Set.of("Team A"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                AccessScope.ALL)
            .accepts(OPEN));
  }

  @Test
  void emptyUserCriteriaConstrainNothingButAnEmptyScopeShowsNothing() {
    SearchFilter emptySets =
        new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, AccessScope.ALL);
    assertTrue(emptySets.isEmpty());
    assertTrue(emptySets.accepts(OPEN));
    assertTrue(emptySets.accepts(RESTRICTED));

    SearchFilter nothing = SearchFilter.NONE.withAccess(AccessScope.NONE);
    assertFalse(nothing.isEmpty());
    assertFalse(nothing.accepts(OPEN));
    assertFalse(nothing.accepts(RESTRICTED));

    SearchFilter noRestricted =
        SearchFilter.NONE.withAccess(
            new AccessScope(AccessScope.Cases.ALL, AccessScope.Cases.NONE));
    assertFalse(noRestricted.isEmpty());
    assertTrue(noRestricted.accepts(OPEN));
    assertFalse(noRestricted.accepts(RESTRICTED));
  }

  @Test
  void noneAcceptsEveryRecordAndHasTheAllScope() {
    assertEquals(AccessScope.ALL, SearchFilter.NONE.access());
    assertTrue(SearchFilter.NONE.isEmpty());
    assertTrue(SearchFilter.NONE.accepts(OPEN));
    assertTrue(SearchFilter.NONE.accepts(RESTRICTED));
  }

  @Test
  void theUserCriteriaAndTheScopeMustBothAccept() {
    SearchFilter mine =
        SearchFilter.NONE
            .withCases(Set.of("C1"))
            .withAccess(AccessScope.cases(Set.of("C1"), Set.of()));
    assertTrue(mine.accepts(OPEN));
    assertFalse(mine.accepts(RESTRICTED), "asked for, but no restricted grant");
    assertTrue(mine.withAccess(AccessScope.ALL).accepts(RESTRICTED));
    SearchFilter elsewhere = mine.withAccess(AccessScope.cases(Set.of("C2"), Set.of("C2")));
    assertFalse(elsewhere.accepts(OPEN), "asked for C1, but only C2 is visible");
    SearchFilter letters =
        new SearchFilter(null, null, Set.of("letter"), null, null, null, AccessScope.ALL);
    assertFalse(letters.accepts(OPEN), "visible, but not asked for");
  }

  @Test
  void accessOnlyKeepsTheScopeAndDropsTheUserCriteria() {
    AccessScope scope = AccessScope.cases(Set.of("C1", "C2"), Set.of("C2"));
    SearchFilter asked =
        new SearchFilter(
            Set.of("C1"),
            Set.of("K1"),
            Set.of("case_note"),
            Set.of("Team A"),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            scope);
    SearchFilter only = asked.accessOnly();
    assertEquals(SearchFilter.NONE.withAccess(scope), only);
    assertEquals(scope, only.access());
    assertTrue(only.caseIds().isEmpty() && only.types().isEmpty() && only.from() == null);
    assertEquals(SearchFilter.NONE, SearchFilter.NONE.accessOnly());
  }

  @Test
  void withDatesAndWithCasesKeepTheScope() {
    AccessScope scope = AccessScope.cases(Set.of("C1"), Set.of());
    SearchFilter f = SearchFilter.NONE.withAccess(scope);
    SearchFilter dated = f.withDates(LocalDate.of(2024, 1, 1), null);
    assertEquals(scope, dated.access());
    assertEquals(LocalDate.of(2024, 1, 1), dated.from());
    SearchFilter cased = f.withCases(Set.of("C9"));
    assertEquals(scope, cased.access());
    assertEquals(Set.of("C9"), cased.caseIds());
  }

  @Test
  void aFilterNeedsAnExplicitScope() {
    assertThrows(
        NullPointerException.class,
        () -> new SearchFilter(null, null, null, null, null, null, null));
  }
}
