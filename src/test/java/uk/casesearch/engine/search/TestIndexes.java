package uk.casesearch.engine.search;

import java.io.IOException;
import java.nio.file.Path;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.embed.EmbeddingModel;
import uk.casesearch.engine.embed.InMemoryVectorCache;
import uk.casesearch.engine.embed.OnnxEmbedder;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.ingest.RecordIndexer;

/** The real default model and empty indexes with default settings in a folder, for search tests. */
record TestIndexes(
    CachingEmbedder embedder, LuceneBm25Index text, JVectorIndex vectors, RecordIndexer indexer) {

  static TestIndexes open(Path dir) throws IOException {
    Path models = Path.of(System.getProperty("casesearch.models.dir", "models"));
    CachingEmbedder embedder =
        new CachingEmbedder(
            OnnxEmbedder.open(
                new OnnxEmbedder.Config(models, EmbeddingModel.BGE_SMALL_EN_V15_Q, 2, 512, 1)),
            new InMemoryVectorCache(10_000),
            100);
    LuceneBm25Index text =
        LuceneBm25Index.open(dir.resolve("text"), LuceneBm25Index.Config.defaults());
    JVectorIndex vectors =
        JVectorIndex.open(
            dir.resolve("vector"), JVectorIndex.Config.defaults(embedder.dimension()));
    return new TestIndexes(
        embedder,
        text,
        vectors,
        new RecordIndexer(new Chunker(Chunker.Config.defaults()), embedder, text, vectors));
  }

  void close() throws IOException {
    text.close();
    vectors.close();
    embedder.close();
  }
}
