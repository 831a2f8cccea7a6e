package uk.casesearch.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Maps the lists of engine types into the API's response types. */
final class ApiLists {

  private ApiLists() {}

  /**
   * Each element mapped, in order; null for a null list, so that a field the engine leaves null is
   * null in the response too.
   */
  static <A, B> List<B> map(List<A> values, Function<? super A, ? extends B> f) {
    if (values == null) return null;
    List<B> out = new ArrayList<>(values.size());
    for (A v : values) out.add(v == null ? null : f.apply(v));
    return Collections.unmodifiableList(out);
  }
}
