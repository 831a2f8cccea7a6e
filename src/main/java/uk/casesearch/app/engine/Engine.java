package uk.casesearch.app.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.jboss.logging.Logger;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.config.EngineSettings;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.embed.Embedder;
import uk.casesearch.engine.embed.EnsembleEmbedder;
import uk.casesearch.engine.embed.OnnxEmbedder;
import uk.casesearch.engine.embed.VectorCache;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.opensearch.OpenSearchIndex;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.ingest.RecordIndexer;
import uk.casesearch.engine.search.ConceptLexicon;
import uk.casesearch.engine.search.HybridSearcher;
import uk.casesearch.engine.search.RecordLookup;
import uk.casesearch.engine.search.SearchMode;
import uk.casesearch.engine.search.SearchRequest;
import uk.casesearch.engine.util.FileTrees;
import uk.casesearch.engine.util.PageCache;

/**
 * The engine objects (model, indexes, indexer, searcher) for the life of the application, opened
 * together from configuration by {@link #open} and closed together by {@link #close}. {@link
 * EngineProducers} makes it and its parts beans, so nothing holds a part that is null until
 * start-up.
 */
public final class Engine implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Engine.class);

  private final List<CachingEmbedder> models;
  private final Embedder embedder;
  private final TextIndex text;
  private final VectorIndex vectors;
  private final RecordIndexer indexer;
  private final HybridSearcher searcher;
  private final ExecutorService searchThreads;

  private volatile boolean ready;
  private Boolean indexesClosed;
  private Thread warming;

  private Engine(
      List<CachingEmbedder> models,
      Embedder embedder,
      TextIndex text,
      VectorIndex vectors,
      RecordIndexer indexer,
      HybridSearcher searcher,
      ExecutorService searchThreads) {
    this.models = models;
    this.embedder = embedder;
    this.text = text;
    this.vectors = vectors;
    this.indexer = indexer;
    this.searcher = searcher;
    this.searchThreads = searchThreads;
  }

  /**
   * Opens the model and both indexes, builds the indexer and the searcher, and starts warming them
   * up in the background.
   */
  public static Engine open(CasesearchConfig config, VectorCache vectorCache, RecordLookup store)
      throws IOException {
    long t0 = System.nanoTime();
    CasesearchConfig.Models m = config.models();
    List<EnsembleEmbedder.Part> parts = EnsembleEmbedder.parse(m.name());
    // The model loads (ONNX graph optimisation, ~2 s) on its own thread while the indexes open on
    // this one (~3 s at a million passages): on two cores start-up takes the longer, not the sum.
    FutureTask<List<CachingEmbedder>> loading =
        new FutureTask<>(() -> openModels(m, parts, vectorCache));
    Thread.ofPlatform().name("model-load").start(loading);
    int dimension = parts.stream().mapToInt(p -> p.model().dimension()).sum();
    Path indexDir = config.dataDir().resolve("index");
    Files.createDirectories(indexDir);
    boolean cluster = config.backend() == CasesearchConfig.Backend.OPENSEARCH;
    TextIndex text;
    VectorIndex vectors;
    if (cluster) {
      OpenSearchIndex os =
          OpenSearchIndex.open(
              EngineSettings.openSearch(config.opensearch()),
              EngineSettings.text(config.text()),
              dimension);
      text = os;
      vectors = os;
      boolean onH2 =
          org.eclipse.microprofile.config.ConfigProvider.getConfig()
              .getOptionalValue("quarkus.datasource.h2.active", Boolean.class)
              .orElse(true);
      if (onH2)
        LOG.warn(
            "the OpenSearch backend runs here on an H2 database: one instance only; several"
                + " instances share a cluster through one PostgreSQL database");
    } else {
      text = LuceneBm25Index.open(indexDir.resolve("text"), EngineSettings.text(config.text()));
      try {
        vectors =
            JVectorIndex.open(
                indexDir.resolve("vector"), EngineSettings.vector(config.vector(), dimension));
      } catch (IOException | RuntimeException e) {
        closeQuietly(text);
        throw e;
      }
    }
    List<CachingEmbedder> models;
    try {
      models = loading.get();
    } catch (ExecutionException e) {
      closeBoth(text, vectors);
      if (e.getCause() instanceof IOException io) throw io;
      throw new IllegalStateException(
          "loading the embedding model failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeBoth(text, vectors);
      throw new IOException("interrupted while loading the embedding model", e);
    }
    Embedder embedder =
        models.size() == 1
            ? models.getFirst()
            : new EnsembleEmbedder(
                models, parts.stream().map(EnsembleEmbedder.Part::weight).toList());
    Chunker chunker = new Chunker(EngineSettings.chunker(config.chunking()));
    RecordIndexer indexer = new RecordIndexer(chunker, embedder, text, vectors);
    ExecutorService searchThreads =
        Executors.newFixedThreadPool(
            config.search().threads(), Thread.ofPlatform().daemon().name("search-", 0).factory());
    CasesearchConfig.Search s = config.search();
    HybridSearcher searcher =
        new HybridSearcher(
            text,
            vectors,
            embedder,
            indexer,
            store,
            searchThreads,
            EngineSettings.searcher(s),
            s.concepts().lexicon().isPresent()
                ? ConceptLexicon.fromFile(s.concepts().lexicon().get())
                : ConceptLexicon.shipped());
    Engine engine = new Engine(models, embedder, text, vectors, indexer, searcher, searchThreads);
    long w0 = System.nanoTime();
    searcher.warmUp();
    LOG.infof("query understanding ready in %d ms", (System.nanoTime() - w0) / 1_000_000);
    engine.ready = true;
    // Whether the concept lexicon fits the corpus is judged by a vector search per concept, which
    // the first search after a start would otherwise wait for (4 s at a million passages on a busy
    // machine, the index not yet in the page cache); then the warm-up searches.
    Thread.ofVirtual()
        .name("warm-up")
        .start(
            () -> {
              try {
                searcher.judgeCorpusFit();
              } catch (RuntimeException e) {
                LOG.warnf(
                    "judging the concept lexicon's fit at start-up failed (%s); the first search judges it",
                    e.toString());
              }
              if (config.warmUp()) warmSearches(searcher);
            });
    if (config.warmUp() && !cluster) engine.warming = warmPageCache(indexDir);
    LOG.infof(
        "engine ready in %d ms: model %s (dim %d), %d text passages, %d vector passages",
        (System.nanoTime() - t0) / 1_000_000,
        embedder.modelId(),
        embedder.dimension(),
        text.size(),
        vectors.size());
    return engine;
  }

  /**
   * Reads the index files once on a background thread (the vector index first: a graph walk reads
   * it at random), unless they would not fit in half the memory available, where reading them would
   * only push other pages out.
   */
  private static Thread warmPageCache(Path indexDir) {
    List<Path> dirs = List.of(indexDir.resolve("vector"), indexDir.resolve("text"));
    long size = dirs.stream().mapToLong(FileTrees::bytesUnder).sum();
    long available = PageCache.availableBytes();
    if (available >= 0 && size > available / 2) {
      LOG.infof(
          "page cache not warmed: the indexes (%d MB) exceed half the available memory (%d MB)",
          size >> 20, available >> 20);
      return null;
    }
    return Thread.ofPlatform()
        .daemon()
        .name("page-cache-warm")
        .start(
            () -> {
              long t0 = System.nanoTime();
              try {
                long read = PageCache.warm(dirs);
                LOG.infof(
                    "page cache warmed: %d MB of index files read in %d ms",
                    read >> 20, (System.nanoTime() - t0) / 1_000_000);
              } catch (IOException | RuntimeException e) {
                LOG.warnf(
                    "warming the page cache failed (%s); searches read the indexes from disk as they need them",
                    e.toString());
              }
            });
  }

  /**
   * Two searches through the engine itself (no one asked them, so they are neither audited nor
   * counted), so that the first person to search after a start does not wait for the search path's
   * code to be loaded and initialised (the first search took 0.6-0.8 s at a million passages
   * without them).
   */
  private static void warmSearches(HybridSearcher searcher) {
    long t0 = System.nanoTime();
    for (String query :
        List.of("concerns about the child at home", "school attendance since March 2024")) {
      try {
        searcher.search(
            new SearchRequest(query, SearchFilter.NONE, 10, 0, SearchMode.HYBRID, false));
      } catch (IOException | RuntimeException e) {
        LOG.warnf("a warm-up search at start-up failed (%s)", e.toString());
        return;
      }
    }
    LOG.infof("search path warmed in %d ms", (System.nanoTime() - t0) / 1_000_000);
  }

  private static List<CachingEmbedder> openModels(
      CasesearchConfig.Models m, List<EnsembleEmbedder.Part> parts, VectorCache vectorCache)
      throws IOException {
    List<CachingEmbedder> opened = new ArrayList<>();
    try {
      for (EnsembleEmbedder.Part p : parts) {
        OnnxEmbedder onnx =
            OnnxEmbedder.open(
                new OnnxEmbedder.Config(
                    m.dir(), p.model(), m.threads(), m.maxTokens(), m.batchSize()));
        opened.add(new CachingEmbedder(onnx, vectorCache, m.queryCacheSize()));
      }
      return opened;
    } catch (IOException | RuntimeException e) {
      opened.forEach(CachingEmbedder::close);
      throw e;
    }
  }

  /** Closes the indexes (if {@link #closeIndexes} has not), the model and the search threads. */
  @Override
  public void close() {
    if (warming != null) warming.interrupt();
    closeIndexes();
    embedder.close();
    searchThreads.shutdownNow();
  }

  /**
   * Commits and closes both indexes, once (later calls return the first one's answer); searches
   * stop. After it the indexes' commit names ({@link RecordIndexer#commitState()}) no longer
   * change: closing also finishes Lucene's background merges, which may commit once more.
   *
   * @return whether the commit and both closes succeeded
   */
  public synchronized boolean closeIndexes() {
    if (indexesClosed != null) return indexesClosed;
    ready = false;
    boolean ok = true;
    try {
      indexer.commit();
    } catch (IOException | RuntimeException e) {
      ok = false;
      LOG.errorf("committing indexes at shutdown failed: %s", e.getMessage());
    }
    ok &= closeBoth(text, vectors);
    indexesClosed = ok;
    return ok;
  }

  /**
   * Closes both indexes (once, when one object is both), logging a failure; true when both closed.
   */
  private static boolean closeBoth(TextIndex text, VectorIndex vectors) {
    boolean ok = closeQuietly(text);
    return vectors == text ? ok : ok & closeQuietly(vectors);
  }

  private static boolean closeQuietly(AutoCloseable c) {
    try {
      c.close();
      return true;
    } catch (Exception e) {
      LOG.errorf("closing %s failed: %s", c.getClass().getSimpleName(), e.getMessage());
      return false;
    }
  }

  /** True from start-up until the indexes are closed. */
  public boolean ready() {
    return ready;
  }

  public RecordIndexer indexer() {
    return indexer;
  }

  public HybridSearcher searcher() {
    return searcher;
  }

  /** The embedding model (an {@link EnsembleEmbedder} when more than one is configured). */
  public Embedder embedder() {
    return embedder;
  }

  /** Passages that needed a model since start (with several models, the most any one embedded). */
  public long embeddedCount() {
    return models.stream().mapToLong(CachingEmbedder::embeddedCount).max().orElse(0);
  }

  /** Passages whose vectors all came from the cache since start. */
  public long reusedCount() {
    return models.stream().mapToLong(CachingEmbedder::reusedCount).min().orElse(0);
  }

  public TextIndex textIndex() {
    return text;
  }

  public VectorIndex vectorIndex() {
    return vectors;
  }
}
