package uk.casesearch.app.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.engine.Engine;
import uk.casesearch.app.operations.Metrics;
import uk.casesearch.app.security.Access;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.search.SearchHit;
import uk.casesearch.engine.search.SearchRequest;
import uk.casesearch.engine.search.SearchResult;
import uk.casesearch.engine.search.Suggester;

/**
 * A search as the API and the page both run it: the caller's permissions joined to the filters they
 * asked for (so both retrievers, the total, the facets and the snippets hold only what they may
 * see), timed, and audited before its results go out.
 */
@ApplicationScoped
public class AuditedSearch {

  private final Engine engine;
  private final Access access;
  private final AuditLog audit;
  private final Metrics metrics;

  public AuditedSearch(Engine engine, Access access, AuditLog audit, Metrics metrics) {
    this.engine = engine;
    this.access = access;
    this.audit = audit;
    this.metrics = metrics;
  }

  /** Whether the engine has loaded its indexes and model. */
  public boolean ready() {
    return engine.ready();
  }

  /**
   * Runs a search whose filter holds only what the caller asked for (no permission scope: that is
   * added here).
   */
  public SearchResult search(SearchRequest asked) {
    SearchFilter f = asked.filter();
    SearchRequest scoped =
        new SearchRequest(
            asked.query(),
            f.withAccess(access.scope()),
            asked.limit(),
            asked.offset(),
            asked.mode(),
            asked.explain(),
            asked.facets(),
            asked.reading());
    SearchResult result;
    long t0 = System.nanoTime();
    try {
      result = engine.searcher().search(scoped);
    } catch (IOException e) {
      throw new IllegalStateException("search failed: " + e.getMessage(), e);
    }
    metrics.searched(asked.mode(), System.nanoTime() - t0);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("q", asked.query());
    detail.put(
        "filters",
        Map.of(
            "case",
            sorted(f.caseIds()),
            "child",
            sorted(f.childIds()),
            "type",
            sorted(f.types()),
            "team",
            sorted(f.teams()),
            "from",
            String.valueOf(f.from()),
            "to",
            String.valueOf(f.to())));
    detail.put("mode", asked.mode().name().toLowerCase(Locale.ROOT));
    if (asked.asTyped()) detail.put("as_typed", true);
    else if (!asked.reading().containsAll(SearchRequest.Reading.all()))
      detail.put(
          "not_read",
          SearchRequest.Reading.all().stream()
              .filter(r -> !asked.reads(r))
              .map(r -> r.name().toLowerCase(Locale.ROOT))
              .toList());
    detail.put("limit", asked.limit());
    detail.put("offset", asked.offset());
    detail.put("total", result.total());
    detail.put("ids", result.hits().stream().map(SearchHit::id).toList());
    Set<String> touched = new TreeSet<>();
    result.hits().forEach(h -> touched.add(h.caseId()));
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "search",
            f.caseIds().size() == 1 ? f.caseIds().iterator().next() : null,
            null,
            detail,
            touched));
    return result;
  }

  /**
   * Completions of what the caller is typing, among what the records they may see hold (in these
   * cases, when any are given). Audited with what was offered: names are personal data.
   */
  public List<Suggester.Suggestion> suggest(String typed, Set<String> cases, int max) {
    SearchFilter f = SearchFilter.NONE.withCases(cases).withAccess(access.scope());
    List<Suggester.Suggestion> out;
    try {
      out = engine.searcher().suggest(typed, f, max);
    } catch (IOException e) {
      throw new IllegalStateException("suggest failed: " + e.getMessage(), e);
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("q", typed);
    detail.put("case", sorted(cases));
    detail.put("offered", out.stream().map(Suggester.Suggestion::text).toList());
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "suggest",
            cases.size() == 1 ? cases.iterator().next() : null,
            null,
            detail,
            Set.of()));
    return out;
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
