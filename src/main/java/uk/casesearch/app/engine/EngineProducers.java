package uk.casesearch.app.engine;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.io.IOException;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.store.JdbcVectorCache;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.embed.Embedder;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.ingest.RecordIndexer;
import uk.casesearch.engine.search.HybridSearcher;

/**
 * The engine and its parts as beans: the {@link Engine} is opened once, at start-up (before the
 * indexing service reconciles the indexes with the database), and closed when the application
 * stops; a bean that needs one part (the searcher, an index, the model) is given that part.
 */
@Singleton
public class EngineProducers {

  @Produces
  @Singleton
  Engine engine(CasesearchConfig config, JdbcVectorCache vectorCache, RecordStore store)
      throws IOException {
    return Engine.open(config, vectorCache, store);
  }

  void close(@Disposes Engine engine) {
    engine.close();
  }

  /**
   * Opens the engine at start-up rather than at the first bean that asks for it: being given the
   * engine is what opens it, before the indexing service's reconciliation (a later priority).
   */
  void onStart(@Observes @Priority(10) StartupEvent event, Engine engine) {
    // Nothing to do: Engine.open has built every part or thrown.
  }

  @Produces
  @Singleton
  HybridSearcher searcher(Engine engine) {
    return engine.searcher();
  }

  @Produces
  @Singleton
  RecordIndexer indexer(Engine engine) {
    return engine.indexer();
  }

  @Produces
  @Singleton
  @Typed(Embedder.class)
  Embedder embedder(Engine engine) {
    return engine.embedder();
  }

  @Produces
  @Singleton
  @Typed(TextIndex.class)
  TextIndex textIndex(Engine engine) {
    return engine.textIndex();
  }

  @Produces
  @Singleton
  @Typed(VectorIndex.class)
  VectorIndex vectorIndex(Engine engine) {
    return engine.vectorIndex();
  }
}
