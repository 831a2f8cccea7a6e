package uk.casesearch.engine.index.opensearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.embed.EmbeddingModel;
import uk.casesearch.engine.embed.InMemoryVectorCache;
import uk.casesearch.engine.embed.OnnxEmbedder;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.ingest.RecordIndexer;
import uk.casesearch.engine.search.ConceptLexicon;
import uk.casesearch.engine.search.HybridSearcher;
import uk.casesearch.engine.search.SearchHit;
import uk.casesearch.engine.search.SearchMode;
import uk.casesearch.engine.search.SearchRequest;

/** The real model, an indexer and a searcher with default settings over any pair of indexes. */
final class Searchers {

  private Searchers() {}

  /** The default model, passages embedded {@code batch} at a time, {@code cached} kept. */
  static CachingEmbedder model(int batch, int cached) throws IOException {
    Path models = Path.of(System.getProperty("casesearch.models.dir", "models"));
    return new CachingEmbedder(
        OnnxEmbedder.open(
            new OnnxEmbedder.Config(models, EmbeddingModel.BGE_SMALL_EN_V15_Q, 2, 512, batch)),
        new InMemoryVectorCache(cached),
        1000);
  }

  static RecordIndexer indexer(CachingEmbedder embedder, TextIndex text, VectorIndex vectors) {
    return new RecordIndexer(new Chunker(Chunker.Config.defaults()), embedder, text, vectors);
  }

  /** A searcher whose records come from {@code store}. */
  static HybridSearcher searcher(
      TextIndex text,
      VectorIndex vectors,
      CachingEmbedder embedder,
      Map<String, CaseRecord> store,
      Executor executor) {
    return new HybridSearcher(
        text,
        vectors,
        embedder,
        indexer(embedder, text, vectors),
        ids -> {
          Map<String, CaseRecord> out = new HashMap<>();
          for (String id : ids) if (store.containsKey(id)) out.put(id, store.get(id));
          return out;
        },
        executor,
        HybridSearcher.Config.defaults(),
        ConceptLexicon.shipped());
  }

  /** The ids of the first page of a hybrid search. */
  static List<String> ids(HybridSearcher s, String query, SearchFilter filter) throws IOException {
    return s
        .search(new SearchRequest(query, filter, 10, 0, SearchMode.HYBRID, false))
        .hits()
        .stream()
        .map(SearchHit::id)
        .toList();
  }
}
