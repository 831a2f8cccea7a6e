package uk.casesearch.engine.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.PassageFields;

/**
 * Writes the Lucene queries {@link uk.casesearch.engine.index.text.QueryReader} builds, and the
 * filters of a {@link SearchFilter}, in OpenSearch's query language. The terms are already analysed
 * (stemmed, synonyms expanded) by the service, so the cluster is asked for exact terms and scores
 * them with the same BM25 over the same fields: both backends rank from one query.
 */
final class QueryDsl {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private QueryDsl() {}

  /** The query as OpenSearch's JSON. */
  static ObjectNode of(Query q) {
    return of(q, 1f);
  }

  private static ObjectNode of(Query q, float boost) {
    if (q instanceof BoostQuery b) return of(b.getQuery(), boost * b.getBoost());
    if (q instanceof TermQuery t) {
      ObjectNode v = JSON.objectNode().put("value", t.getTerm().text());
      boost(v, boost);
      return wrap("term", JSON.objectNode().set(t.getTerm().field(), v));
    }
    if (q instanceof BooleanQuery bq) return bool(bq, boost);
    if (q instanceof DisjunctionMaxQuery dm) {
      ObjectNode d = JSON.objectNode();
      ArrayNode qs = d.putArray("queries");
      for (Query c : dm.getDisjuncts()) qs.add(of(c));
      d.put("tie_breaker", dm.getTieBreakerMultiplier());
      boost(d, boost);
      return wrap("dis_max", d);
    }
    if (q instanceof SynonymQuery sq) {
      // A word and its one-word synonyms at one position: the best of them counts, as the
      // synonym query's blended statistics come closest to.
      ObjectNode d = JSON.objectNode();
      ArrayNode qs = d.putArray("queries");
      for (Term t : sq.getTerms()) qs.add(of(new TermQuery(t)));
      d.put("tie_breaker", 0f);
      boost(d, boost);
      return wrap("dis_max", d);
    }
    if (q instanceof PhraseQuery pq) return phrase(pq, boost);
    if (q instanceof PrefixQuery p) {
      ObjectNode v = JSON.objectNode().put("value", p.getPrefix().text());
      boost(v, boost);
      return wrap("prefix", JSON.objectNode().set(p.getField(), v));
    }
    if (q instanceof FuzzyQuery f) {
      ObjectNode v =
          JSON.objectNode()
              .put("value", f.getTerm().text())
              .put("fuzziness", f.getMaxEdits())
              .put("prefix_length", f.getPrefixLength())
              .put("transpositions", f.getTranspositions());
      boost(v, boost);
      return wrap("fuzzy", JSON.objectNode().set(f.getField(), v));
    }
    if (q instanceof WildcardQuery w) {
      ObjectNode v = JSON.objectNode().put("value", w.getTerm().text());
      boost(v, boost);
      return wrap("wildcard", JSON.objectNode().set(w.getField(), v));
    }
    if (q instanceof ConstantScoreQuery c) {
      ObjectNode v = JSON.objectNode();
      v.set("filter", of(c.getQuery()));
      boost(v, boost);
      return wrap("constant_score", v);
    }
    if (q instanceof MatchAllDocsQuery) {
      ObjectNode v = JSON.objectNode();
      boost(v, boost);
      return wrap("match_all", v);
    }
    if (q instanceof MatchNoDocsQuery) return wrap("match_none", JSON.objectNode());
    return anyOfTerms(q, boost);
  }

  private static ObjectNode bool(BooleanQuery bq, float boost) {
    ObjectNode b = JSON.objectNode();
    for (BooleanClause c : bq.clauses()) {
      String occur =
          switch (c.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
          };
      ArrayNode list = b.has(occur) ? (ArrayNode) b.get(occur) : b.putArray(occur);
      list.add(of(c.query()));
    }
    if (bq.getMinimumNumberShouldMatch() > 0)
      b.put("minimum_should_match", bq.getMinimumNumberShouldMatch());
    else if (b.has("should") && !b.has("must") && !b.has("filter"))
      b.put("minimum_should_match", 1); // Lucene's: a pure disjunction needs one clause
    boost(b, boost);
    return wrap("bool", b);
  }

