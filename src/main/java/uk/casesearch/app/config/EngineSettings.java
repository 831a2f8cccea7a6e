package uk.casesearch.app.config;

import uk.casesearch.engine.index.opensearch.OpenSearchConfig;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.search.HybridSearcher;

/**
 * The one place where the service's configuration ({@link CasesearchConfig}) becomes the engine's
 * config records. EngineSettingsTest checks that, with nothing configured, each equals the engine's
 * own {@code defaults()}: a default is written in the engine and in the configuration mapping, and
 * the two may not drift apart.
 */
public final class EngineSettings {

  private EngineSettings() {}

  /** The text index's settings. */
  public static LuceneBm25Index.Config text(CasesearchConfig.Text t) {
    return new LuceneBm25Index.Config(
        t.k1(),
        t.b(),
        t.titleBoost(),
        t.peopleBoost(),
        t.synonyms().map(LuceneBm25Index.SynonymSource::fromFile).orElse(null));
  }

  /** The cluster of the opensearch backend. */
  public static OpenSearchConfig openSearch(CasesearchConfig.OpenSearch o) {
    return new OpenSearchConfig(
        o.hosts(),
        o.username().orElse(null),
        o.password().orElse(null),
        o.trustStore().orElse(null),
        o.trustStorePassword().orElse(null),
        o.index(),
        o.shards(),
        o.replicas(),
        o.timeout());
  }

  /** The vector index's settings, for vectors of this many dimensions. */
  public static JVectorIndex.Config vector(CasesearchConfig.Vector v, int dimension) {
    JVectorIndex.Config defaults = JVectorIndex.Config.defaults(dimension);
    return new JVectorIndex.Config(
        dimension,
        v.maxDegree(),
        v.beamWidth(),
        defaults.neighborOverflow(),
        defaults.alpha(),
        defaults.addHierarchy(),
        v.exactSearchThreshold(),
        v.segmentPassages(),
        v.mergeFactor(),
        v.quantizeMinPassages());
  }

  /** How records are split into passages. */
  public static Chunker.Config chunker(CasesearchConfig.Chunking c) {
    return new Chunker.Config(c.maxChars(), c.overlapChars());
  }

  /** How searches are read, run and fused. */
  public static HybridSearcher.Config searcher(CasesearchConfig.Search s) {
    return new HybridSearcher.Config(
        s.candidates(),
        s.snippetChars(),
        s.queryDates(),
        fusion(s.fusion()),
        concepts(s.concepts()),
        feedback(s.feedback()),
        HybridSearcher.WeakMatch.defaults());
  }

  /** How the retrievers' rankings are fused. */
  public static HybridSearcher.Fusion fusion(CasesearchConfig.Search.Fusion f) {
    return new HybridSearcher.Fusion(
        f.method(),
        f.rrfK(),
        f.bm25Weight(),
        f.vectorWeight(),
        f.vectorWeightWithoutLexicon(),
        f.typeBoost());
  }

  /** How queries are read for concepts and expanded with them (the lexicon itself aside). */
  public static HybridSearcher.Concepts concepts(CasesearchConfig.Search.Concepts c) {
    return new HybridSearcher.Concepts(
        c.weight(), c.textWeight(), c.similarity(), c.margin(), c.affinity());
  }

  /** Dense pseudo-relevance feedback. */
  public static HybridSearcher.Feedback feedback(CasesearchConfig.Search.Feedback f) {
    return new HybridSearcher.Feedback(f.passages(), f.weight());
  }
}
