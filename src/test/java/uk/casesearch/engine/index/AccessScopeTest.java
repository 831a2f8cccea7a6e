package uk.casesearch.engine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.index.AccessScope.Cases;

class AccessScopeTest {

  @Test
  void allAcceptsEveryRecordOfEveryCase() {
    assertTrue(AccessScope.ALL.isAll());
    assertEquals(AccessScope.ALL, AccessScope.all());
    for (String c : Set.of("C1", "C2", "anything")) {
      assertTrue(AccessScope.ALL.accepts(c, false), c);
      assertTrue(AccessScope.ALL.accepts(c, true), c);
    }
  }

  @Test
  void noneAcceptsNoRecord() {
    assertFalse(AccessScope.NONE.isAll());
    assertEquals(AccessScope.NONE, AccessScope.cases(Set.of(), Set.of()));
    assertFalse(AccessScope.NONE.accepts("C1", false));
    assertFalse(AccessScope.NONE.accepts("C1", true));
  }

  @Test
  void anEmptySetOfCasesIsNoCaseAndNeverEveryCase() {
    assertTrue(Cases.NONE.isNone());
    assertTrue(Cases.of(Set.of()).isNone());
    assertFalse(Cases.of(Set.of()).all());
    assertFalse(Cases.of(Set.of()).contains("C1"));
    assertTrue(Cases.ALL.all());
    assertFalse(Cases.ALL.isNone());
    assertTrue(Cases.ALL.contains("C1"));
    assertTrue(Cases.ALL.ids().isEmpty());
  }

  @Test
  void casesOnlyAcceptsTheirUnrestrictedRecords() {
    AccessScope s = AccessScope.cases(Set.of("C1", "C2"), Set.of());
    assertFalse(s.isAll());
    assertTrue(s.accepts("C1", false));
    assertTrue(s.accepts("C2", false));
    assertFalse(s.accepts("C3", false), "a case not visible");
    assertFalse(s.accepts("C1", true), "no restricted grant");
  }

  @Test
  void aRestrictedRecordNeedsARestrictedGrantOnAVisibleCase() {
    AccessScope s = AccessScope.cases(Set.of("C1", "C2"), Set.of("C2", "C3"));
    assertFalse(s.accepts("C1", true), "visible, but no restricted grant");
    assertTrue(s.accepts("C2", true), "visible with a restricted grant");
    assertFalse(s.accepts("C3", true), "a restricted grant does not widen what is visible");
    assertFalse(s.accepts("C3", false));
  }

  @Test
  void everyCaseWithRestrictedRecordsOfSome() {
    AccessScope s = new AccessScope(Cases.ALL, Cases.of(Set.of("C2")));
    assertFalse(s.isAll());
    assertTrue(s.accepts("C1", false));
    assertTrue(s.accepts("C9", false));
    assertFalse(s.accepts("C1", true));
    assertTrue(s.accepts("C2", true));
  }

  @Test
  void everyCaseWithNoRestrictedRecord() {
    AccessScope s = new AccessScope(Cases.ALL, Cases.NONE);
    assertTrue(s.accepts("C1", false));
    assertFalse(s.accepts("C1", true));
  }

  @Test
  void someCasesWithEveryRestrictedRecordOfThem() {
    AccessScope s = new AccessScope(Cases.of(Set.of("C1")), Cases.ALL);
    assertTrue(s.accepts("C1", false));
    assertTrue(s.accepts("C1", true));
    assertFalse(s.accepts("C2", false));
    assertFalse(s.accepts("C2", true), "every restricted record, but only of visible cases");
  }

  @Test
  void theSetsAreCopiedAndNeverNull() {
    Set<String> visible = new HashSet<>(Set.of("C1"));
    AccessScope s = AccessScope.cases(visible, Set.of());
    visible.add("C2");
    assertFalse(s.accepts("C2", false), "a later change to the caller's set is not seen");
    assertThrows(UnsupportedOperationException.class, () -> s.visible().ids().add("C3"));
    assertThrows(NullPointerException.class, () -> AccessScope.cases(null, Set.of()));
    assertThrows(NullPointerException.class, () -> new AccessScope(null, Cases.ALL));
    assertThrows(NullPointerException.class, () -> new Cases(false, null));
    assertThrows(IllegalArgumentException.class, () -> new Cases(true, Set.of("C1")));
  }
}
