package uk.casesearch.engine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.casesearch.engine.embed.Embedder;
import uk.casesearch.engine.index.HybridIndex;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.Passage;
import uk.casesearch.engine.ingest.PersonNames;
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
   * Search settings: the ones a search reads on its own, and a group for each part of the search
   * that reads several together.
   *
   * @param candidates passages each retriever returns before grouping (at least 3 per result)
   * @param snippetChars the approximate length of a snippet
   * @param queryDates whether a date phrase in the query ("in 2024") becomes a date filter
   * @param fusion how the retrievers' record rankings are combined
   * @param concepts how the query is read for concepts and expanded with them
   * @param feedback dense pseudo-relevance feedback
   * @param weakMatch when the best records count as matching well
   */
  public record Config(
      int candidates,
      int snippetChars,
      boolean queryDates,
      Fusion fusion,
      Concepts concepts,
      Feedback feedback,
      WeakMatch weakMatch) {
    public Config {
      if (candidates < 10 || candidates > 10_000) {
        throw new IllegalArgumentException("candidates must be in [10, 10000], got: " + candidates);
      }
      if (snippetChars < 40)
        throw new IllegalArgumentException("snippetChars must be >= 40, got: " + snippetChars);
      Objects.requireNonNull(fusion, "fusion");
      Objects.requireNonNull(concepts, "concepts");
      Objects.requireNonNull(feedback, "feedback");
      Objects.requireNonNull(weakMatch, "weakMatch");
    }

    /**
     * 100 candidate passages per retriever (deeper lists barely change a first page and cost
     * throughput, docs/quality.md), 300-character snippets, query dates on, and each group's
     * defaults.
     */
    public static Config defaults() {
      return new Config(
          100,
          300,
          true,
          Fusion.defaults(),
          Concepts.defaults(),
          Feedback.defaults(),
          WeakMatch.defaults());
    }

    /** These settings with another number of candidate passages. */
    public Config withCandidates(int candidates) {
      return new Config(
          candidates, snippetChars, queryDates, fusion, concepts, feedback, weakMatch);
    }

    /** These settings with other fusion settings. */
    public Config withFusion(Fusion fusion) {
      return new Config(
          candidates, snippetChars, queryDates, fusion, concepts, feedback, weakMatch);
    }

    /** These settings with other concept settings. */
    public Config withConcepts(Concepts concepts) {
      return new Config(
          candidates, snippetChars, queryDates, fusion, concepts, feedback, weakMatch);
    }

    /** These settings with other feedback settings. */
    public Config withFeedback(Feedback feedback) {
      return new Config(
          candidates, snippetChars, queryDates, fusion, concepts, feedback, weakMatch);
    }

    /** These settings with other weak-match thresholds. */
    public Config withWeakMatch(WeakMatch weakMatch) {
      return new Config(
          candidates, snippetChars, queryDates, fusion, concepts, feedback, weakMatch);
    }
  }

  /**
   * How the retrievers' record rankings become one ranking, and how much a record type the query
   * names lifts the records of that type within it.
   *
   * @param method how the two rankings are combined
   * @param rrfK the reciprocal-rank-fusion constant, for {@link Method#RRF} and for the ranking of
   *     a named record type
   * @param bm25Weight the weight of the BM25 ranking
   * @param vectorWeight the weight of the dense ranking
   * @param vectorWeightWithoutLexicon the dense ranking's weight instead of {@code vectorWeight}
   *     when the concept lexicon does not fit the corpus: BM25 then runs without the concept
   *     expansions that make it strong on case records, and plain BM25 trails the dense ranking
   * @param typeBoost the weight of an extra ranking that holds only the records of a type the query
   *     names ("safety plan"), relative to the retrievers' weights (0: off)
   */
  public record Fusion(
      Method method,
      int rrfK,
      double bm25Weight,
      double vectorWeight,
      double vectorWeightWithoutLexicon,
      double typeBoost) {
    public Fusion {
      Objects.requireNonNull(method, "method");
      if (bm25Weight < 0 || vectorWeight < 0 || bm25Weight + vectorWeight == 0) {
        throw new IllegalArgumentException(
            "weights must be >= 0 and not both 0, got bm25="
                + bm25Weight
                + " vector="
                + vectorWeight);
      }
      if (!(vectorWeightWithoutLexicon >= 0 && vectorWeightWithoutLexicon <= 10)
          || bm25Weight + vectorWeightWithoutLexicon == 0) {
        throw new IllegalArgumentException(
            "vectorWeightWithoutLexicon must be in [0, 10] and not 0 with bm25Weight 0, got: "
                + vectorWeightWithoutLexicon);
      }
      if (!(typeBoost >= 0 && typeBoost <= 10)) {
        throw new IllegalArgumentException("typeBoost must be in [0, 10], got: " + typeBoost);
      }
    }

    /**
     * Min-max fusion with equal weights (k=60 for reciprocal rank); the dense ranking weighted 1.5
     * where the lexicon does not fit, as BM25 without expansions trails it there; a named record
     * type lifted by about what a first place in one retriever is worth.
     */
    public static Fusion defaults() {
      return new Fusion(Method.MINMAX, 60, 1.0, 1.0, 1.5, 1.0);
    }

    /** How rankings are combined. */
    public enum Method {
      /** Weighted reciprocal rank fusion. */
      RRF,
      /** Weighted sum of min-max normalised scores. */
      MINMAX
    }
  }

  /**
   * How the query is read for the social-care concepts it means, and how much it is expanded with
   * how records describe them.
   *
   * @param weight how much of a named concept's description is blended into the query vector (0:
   *     none; 1: as much as the query itself)
   * @param textWeight the weight of a named concept's description in BM25, as a whole, relative to
   *     the query as a whole (0: not searched)
   * @param similarity when no concept name appears in the query, the cosine similarity between the
   *     query and a concept's closest name at which the concept counts as meant ("undernourished
   *     toddler": failure to thrive); model-dependent, above 1 turns this off
   * @param margin how far that similarity must exceed the next concept's, so that a query between
   *     two concepts is not expanded with either
   * @param affinity the median similarity between concept descriptions and their closest passages
   *     at which the lexicon counts as fitting the corpus (0: always); model-dependent
   */
  public record Concepts(
      double weight, double textWeight, double similarity, double margin, double affinity) {
    public Concepts {
      if (!(weight >= 0 && weight <= 10)) {
        throw new IllegalArgumentException("concept weight must be in [0, 10], got: " + weight);
      }
      if (!(textWeight >= 0 && textWeight <= 10)) {
        throw new IllegalArgumentException(
            "concept textWeight must be in [0, 10], got: " + textWeight);
      }
      if (!(similarity >= 0 && similarity <= 2)) {
        throw new IllegalArgumentException(
            "concept similarity must be in [0, 2], got: " + similarity);
      }
      if (!(margin >= 0 && margin <= 1)) {
        throw new IllegalArgumentException("concept margin must be in [0, 1], got: " + margin);
      }
      if (!(affinity >= 0 && affinity <= 1)) {
        throw new IllegalArgumentException("concept affinity must be in [0, 1], got: " + affinity);
      }
    }

    /**
     * The expansion weights chosen on the judged corpora (docs/quality.md); the similarity, margin
     * and affinity calibrated for bge-small-en-v1.5.
     */
    public static Concepts defaults() {
      return new Concepts(2.0, 4.0, 0.74, 0.05, 0.83);
    }

    /** These settings with another affinity. */
    public Concepts withAffinity(double affinity) {
      return new Concepts(weight, textWeight, similarity, margin, affinity);
    }
  }

  /**
   * Dense pseudo-relevance feedback: the best passages of a first dense search, whose mean moves
   * the query vector for a second one.
   *
   * @param passages how many of the best passages (0: off)
   * @param weight the weight of their mean against the query
   */
  public record Feedback(int passages, double weight) {
    public Feedback {
      if (passages < 0 || passages > 100) {
        throw new IllegalArgumentException(
            "feedback passages must be in [0, 100], got: " + passages);
      }
      if (!(weight >= 0 && weight <= 10)) {
        throw new IllegalArgumentException("feedback weight must be in [0, 10], got: " + weight);
      }
    }

    /**
     * Off: a second dense search per query gained little on the judged corpora (docs/quality.md);
     * half the query's weight when turned on.
     */
    public static Feedback defaults() {
      return new Feedback(0, 0.5);
    }
  }

  /**
   * When a search's best records count as matching well: one of them holds at least {@code words}
   * of the query's words, or its closest passage is at least {@code meaning} similar to the query.
   * Below both, the answer says its results are weak ("no record matched well").
   *
   * @param words a share in [0, 1]
   * @param meaning a cosine similarity in [0, 1]; model-dependent
   */
  public record WeakMatch(double words, double meaning) {
    public WeakMatch {
      if (!(words >= 0 && words <= 1) || !(meaning >= 0 && meaning <= 1)) {
        throw new IllegalArgumentException(
            "weak-match thresholds must be in [0, 1], got words=" + words + " meaning=" + meaning);
      }
    }

    /** Calibrated on the judged case corpus (docs/quality.md). */
    public static WeakMatch defaults() {
      return new WeakMatch(1.0, 0.80);
    }
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
  private final Clock clock;

  /** A searcher whose relative dates ("last month") count from today in the UK. */
  public HybridSearcher(
      TextIndex text,
      VectorIndex vectors,
      Embedder embedder,
      RecordIndexer indexer,
      RecordLookup records,
      Executor executor,
      Config config,
      ConceptLexicon lexicon) {
    this(
        text,
        vectors,
        embedder,
        indexer,
        records,
        executor,
        config,
        lexicon,
        Clock.system(ZoneId.of("Europe/London")));
  }

  /**
   * @param indexer splits a record into the same passages it was indexed as, for snippets
   * @param executor runs the BM25 retriever beside the dense one
   * @param lexicon the concepts and record-type names queries are read for
   * @param clock today's date, for relative dates in queries
   */
  public HybridSearcher(
      TextIndex text,
      VectorIndex vectors,
      Embedder embedder,
      RecordIndexer indexer,
      RecordLookup records,
      Executor executor,
      Config config,
      ConceptLexicon lexicon,
      Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
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
            config.concepts().similarity(),
            config.concepts().margin(),
            config.concepts().affinity());
    this.fuser = new RrfFuser(config.fusion().rrfK());
    Set<String> words = new HashSet<>();
    for (ConceptLexicon.Concept c : lexicon.concepts()) {
      c.names().forEach(n -> words.addAll(PersonNames.words(n)));
      words.addAll(PersonNames.words(c.looksLike()));
    }
    lexicon
        .recordTypes()
        .values()
        .forEach(ns -> ns.forEach(n -> words.addAll(PersonNames.words(n))));
    words.removeIf(w -> w.length() < 4);
    this.lexiconWords = Set.copyOf(words);
    this.suggester = new Suggester(text, lexicon);
  }

  private final Suggester suggester;

  /** The concept lexicon's words: right words, whether or not any record holds them. */
  private final Set<String> lexiconWords;

  /** Completions of what is being typed, among what records passing {@code filter} hold. */
  public List<Suggester.Suggestion> suggest(String typed, SearchFilter filter, int max)
      throws IOException {
    return suggester.suggest(typed, filter, max);
  }

  /** Runs a search. */
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    String query = request.query().strip();
    SearchFilter filter = request.filter();
    QueryDates.Found dates = null;
    List<QueryDates.LeftAlone> leftAlone = new ArrayList<>();
    if (request.reads(SearchRequest.Reading.DATES)
        && config.queryDates()
        && filter.from() == null
        && filter.to() == null) {
      // A date range the caller set explicitly wins over one read from the words.
      QueryDates.Found found = QueryDates.find(query, LocalDate.now(clock));
      leftAlone.addAll(found.leftAlone());
      // A date no record is dated within is part of what the query says ("sepsis fell from 2009 to
      // 2014" over undated abstracts, or records dated from 2015), not a filter that would leave
      // nothing: its words stay in the query.
      if (found.any() && text.anyDated(found.from(), found.to())) {
        dates = found;
        query = found.text();
        filter = filter.withDates(found.from(), found.to());
      } else if (found.any()) {
        leftAlone.add(new QueryDates.LeftAlone(found.phrase(), "no_record_dated_then"));
      }
    }
    // A person's name is matched among the records the caller may see, whatever their dates.
    List<NameMatch> names =
        request.reads(SearchRequest.Reading.NAMES)
            ? names(query, filter.withDates(null, null))
            : List.of();
    // Words no record the caller may see holds are searched as the closest word they do hold: any
    // record, not only those asked for, so that a word the case lacks is not taken for a
    // misspelling.
    List<SearchResult.Correction> corrections =
        request.reads(SearchRequest.Reading.SPELLING)
            ? corrections(query, names, filter.accessOnly())
            : List.of();
    String lexical = respell(query, names, corrections);
    String meaning = respell(withoutNames(query, names), List.of(), corrections);
    if (meaning.isEmpty()) meaning = lexical;
    String withoutNames = meaning;
    // A date of birth or a form line says nothing of what the records are about: the dense query
    // goes without it, and BM25 keeps it only as a light expansion, so that records holding it can
    // still be found but a pasted header does not outrank the words.
    List<String> pasted = new ArrayList<>();
    for (QueryDates.LeftAlone l : leftAlone) {
      if (!l.reason().equals("date_of_birth") && !l.reason().equals("form_field")) continue;
      pasted.add(l.phrase());
      meaning = tidy(meaning.replace(l.phrase(), " "));
      withoutNames = tidy(withoutNames.replace(l.phrase(), " "));
      String rest = tidy(lexical.replace(l.phrase(), " "));
      if (!rest.isEmpty()) lexical = rest;
    }
    if (meaning.isEmpty()) meaning = lexical;
    if (withoutNames.isEmpty()) withoutNames = lexical;

    boolean useText = request.mode() != SearchMode.VECTOR;
    boolean useVectors = request.mode() != SearchMode.BM25;
    float[] queryVector =
        useVectors || conceptMatcher.bySimilarity() ? embedder.embedQuery(meaning) : null;
    List<ConceptLexicon.Concept> concepts =
        request.reads(SearchRequest.Reading.CONCEPTS)
            ? conceptMatcher.find(meaning, queryVector)
            : List.of();
    List<String> namedTypes =
        request.reads(SearchRequest.Reading.TYPES) && config.fusion().typeBoost() > 0
            ? lexicon.recordTypesIn(meaning)
            : List.of();
    SearchResult.Understood understood =
        new SearchResult.Understood(
            lexical,
            dates == null ? null : dates.phrase(),
            dates == null ? null : dates.from(),
            dates == null ? null : dates.to(),
            concepts.stream().map(ConceptLexicon.Concept::id).toList(),
            namedTypes,
            leftAlone,
            names.stream().map(n -> new SearchResult.Name(n.asTyped(), n.name())).toList(),
            corrections);

    List<TextIndex.Expansion> expansions = new ArrayList<>();
    double conceptTextWeight = config.concepts().textWeight();
    if (conceptTextWeight > 0) {
      for (ConceptLexicon.Concept c : concepts)
        expansions.add(new TextIndex.Expansion(c.looksLike(), (float) conceptTextWeight));
    }
    for (String p : pasted) expansions.add(new TextIndex.Expansion(p, PASTED_WEIGHT));
    float[] denseQuery = useVectors ? blend(queryVector, concepts) : null;
    // Every page within the candidates comes from the same search, so paging through them neither
    // repeats nor skips a record. A page past them searches again, deeper.
    int reach = request.offset() + request.limit();
    Query all = new Query(useText ? lexical : null, expansions, denseQuery, filter, Set.of());
    Retrieved got = retrieve(config.candidates(), all);
    if (got.fused().size() < reach && got.truncated())
      got = retrieve(Math.max(config.candidates(), 3 * reach), all);
    if (!namedTypes.isEmpty()) got = got.withFused(boostTypes(got.fused(), namedTypes));
    if (!names.isEmpty()) {
      Retrieved first = named(names, useText ? withoutNames : null, expansions, denseQuery, filter);
      if (first != null) {
        if (!namedTypes.isEmpty()) first = first.withFused(boostTypes(first.fused(), namedTypes));
        got = first.before(got);
      }
    }
    Map<String, PassageHit> bm25Best = got.bm25Best();
    Map<String, PassageHit> denseBest = got.denseBest();
    List<RrfFuser.Fused> fused = got.fused();
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
              snippet(lexical, concepts, r, passage),
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
    SearchResult.Match match = match(lexical, fused, denseBest, useVectors);
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(
        request.query().strip(), fused.size(), tookMs, hits, understood, facets, match);
  }

  /** The dense rank (from 0) whose similarity counts as the background of a query. */
  private static final int BACKGROUND = 20;

  /** The records whose match is judged: the first few, as a person reads a page. */
  private static final int JUDGED = 3;

  /**
   * How well the best records match: whether one of the first three holds the query's words, or is
   * close to it in meaning, at the thresholds of {@link Config#weakMatch()}.
   */
  private SearchResult.Match match(
      String lexical, List<RrfFuser.Fused> fused, Map<String, PassageHit> denseBest, boolean dense)
      throws IOException {
    if (fused.isEmpty()) return new SearchResult.Match(SearchResult.Quality.WEAK, 0, 0, 0);
    List<String> top =
        fused.subList(0, Math.min(JUDGED, fused.size())).stream().map(RrfFuser.Fused::id).toList();
    double words = text.wordsHeld(lexical, top);
    double meaning = 0;
    for (String id : top) {
      PassageHit h = denseBest.get(id);
      if (h != null) meaning = Math.max(meaning, h.score());
    }
    // How far the best stands out from the records the dense retriever ranks further down: reported
    // for calibration (eval's match.tsv), not judged, as it separated no better (docs/quality.md).
    List<PassageHit> ranked = new ArrayList<>(denseBest.values());
    double background =
        ranked.isEmpty() ? 0 : ranked.get(Math.min(BACKGROUND, ranked.size() - 1)).score();
    double standsOut = Math.max(0, meaning - background);
    WeakMatch weak = config.weakMatch();
    boolean good = words >= weak.words() || (dense && meaning >= weak.meaning());
    return new SearchResult.Match(
        good ? SearchResult.Quality.GOOD : SearchResult.Quality.WEAK, words, meaning, standsOut);
  }

  /** The weight in BM25 of a date of birth or a form line pasted into a query. */
  private static final float PASTED_WEIGHT = 0.2f;

  /** The query without the names read in it. */
  private static String withoutNames(String query, List<NameMatch> names) {
    String out = query;
    for (NameMatch n : names.reversed())
      out = out.substring(0, n.start()) + " " + out.substring(n.end());
    return tidy(out);
  }

  /**
   * The query with each name as the records hold it and each misspelt word as its correction: what
   * BM25 is given.
   */
  private static String respell(
      String query, List<NameMatch> names, List<SearchResult.Correction> corrections) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      int s = m.start();
      if (s < at) continue;
      NameMatch name =
          names.stream().filter(n -> n.start() <= s && s < n.end()).findFirst().orElse(null);
      if (name != null) {
        out.append(query, at, name.start()).append(name.name());
        at = name.end();
        continue;
      }
      String word = m.group();
      for (SearchResult.Correction c : corrections) {
        if (c.asTyped().equals(word)) {
          out.append(query, at, s).append(c.searchedAs());
          at = m.end();
          break;
        }
      }
    }
    return tidy(out.append(query.substring(at)).toString());
  }

  /** The misspelt words of the query outside the names read in it, each with its correction. */
  private List<SearchResult.Correction> corrections(
      String query, List<NameMatch> names, SearchFilter scope) throws IOException {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      int s = m.start();
      // A word the model knows whole is a real word, even where no record uses it ("peer",
      // "hostile"): only the others can be misspellings.
      if (names.stream().noneMatch(n -> n.start() <= s && s < n.end())
          && !embedder.knowsWord(m.group().toLowerCase(Locale.ROOT))) words.add(m.group());
    }
    if (words.isEmpty()) return List.of();
    List<SearchResult.Correction> out = new ArrayList<>();
    text.corrections(words, lexiconWords, scope)
        .forEach((w, c) -> out.add(new SearchResult.Correction(w, c)));
    return out;
  }

  /** Spaces collapsed and stray separators trimmed, after words were taken out. */
  private static String tidy(String words) {
    return words.replaceAll("\\s+", " ").replaceAll("^[\\s,;:\\-–]+|[\\s,;:\\-–]+$", "").strip();
  }

  /**
   * A full name in the query, as typed and as the records hold it.
   *
   * @param start where it starts in the query
   * @param end where it ends
   */
  private record NameMatch(int start, int end, String asTyped, String name) {}

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /**
   * The full names the query holds that records passing {@code scope} name: runs of three or two
   * words, longest first, each matched exactly or, when long enough to tell apart, within one or
   * two edits. Upper and lower case read alike.
   */
  private List<NameMatch> names(String query, SearchFilter scope) throws IOException {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) words.add(new int[] {m.start(), m.end()});
    // Every span of two or three words written next to each other ("Leo Hatfield: absenteeism"
    // is a name and a word), longest first, asked at once; then the longest that name someone
    // win, left to right.
    List<int[]> spans = new ArrayList<>();
    List<String> typedNames = new ArrayList<>();
    List<Integer> edits = new ArrayList<>();
    for (int n = 3; n >= 2; n--) {
      for (int i = 0; i + n <= words.size(); i++) {
        boolean adjacent = true;
        for (int j = i; j + 1 < i + n && adjacent; j++)
          adjacent = query.substring(words.get(j)[1], words.get(j + 1)[0]).isBlank();
        if (!adjacent) continue;
        String typed =
            PersonNames.normalise(query.substring(words.get(i)[0], words.get(i + n - 1)[1]));
        if (typed == null || typed.split(" ").length != n) continue;
        spans.add(new int[] {i, n});
        typedNames.add(typed);
        edits.add(typed.length() < 8 ? 0 : typed.length() < 14 ? 1 : 2);
      }
    }
    List<String> named = spans.isEmpty() ? List.of() : text.names(typedNames, edits, scope);
    List<NameMatch> found = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    for (int k = 0; k < spans.size(); k++) {
      int i = spans.get(k)[0];
      int n = spans.get(k)[1];
      boolean free = true;
      for (int j = i; j < i + n; j++) free &= !taken[j];
      if (!free || named.get(k) == null) continue;
      int s = words.get(i)[0];
      int e = words.get(i + n - 1)[1];
      found.add(new NameMatch(s, e, query.substring(s, e), named.get(k)));
      for (int j = i; j < i + n; j++) taken[j] = true;
    }
    found.sort(Comparator.comparingInt(NameMatch::start));
    return found;
  }

  /**
   * The records that name a person the query names, searched for the rest of its words: they are
   * ranked before every other record. Null when no record the filter passes names them.
   */
  private Retrieved named(
      List<NameMatch> names,
      String lexical,
      List<TextIndex.Expansion> expansions,
      float[] denseQuery,
      SearchFilter filter)
      throws IOException {
    // Several names: the records that name them all ("Phoebe Ramsden involvement of Sean
    // Uttley"), else those of the name fewest records hold.
    Set<String> naming = null;
    Set<String> fewest = null;
    String rarest = null;
    for (NameMatch n : names) {
      Set<String> ids = text.recordsNaming(Set.of(n.name()), filter, MAX_NAMED);
      if (ids.isEmpty()) continue;
      if (fewest == null || ids.size() < fewest.size()) {
        fewest = ids;
        rarest = n.name();
      }
      if (naming == null) naming = new HashSet<>(ids);
      else naming.retainAll(ids);
    }
    if (fewest == null) return null;
    if (naming.isEmpty()) naming = fewest;
    Set<String> cases = new HashSet<>();
    for (String id : naming) {
      RecordMeta meta = vectors.meta(id);
      if (meta != null) cases.add(meta.caseId());
    }
    if (!filter.caseIds().isEmpty()) cases.retainAll(filter.caseIds());
    if (cases.isEmpty()) return null;
    SearchFilter within = filter.withCases(cases);
    Retrieved got =
        retrieve(
            Math.max(config.candidates(), Math.min(naming.size() * 3, 1000)),
            new Query(lexical, expansions, denseQuery, within, Set.of(rarest)));
    return got.only(naming);
  }

  /** The most records a name's first ranking holds. */
  private static final int MAX_NAMED = 2000;

  /**
   * What the retrievers are asked.
   *
   * @param lexical BM25's words (null: BM25 left out)
   * @param dense the dense query (null: left out)
   * @param names records BM25 may return must name one of these (empty: any)
   */
  private record Query(
      String lexical,
      List<TextIndex.Expansion> expansions,
      float[] dense,
      SearchFilter filter,
      Set<String> names) {}

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
      boolean truncated) {

    Retrieved withFused(List<RrfFuser.Fused> other) {
      return new Retrieved(bm25Best, denseBest, other, truncated);
    }

    /** Only these records. */
    Retrieved only(Set<String> ids) {
      return new Retrieved(
          keep(bm25Best, ids),
          keep(denseBest, ids),
          fused.stream().filter(f -> ids.contains(f.id())).toList(),
          truncated);
    }

    /**
     * These records ranked before {@code rest}'s others, scores lifted above theirs so that they
     * still fall with rank.
     */
    Retrieved before(Retrieved rest) {
      double lift = rest.fused.isEmpty() ? 0 : rest.fused.getFirst().score();
      List<RrfFuser.Fused> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (RrfFuser.Fused f : fused) {
        out.add(new RrfFuser.Fused(f.id(), f.score() + lift));
        seen.add(f.id());
      }
      for (RrfFuser.Fused f : rest.fused) if (!seen.contains(f.id())) out.add(f);
      Map<String, PassageHit> bm25 = new LinkedHashMap<>(bm25Best);
      rest.bm25Best.forEach(bm25::putIfAbsent);
      Map<String, PassageHit> dense = new LinkedHashMap<>(denseBest);
      rest.denseBest.forEach(dense::putIfAbsent);
      return new Retrieved(bm25, dense, out, truncated || rest.truncated);
    }

    private static Map<String, PassageHit> keep(Map<String, PassageHit> m, Set<String> ids) {
      Map<String, PassageHit> out = new LinkedHashMap<>();
      m.forEach(
          (k, v) -> {
            if (ids.contains(k)) out.put(k, v);
          });
      return out;
    }
  }

  /**
   * Asks each retriever for {@code depth} passages (BM25 on the search threads while the dense
   * search runs here) and fuses their records. A null {@code denseQuery} or {@code lexicalQuery}
   * leaves that retriever out.
   */
  private Retrieved retrieve(int depth, Query q) throws IOException {
    String lexicalQuery = q.lexical();
    float[] denseQuery = q.dense();
    SearchFilter filter = q.filter();
    if (text instanceof HybridIndex both && config.feedback().passages() == 0) {
      // One round trip holds both retrievers (a cluster's multi-search).
      HybridIndex.Both got =
          both.searchBoth(lexicalQuery, q.expansions(), q.names(), denseQuery, depth, filter);
      return fused(depth, lexicalQuery != null, denseQuery != null, got.bm25(), got.dense());
    }
    CompletableFuture<List<PassageHit>> lexical =
        lexicalQuery != null
            ? CompletableFuture.supplyAsync(
                () -> textSearch(lexicalQuery, q.expansions(), depth, filter, q.names()), executor)
            : CompletableFuture.completedFuture(List.of());
    List<PassageHit> dense = List.of();
    if (denseQuery != null) {
      dense = vectors.search(denseQuery, depth, filter);
      if (config.feedback().passages() > 0 && !dense.isEmpty())
        dense = vectors.search(feedback(denseQuery, dense), depth, filter);
    }
    List<PassageHit> bm25;
    try {
      bm25 = lexical.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
      throw e;
    }
    return fused(depth, lexicalQuery != null, denseQuery != null, bm25, dense);
  }

  /** Each retriever's best passage per record, and the records fused. */
  private Retrieved fused(
      int depth,
      boolean withLexical,
      boolean withDense,
      List<PassageHit> bm25,
      List<PassageHit> dense) {
    Map<String, PassageHit> bm25Best = bestPerRecord(bm25);
    Map<String, PassageHit> denseBest = bestPerRecord(dense);
    Fusion fusion = config.fusion();
    double vectorWeight =
        conceptMatcher.lexiconFits() ? fusion.vectorWeight() : fusion.vectorWeightWithoutLexicon();
    double[] weights = {withLexical ? fusion.bm25Weight() : 0, withDense ? vectorWeight : 0};
    List<RrfFuser.Fused> fused =
        fusion.method() == Fusion.Method.RRF
            ? fuser.fuse(
                List.of(new ArrayList<>(bm25Best.keySet()), new ArrayList<>(denseBest.keySet())),
                weights)
            : RrfFuser.fuseScores(List.of(scores(bm25Best), scores(denseBest)), weights);
    return new Retrieved(bm25Best, denseBest, fused, bm25.size() >= depth || dense.size() >= depth);
  }

  /**
   * The records of the named types ranked again as a third list in fusion, in their fused order:
   * they rise by about {@link Fusion#typeBoost()} times what a first place in one retriever is
   * worth, and keep their order among themselves.
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
    Fusion fusion = config.fusion();
    double retrievers = fusion.bm25Weight() + fusion.vectorWeight();
    return fuser.fuse(List.of(all, ofType), new double[] {retrievers, fusion.typeBoost()});
  }

  /**
   * The query's vector, blended with the vectors of the concepts it names: the query moves towards
   * how records describe what it asks for.
   */
  private float[] blend(float[] query, List<ConceptLexicon.Concept> named) {
    if (named.isEmpty() || config.concepts().weight() == 0) return query;
    float[] blended = query.clone();
    float w = (float) (config.concepts().weight() / named.size());
    for (ConceptLexicon.Concept c : named) {
      float[] v = conceptMatcher.vector(c);
      for (int i = 0; i < blended.length; i++) blended[i] += w * v[i];
    }
    return Vectors.normalize(blended);
  }

  /**
   * Pseudo-relevance feedback on the dense side (Rocchio): the query vector moved towards the mean
   * of its {@link Feedback#passages()} best passages, for a second search.
   */
  private float[] feedback(float[] query, List<PassageHit> top) {
    Feedback feedback = config.feedback();
    float[] out = query.clone();
    int n = 0;
    for (PassageHit h : top) {
      if (n == feedback.passages()) break;
      float[] v = vectors.vector(h.recordId(), h.passage());
      if (v == null) continue;
      float w = (float) (feedback.weight() / feedback.passages());
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
    conceptMatcher.warmUp(config.concepts().weight() > 0);
  }

  /**
   * Judges now whether the concept lexicon fits the indexed corpus, rather than at the next search.
   */
  public void judgeCorpusFit() {
    conceptMatcher.judgeFit();
  }

  private List<PassageHit> textSearch(
      String query,
      List<TextIndex.Expansion> expansions,
      int depth,
      SearchFilter filter,
      Set<String> names) {
    try {
      return text.search(query, expansions, depth, filter, names);
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

  /**
   * The passage's best fragment for the query's words; for a record found by meaning, whose passage
   * holds none of them, the fragment that holds the names of the concept the query was read as
   * ("self harm": "cuts to her forearm" by "cutting"), so that the evidence is shown rather than
   * the passage's opening.
   */
  private String snippet(
      String query, List<ConceptLexicon.Concept> concepts, CaseRecord r, int passageNumber) {
    List<Passage> passages = indexer.passages(r);
    Passage p = passageNumber < passages.size() ? passages.get(passageNumber) : passages.getFirst();
    String body = p.text().isEmpty() && r.title() != null ? r.title() : p.text();
    String words = text.highlight(query, body, config.snippetChars());
    if (words.contains("<mark>") || concepts.isEmpty()) return words;
    String names = String.join(" ", concepts.stream().flatMap(c -> c.names().stream()).toList());
    String evidence = text.highlight(names, body, config.snippetChars());
    return evidence.contains("<mark>") ? evidence : words;
  }
}