  /**
   * A phrase of analysed terms: the terms are written with spaces and split again by the whitespace
   * analyzer, so the cluster matches them as they are; the positions stop words left empty widen
   * the slop.
   */
  private static ObjectNode phrase(PhraseQuery pq, float boost) {
    Term[] terms = pq.getTerms();
    if (terms.length == 0) return wrap("match_none", JSON.objectNode());
    int[] positions = pq.getPositions();
    int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
    StringBuilder words = new StringBuilder();
    for (Term t : terms) words.append(words.isEmpty() ? "" : " ").append(t.text());
    ObjectNode v =
        JSON.objectNode()
            .put("query", words.toString())
            .put("analyzer", "whitespace")
            .put("slop", pq.getSlop() + Math.max(0, gaps));
    boost(v, boost);
    return wrap("match_phrase", JSON.objectNode().set(terms[0].field(), v));
  }

  /** Any other query: the terms it holds, any of them matching. */
  private static ObjectNode anyOfTerms(Query q, float boost) {
    Set<Term> terms = new LinkedHashSet<>();
    q.visit(QueryVisitor.termCollector(terms));
    if (terms.isEmpty()) return wrap("match_none", JSON.objectNode());
    ObjectNode b = JSON.objectNode();
    ArrayNode should = b.putArray("should");
    for (Term t : terms) should.add(of(new TermQuery(t)));
    b.put("minimum_should_match", 1);
    boost(b, boost);
    return wrap("bool", b);
  }

  private static void boost(ObjectNode node, float boost) {
    if (boost != 1f) node.put("boost", boost);
  }

  static ObjectNode wrap(String kind, JsonNode body) {
    ObjectNode o = JSON.objectNode();
    o.set(kind, body);
    return o;
  }

  /** A terms query on a keyword field. */
  static ObjectNode terms(String field, Collection<String> values) {
    ArrayNode vs = JSON.arrayNode();
    values.stream().sorted().forEach(vs::add);
    return wrap("terms", JSON.objectNode().set(field, vs));
  }

  static ObjectNode term(String field, String value) {
    return wrap("term", JSON.objectNode().put(field, value));
  }

  /**
   * One filter clause per constraint of {@code f}, as the embedded index writes them: case, child,
   * type, team, dates (an undated record fails a date constraint), the cases the caller may see and
   * whose restricted records they may see.
   */
  static List<ObjectNode> filters(SearchFilter f) {
    List<ObjectNode> out = new ArrayList<>();
    if (!f.caseIds().isEmpty()) out.add(terms(PassageFields.CASE_ID, f.caseIds()));
    if (!f.childIds().isEmpty()) out.add(terms(PassageFields.CHILD_ID, f.childIds()));
    if (!f.types().isEmpty()) out.add(terms(PassageFields.TYPE, f.types()));
    if (!f.teams().isEmpty()) out.add(terms(PassageFields.TEAM, f.teams()));
    if (f.from() != null || f.to() != null) out.add(dateRange(f.from(), f.to()));
    AccessScope.Cases visible = f.access().visible();
    if (!visible.all()) {
      out.add(
          visible.isNone()
              ? wrap("match_none", JSON.objectNode())
              : terms(PassageFields.CASE_ID, visible.ids()));
    }
    AccessScope.Cases restricted = f.access().restricted();
    if (!restricted.all()) {
      ObjectNode b = JSON.objectNode();
      ArrayNode should = b.putArray("should");
      should.add(wrap("term", JSON.objectNode().put(PassageFields.RESTRICTED, false)));
      if (!restricted.isNone()) should.add(terms(PassageFields.CASE_ID, restricted.ids()));
      b.put("minimum_should_match", 1);
      out.add(wrap("bool", b));
    }
    return out;
  }

  static ObjectNode dateRange(java.time.LocalDate from, java.time.LocalDate to) {
    ObjectNode r = JSON.objectNode();
    if (from != null) r.put("gte", from.toEpochDay());
    if (to != null) r.put("lte", to.toEpochDay());
    if (from == null && to == null) r.put("gte", Integer.MIN_VALUE);
    return wrap("range", JSON.objectNode().set(PassageFields.DATE, r));
  }

  /** A bool query of filters only (match everything they pass). */
  static ObjectNode filtered(List<ObjectNode> filters) {
    if (filters.isEmpty()) return wrap("match_all", JSON.objectNode());
    ObjectNode b = JSON.objectNode();
    ArrayNode fs = b.putArray("filter");
    filters.forEach(fs::add);
    return wrap("bool", b);
  }
}
