package uk.casesearch.engine.index.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.SearchFilter;

/**
 * A {@link SearchFilter} as Lucene queries over the fields {@link PassageSchema} writes. Each
 * constraint becomes a FILTER clause, so it restricts what matches without changing any score, and
 * is applied inside the search rather than to its results, so that top-k is full for what passes. A
 * passage passes exactly when {@link SearchFilter#accepts} accepts its record.
 */
final class FilterQueries {

  private FilterQueries() {}

  /** One clause per constraint of {@code f}, to be added as FILTER clauses; none for no filter. */
  static List<Query> clauses(SearchFilter f) {
    List<Query> out = new ArrayList<>();
    if (!f.caseIds().isEmpty()) {
      out.add(termSet(PassageFields.CASE_ID, f.caseIds()));
    }
    if (!f.childIds().isEmpty()) {
      out.add(termSet(PassageFields.CHILD_ID, f.childIds()));
    }
    if (!f.types().isEmpty()) {
      out.add(termSet(PassageFields.TYPE, f.types()));
    }
    if (!f.teams().isEmpty()) {
      out.add(termSet(PassageFields.TEAM, f.teams()));
    }
    if (f.from() != null || f.to() != null) {
      out.add(dateRange(f.from(), f.to()));
    }
    AccessScope.Cases visible = f.access().visible();
    if (!visible.all()) {
      out.add(
          visible.isNone()
              ? new MatchNoDocsQuery("no visible cases")
              : termSet(PassageFields.CASE_ID, visible.ids()));
    }
    AccessScope.Cases restricted = f.access().restricted();
    if (!restricted.all()) {
      // Unrestricted records pass; restricted ones only for cases the caller holds a grant for.
      BooleanQuery.Builder r = new BooleanQuery.Builder();
      r.add(new TermQuery(new Term(PassageFields.RESTRICTED, "false")), BooleanClause.Occur.SHOULD);
      if (!restricted.isNone()) {
        r.add(termSet(PassageFields.CASE_ID, restricted.ids()), BooleanClause.Occur.SHOULD);
      }
      out.add(r.build());
    }
    return out;
  }

  /** {@code q} with each of {@link #clauses} of {@code f} added as a FILTER clause. */
  static BooleanQuery.Builder addTo(BooleanQuery.Builder q, SearchFilter f) {
    for (Query c : clauses(f)) q.add(c, BooleanClause.Occur.FILTER);
    return q;
  }

  /**
   * Records dated within [from, to], both inclusive, null open. An undated record has no point and
   * so fails any date constraint, as SearchFilter.accepts says.
   */
  static Query dateRange(LocalDate from, LocalDate to) {
    int lo = from == null ? Integer.MIN_VALUE : PassageSchema.day(from);
    int hi = to == null ? Integer.MAX_VALUE : PassageSchema.day(to);
    return IntPoint.newRangeQuery(PassageFields.DATE, lo, hi);
  }

  /** Passages whose {@code field} holds any of {@code values}, each one whole term. */
  static Query termSet(String field, Collection<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }
}
