package uk.casesearch.engine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import uk.casesearch.engine.embed.Embedder;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.Passage;
import uk.casesearch.engine.ingest.RecordIndexer;
import uk.casesearch.engine.util.Vectors;

/**
 * Answers a search. The query is read first: a date phrase becomes a date filter, a social-care
 * concept it names (or is clearly closest to) expands it with how records describe that concept,
 * and a record type it names is noted. BM25 and dense retrieval then run in parallel over passages
 * with the filter applied inside each, passages are grouped by record (a record ranks by its best
 * passage), the two record rankings are fused (min-max normalised scores or reciprocal rank),
 * records of a named type are lifted, and the requested page is shown with each record's best
 * passage, highlighted.
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
   * @param conceptWeight how much of a named concept's description is blended into the query vector
   *     (0: none; 1: as much as the query itself)
   * @param conceptTextWeight the weight of a named concept's description in BM25, as a whole,
   *     relative to the query as a whole (0: not searched)
   * @param typeBoost the fusion weight of an extra ranking that holds only the records of a type
   *     the query names ("safety plan"), relative to the retrievers' weights (0: off)
   * @param conceptSimilarity when no concept name appears in the query, the cosine similarity
   *     between the query and a concept's closest name at which the concept counts as meant
   *     ("undernourished toddler": failure to thrive); model-dependent, above 1 turns this off
   * @param conceptMargin how far that similarity must exceed the next concept's, so that a query
   *     between two concepts is not expanded with either
   * @param conceptAffinity the median similarity between concept descriptions and their closest
   *     passages at which the lexicon counts as fitting the corpus (0: always); model-dependent
   * @param fusion how the two retrievers' record rankings are combined
   * @param feedbackPassages dense pseudo-relevance feedback: the best passages of a first dense
   *     search whose mean moves the query vector for a second one (0: off)
   * @param feedbackWeight the weight of that mean against the query
   * @param vectorWeightWithoutLexicon the dense ranking's weight instead of {@code vectorWeight}
   *     when the concept lexicon does not fit the corpus: BM25 then runs without the concept
   *     expansions that make it strong on case records, and plain BM25 trails the dense ranking
   */
  public record Config(
      int rrfK,
      double bm25Weight,
      double vectorWeight,
      int candidates,
      int snippetChars,
      boolean queryDates,
      double conceptWeight,
      double conceptTextWeight,
      double typeBoost,
      double conceptSimilarity,
      double conceptMargin,
      double conceptAffinity,
      Fusion fusion,
      int feedbackPassages,
      double feedbackWeight,
      double vectorWeightWithoutLexicon) {
    public Config {
      if (bm25Weight < 0 || vectorWeight < 0 || bm25Weight + vectorWeight == 0) {
        throw new IllegalArgumentException(
            "weights must be >= 0 and not both 0, got bm25="
                + bm25Weight
                + " vector="
                + vectorWeight);
      }
      if (candidates < 10 || candidates > 10_000) {
        throw new IllegalArgumentException("candidates must be in [10, 10000], got: " + candidates);
      }
      if (snippetChars < 40)
        throw new IllegalArgumentException("snippetChars must be >= 40, got: " + snippetChars);
      if (!(conceptWeight >= 0 && conceptWeight <= 10)) {
        throw new IllegalArgumentException(
            "conceptWeight must be in [0, 10], got: " + conceptWeight);
      }
      if (!(conceptTextWeight >= 0 && conceptTextWeight <= 10)) {
        throw new IllegalArgumentException(
            "conceptTextWeight must be in [0, 10], got: " + conceptTextWeight);
      }
      if (!(typeBoost >= 0 && typeBoost <= 10)) {
        throw new IllegalArgumentException("typeBoost must be in [0, 10], got: " + typeBoost);
      }
      if (!(conceptSimilarity >= 0 && conceptSimilarity <= 2)) {
        throw new IllegalArgumentException(
            "conceptSimilarity must be in [0, 2], got: " + conceptSimilarity);
      }
      if (!(conceptMargin >= 0 && conceptMargin <= 1)) {
        throw new IllegalArgumentException(
            "conceptMargin must be in [0, 1], got: " + conceptMargin);
      }
      if (!(conceptAffinity >= 0 && conceptAffinity <= 1)) {
        throw new IllegalArgumentException(
            "conceptAffinity must be in [0, 1], got: " + conceptAffinity);
      }
      Objects.requireNonNull(fusion, "fusion");
      if (feedbackPassages < 0 || feedbackPassages > 100) {
        throw new IllegalArgumentException(
            "feedbackPassages must be in [0, 100], got: " + feedbackPassages);
      }
      if (!(feedbackWeight >= 0 && feedbackWeight <= 10)) {
        throw new IllegalArgumentException(
            "feedbackWeight must be in [0, 10], got: " + feedbackWeight);
      }
      if (!(vectorWeightWithoutLexicon >= 0 && vectorWeightWithoutLexicon <= 10)
          || bm25Weight + vectorWeightWithoutLexicon == 0) {
        throw new IllegalArgumentException(
            "vectorWeightWithoutLexicon must be in [0, 10] and not 0 with bm25Weight 0, got: "
                + vectorWeightWithoutLexicon);
      }
    }

    /**
     * Min-max fusion with equal weights (RRF k=60 when chosen), 100 candidate passages per
     * retriever (200 gained 0.001-0.002 on a first page of dev and SciFact and served 12-16% fewer
     * searches at a million), 300-character snippets, query dates on, concept expansion and
     * record-type boost at the weights measured in docs/quality.md, no dense feedback (it gained
     * 0.006 on SciFact and nothing on dev, for a second dense search per query), and the dense
     * ranking weighted 1.5 where the lexicon does not fit (SciFact +0.011; on dev, where it fits,
     * 1.5 would cost 0.009).
     */
    public static Config defaults() {
      return new Config(
          60,
          1.0,
          1.0,
          100,
          300,
          true,
          2.0,
          4.0,
          1.0,
          0.74,
          0.05,
          0.83,
          Fusion.MINMAX,
          0,
          0.5,
          1.5);
    }
  }

  /** How retrievers' rankings are combined. */
  public enum Fusion {
    /** Weighted reciprocal rank fusion. */
    RRF,
    /** Weighted sum of min-max normalised scores. */
    MINMAX
  }

  private final TextIndex text;
  private final VectorIndex vectors;
  private final Embedder embedder;
  private final RecordIndexer indexer;
  private final RecordLookup records;
  private final Executor executor;
  private final Config config;
  private final ConceptLexicon lexicon;
  private final ConceptMatcher conceptMatcher;
  private final RrfFuser fuser;

  /**
   * @param indexer splits a record into the same passages it was indexed as, for snippets
   * @param executor runs the BM25 retriever beside the dense one
   * @param lexicon the concepts and record-type names queries are read for
   */
  public HybridSearcher(
      TextIndex text,
      VectorIndex vectors,
      Embedder embedder,
      RecordIndexer indexer,
      RecordLookup records,
      Executor executor,
      Config config,
      ConceptLexicon lexicon) {
    this.text = text;
    this.vectors = vectors;
    this.embedder = embedder;
    this.indexer = indexer;
    this.records = records;
    this.executor = executor;
    this.config = config;
    this.lexicon = lexicon;
    this.conceptMatcher =
        new ConceptMatcher(
            lexicon,
            embedder,
            vectors,
            config.conceptSimilarity(),
            config.conceptMargin(),
            config.conceptAffinity());
    this.fuser = new RrfFuser(config.rrfK());
  }

  /** Runs a search. */
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    String query = request.query().strip();
    SearchFilter filter = request.filter();
    QueryDates.Found dates = null;
    if (!request.asTyped() && config.queryDates() && filter.from() == null && filter.to() == null) {
      // A date range the caller set explicitly wins over one read from the words.
      dates = QueryDates.find(query);
      // A date no record is dated within is part of what the query says ("sepsis fell from 2009 to
      // 2014" over undated abstracts, or records dated from 2015), not a filter that would leave
      // nothing: its words stay in the query.
      if (dates.any() && text.anyDated(dates.from(), dates.to())) {
        query = dates.text();
        filter = filter.withDates(dates.from(), dates.to());
      } else {
        dates = null;
      }
    }
    boolean useText = request.mode() != SearchMode.VECTOR;
    boolean useVectors = request.mode() != SearchMode.BM25;
    float[] queryVector =
        useVectors || conceptMatcher.bySimilarity() ? embedder.embedQuery(query) : null;
    List<ConceptLexicon.Concept> concepts =
        request.asTyped() ? List.of() : conceptMatcher.find(query, queryVector);
    List<String> namedTypes =
        !request.asTyped() && config.typeBoost() > 0 ? lexicon.recordTypesIn(query) : List.of();
    SearchResult.Understood understood =
        new SearchResult.Understood(
            query,
            dates == null ? null : dates.phrase(),
            dates == null ? null : dates.from(),
            dates == null ? null : dates.to(),
            concepts.stream().map(ConceptLexicon.Concept::id).toList(),
            namedTypes);

    String lexicalQuery = useText ? query : null;
    SearchFilter lexicalFilter = filter;
    List<TextIndex.Expansion> expansions =
        config.conceptTextWeight() > 0
            ? concepts.stream()
                .map(
                    c -> new TextIndex.Expansion(c.looksLike(), (float) config.conceptTextWeight()))
                .toList()
            : List.of();
    float[] denseQuery = useVectors ? blend(queryVector, concepts) : null;
    // Every page within the candidates comes from the same search, so paging through them neither
    // repeats nor skips a record. A page past them searches again, deeper.
    int reach = request.offset() + request.limit();
    Retrieved got =
        retrieve(config.candidates(), lexicalQuery, expansions, lexicalFilter, denseQuery, filter);
    if (got.fused().size() < reach && got.truncated()) {
      got =
          retrieve(
              Math.max(config.candidates(), 3 * reach),
              lexicalQuery,
              expansions,
              lexicalFilter,
              denseQuery,
              filter);
    }
    Map<String, PassageHit> bm25Best = got.bm25Best();
    Map<String, PassageHit> denseBest = got.denseBest();
    List<RrfFuser.Fused> fused = got.fused();
    if (!namedTypes.isEmpty()) fused = boostTypes(fused, namedTypes);
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
              r.child() == null ? null : r.child().name(),
              r.type(),
              r.title(),
              r.date(),
              r.author(),
              f.score(),
              passage,
              snippet(query, r, passage),
              explain));
    }
    // Facets count exactly the records the total counts: those both retrievers found within the
    // caller's filter, so a record the caller may not see is never among them.
    Map<Facet, List<FacetCount>> facets =
        request.facets().isEmpty()
            ? Map.of()
            : FacetCount.over(
                request.facets(),
                records.facts(fused.stream().map(RrfFuser.Fused::id).toList()).values());
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(
        request.query().strip(), fused.size(), tookMs, hits, understood, facets);
  }

  /**
   * Both retrievers' best passage of each record and the fused ranking of records.
   *
   * @param truncated whether a retriever returned as many passages as it was asked for, so that a
   *     deeper search could find more records
   */
  private record Retrieved(
      Map<String, PassageHit> bm25Best,
      Map<String, PassageHit> denseBest,
      List<RrfFuser.Fused> fused,
      boolean truncated) {}

  /**
   * Asks each retriever for {@code depth} passages (BM25 on the search threads while the dense
   * search runs here) and fuses their records. A null {@code denseQuery} or {@code lexicalQuery}
   * leaves that retriever out.
   */
  private Retrieved retrieve(
      int depth,
      String lexicalQuery,
      List<TextIndex.Expansion> expansions,
      SearchFilter lexicalFilter,
      float[] denseQuery,
      SearchFilter filter)
      throws IOException {
    CompletableFuture<List<PassageHit>> lexical =
        lexicalQuery != null
            ? CompletableFuture.supplyAsync(
                () -> textSearch(lexicalQuery, expansions, depth, lexicalFilter), executor)
            : CompletableFuture.completedFuture(List.of());
    List<PassageHit> dense = List.of();
    if (denseQuery != null) {
      dense = vectors.search(denseQuery, depth, filter);
      if (config.feedbackPassages() > 0 && !dense.isEmpty())
        dense = vectors.search(feedback(denseQuery, dense), depth, filter);
    }
    List<PassageHit> bm25;
    try {
      bm25 = lexical.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
      throw e;
    }

    Map<String, PassageHit> bm25Best = bestPerRecord(bm25);
    Map<String, PassageHit> denseBest = bestPerRecord(dense);
    double vectorWeight =
        conceptMatcher.lexiconFits() ? config.vectorWeight() : config.vectorWeightWithoutLexicon();
    double[] weights = {
      lexicalQuery != null ? config.bm25Weight() : 0, denseQuery != null ? vectorWeight : 0
    };
    List<RrfFuser.Fused> fused =
        config.fusion() == Fusion.RRF
            ? fuser.fuse(
                List.of(new ArrayList<>(bm25Best.keySet()), new ArrayList<>(denseBest.keySet())),
                weights)
            : RrfFuser.fuseScores(List.of(scores(bm25Best), scores(denseBest)), weights);
    return new Retrieved(bm25Best, denseBest, fused, bm25.size() >= depth || dense.size() >= depth);
  }

  /**
   * The records of the named types ranked again as a third list in fusion, in their fused order:
   * they rise by about {@code typeBoost} times what a first place in one retriever is worth, and
   * keep their order among themselves.
   */
  private List<RrfFuser.Fused> boostTypes(List<RrfFuser.Fused> fused, List<String> types) {
    List<String> all = new ArrayList<>(fused.size());
    List<String> ofType = new ArrayList<>();
    for (RrfFuser.Fused f : fused) {
      all.add(f.id());
      RecordMeta meta = vectors.meta(f.id());
      if (meta != null && meta.type() != null && types.contains(meta.type())) ofType.add(f.id());
    }
    if (ofType.isEmpty()) return fused;
    double retrievers = config.bm25Weight() + config.vectorWeight();
    return fuser.fuse(List.of(all, ofType), new double[] {retrievers, config.typeBoost()});
  }

  /**
   * The query's vector, blended with the vectors of the concepts it names: the query moves towards
   * how records describe what it asks for.
   */
  private float[] blend(float[] query, List<ConceptLexicon.Concept> named) {
    if (named.isEmpty() || config.conceptWeight() == 0) return query;
    float[] blended = query.clone();
    float w = (float) (config.conceptWeight() / named.size());
    for (ConceptLexicon.Concept c : named) {
      float[] v = conceptMatcher.vector(c);
      for (int i = 0; i < blended.length; i++) blended[i] += w * v[i];
    }
    return Vectors.normalize(blended);
  }

  /**
   * Pseudo-relevance feedback on the dense side (Rocchio): the query vector moved towards the mean
   * of its {@code feedbackPassages} best passages, for a second search.
   */
  private float[] feedback(float[] query, List<PassageHit> top) {
    float[] out = query.clone();
    int n = 0;
    for (PassageHit h : top) {
      if (n == config.feedbackPassages()) break;
      float[] v = vectors.vector(h.recordId(), h.passage());
      if (v == null) continue;
      float w = (float) (config.feedbackWeight() / config.feedbackPassages());
      for (int i = 0; i < out.length; i++) out[i] += w * v[i];
      n++;
    }
    return Vectors.normalize(out);
  }

  /**
   * Embeds what query understanding compares queries with (concept names and descriptions), so the
   * first searches do not pay for it. Vectors are cached by the embedder, so after the first start
   * this is quick.
   */
  public void warmUp() {
    conceptMatcher.warmUp(config.conceptWeight() > 0);
  }

  /**
   * Judges now whether the concept lexicon fits the indexed corpus, rather than at the next search.
   */
  public void judgeCorpusFit() {
    conceptMatcher.judgeFit();
  }

  private List<PassageHit> textSearch(
      String query, List<TextIndex.Expansion> expansions, int depth, SearchFilter filter) {
    try {
      return text.search(query, expansions, depth, filter);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Double> scores(Map<String, PassageHit> best) {
    Map<String, Double> out = new LinkedHashMap<>();
    best.forEach((id, hit) -> out.put(id, (double) hit.score()));
    return out;
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
