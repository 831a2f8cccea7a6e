package uk.casesearch.engine.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many of a search's records have one value of a facet.
 *
 * @param value the value (a record type, a team, a year, a case id or a child id)
 * @param count records found with it
 */
public record FacetCount(String value, int count) {

  /** Most often first, then by value. */
  static final Comparator<FacetCount> ORDER =
      Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value);

  /**
   * The counts of each facet asked for over exactly these records: a record without a value for a
   * facet is not counted in it.
   */
  static Map<Facet, List<FacetCount>> over(
      Set<Facet> facets, Collection<RecordLookup.Facts> records) {
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : facets) {
      Map<String, Integer> counts = new HashMap<>();
      for (RecordLookup.Facts r : records) {
        String v = f.valueOf(r);
        if (v != null && !v.isBlank()) counts.merge(v, 1, Integer::sum);
      }
      List<FacetCount> list = new ArrayList<>(counts.size());
      counts.forEach((v, c) -> list.add(new FacetCount(v, c)));
      list.sort(ORDER);
      out.put(f, List.copyOf(list));
    }
    return out;
  }
}
