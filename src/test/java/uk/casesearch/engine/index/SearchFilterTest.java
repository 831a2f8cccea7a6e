package uk.casesearch.engine.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchFilterTest {

  @Test
  void aRecordWithoutTheFilteredAttributeFailsTheFilterRatherThanFailingTheSearch() {
    RecordMeta bare = new RecordMeta("C1", null, null, null, null, false);
    assertFalse(
        new SearchFilter(null, Set.of("K1"), null, null, null, null, null, null).accepts(bare));
    assertFalse(
        new SearchFilter(null, null, Set.of("case_note"), null, null, null, null, null)
            .accepts(bare));
    assertFalse(
        new SearchFilter(null, null, null, Set.of("Team A"), null, null, null, null).accepts(bare));
    assertFalse(
        new SearchFilter(null, null, null, null, LocalDate.of(2024, 1, 1), null, null, null)
            .accepts(bare));
    assertTrue(SearchFilter.NONE.accepts(bare));
    assertTrue(
        new SearchFilter(Set.of("C1"), null, null, null, null, null, null, null).accepts(bare));
    RecordMeta full =
        new RecordMeta("C1", "K1", "case_note", "Team A", LocalDate.of(2024, 2, 1), false);
    assertTrue(
        new SearchFilter(
                Set.of("C1"),
                Set.of("K1"),
                Set.of("case_note"),
                Set.of("Team A"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                null,
                null)
            .accepts(full));
  }
}
