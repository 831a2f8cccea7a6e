package uk.casesearch.engine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import uk.casesearch.engine.embed.Embedder;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.Passage;
import uk.casesearch.engine.ingest.RecordIndexer;

/**
 * Answers a search: BM25 and dense retrieval run in parallel over passages with the filter applied
 * inside each, passages are grouped by record (a record ranks by its best passage), the two record
 * rankings are fused by weighted reciprocal rank, and the requested page is shown with each
 * record's best passage, highlighted.
 */
public final class HybridSearcher {

  /**
   * Search settings.
   *
   * @param rrfK the reciprocal-rank-fusion constant
   * @param bm25Weight the weight of the BM25 ranking in fusion
   * @param vectorWeight the weight of the dense ranking in fusion
   * @param candidates passages each retriever returns before grouping (at least 3 per result)
   * @param snippetChars the approximate length of a snippet
   * @param queryDates whether a date phrase in the query ("in 2024") becomes a date filter
   */
  public record Config(
      int rrfK, double bm25Weight, double vectorWeight, int candidates, int snippetChars, boolean queryDates) {
    public Config {
      if (bm25Weight < 0 || vectorWeight < 0 || bm25Weight + vectorWeight == 0) {
        throw new IllegalArgumentException(
            "weights must be >= 0 and not both 0, got bm25=" + bm25Weight + " vector=" + vectorWeight);
      }
      if (candidates < 10 || candidates > 10_000) {
        throw new IllegalArgumentException("candidates must be in [10, 10000], got: " + candidates);
      }
      if (snippetChars < 40) throw new IllegalArgumentException("snippetChars must be >= 40, got: " + snippetChars);
    }

    /** RRF k=60, equal weights, 200 candidate passages, 300-character snippets, query dates on. */
    public static Config defaults() {
      return new Config(60, 1.0, 1.0, 200, 300, true);
    }
  }

  private final TextIndex text;
  private final VectorIndex vectors;
  private final Embedder embedder;
  private final RecordIndexer indexer;
  private final RecordLookup records;
  private final Executor executor;
  private final Config config;
  private final RrfFuser fuser;

  /**
   * @param indexer splits a record into the same passages it was indexed as, for snippets
   * @param executor runs the BM25 retriever beside the dense one
   */
  public HybridSearcher(
      TextIndex text,
      VectorIndex vectors,
      Embedder embedder,
      RecordIndexer indexer,
      RecordLookup records,
      Executor executor,
      Config config) {
    this.text = text;
    this.vectors = vectors;
    this.embedder = embedder;
    this.indexer = indexer;
    this.records = records;
    this.executor = executor;
    this.config = config;
    this.fuser = new RrfFuser(config.rrfK());
  }

  /** Runs a search. */
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    String query = request.query().strip();
    SearchFilter filter = request.filter();
    SearchResult.Understood understood = null;
    if (config.queryDates() && filter.from() == null && filter.to() == null) {
      // A date range the caller set explicitly wins over one read from the words.
      QueryDates.Found dates = QueryDates.find(query);
      if (dates.any()) {
        query = dates.text();
        filter = filter.withDates(dates.from(), dates.to());
        understood = new SearchResult.Understood(query, dates.phrase(), dates.from(), dates.to());
      }
    }
    String lexicalQuery = query;
    SearchFilter lexicalFilter = filter;
    int depth = Math.max(config.candidates(), 3 * (request.offset() + request.limit()));
    boolean useText = request.mode() != SearchMode.VECTOR;
    boolean useVectors = request.mode() != SearchMode.BM25;

    CompletableFuture<List<PassageHit>> lexical =
        useText
            ? CompletableFuture.supplyAsync(() -> textSearch(lexicalQuery, depth, lexicalFilter), executor)
            : CompletableFuture.completedFuture(List.of());
    List<PassageHit> dense =
        useVectors ? vectors.search(embedder.embedQuery(query), depth, filter) : List.of();
    List<PassageHit> bm25;
    try {
      bm25 = lexical.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
      throw e;
    }

    Map<String, PassageHit> bm25Best = bestPerRecord(bm25);
    Map<String, PassageHit> denseBest = bestPerRecord(dense);
    List<RrfFuser.Fused> fused =
        fuser.fuse(
            List.of(new ArrayList<>(bm25Best.keySet()), new ArrayList<>(denseBest.keySet())),
            new double[] {useText ? config.bm25Weight() : 0, useVectors ? config.vectorWeight() : 0});

    int from = Math.min(request.offset(), fused.size());
    int to = Math.min(fused.size(), request.offset() + request.limit());
    List<RrfFuser.Fused> page = fused.subList(from, to);
    Map<String, CaseRecord> shown = records.findAll(page.stream().map(RrfFuser.Fused::id).toList());
    List<String> bm25Ids = new ArrayList<>(bm25Best.keySet());
    List<String> denseIds = new ArrayList<>(denseBest.keySet());
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (RrfFuser.Fused f : page) {
      CaseRecord r = shown.get(f.id());
      if (r == null) continue; // deleted since the search ran; the next refresh drops it
      PassageHit lex = bm25Best.get(f.id());
      PassageHit sem = denseBest.get(f.id());
      // Prefer the passage that matched the words: it is the one whose highlights explain the hit.
      int passage = lex != null ? lex.passage() : sem.passage();
      SearchHit.Explain explain =
          request.explain()
              ? new SearchHit.Explain(
                  lex == null ? null : bm25Ids.indexOf(f.id()) + 1,
                  lex == null ? null : lex.score(),
                  sem == null ? null : denseIds.indexOf(f.id()) + 1,
                  sem == null ? null : sem.score())
              : null;
      hits.add(
          new SearchHit(
              r.id(),
              r.caseId(),
              r.child() == null ? null : r.child().id(),
              r.type(),
              r.title(),
              r.date(),
              f.score(),
              passage,
              snippet(query, r, passage),
              explain));
    }
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(request.query().strip(), fused.size(), tookMs, hits, understood);
  }

  private List<PassageHit> textSearch(String query, int depth, SearchFilter filter) {
    try {
      return text.search(query, depth, filter);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first (best) passage of each record, in rank order. */
  private static Map<String, PassageHit> bestPerRecord(List<PassageHit> hits) {
    Map<String, PassageHit> best = new LinkedHashMap<>();
    for (PassageHit h : hits) best.putIfAbsent(h.recordId(), h);
    return best;
  }

  private String snippet(String query, CaseRecord r, int passageNumber) {
    List<Passage> passages = indexer.passages(r);
    Passage p = passageNumber < passages.size() ? passages.get(passageNumber) : passages.getFirst();
    String body = p.text().isEmpty() && r.title() != null ? r.title() : p.text();
    return text.highlight(query, body, config.snippetChars());
  }
}
