package uk.casesearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.config.EngineSettings;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.search.HybridSearcher;

/**
 * Every default is written twice, in the engine's config records and in the service's configuration
 * mapping: with nothing configured (the test profile sets none of these keys), the two agree.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class EngineSettingsTest {

  @Inject CasesearchConfig config;

  @Test
  void theServicesDefaultsAreTheEngines() {
    assertEquals(HybridSearcher.Config.defaults(), EngineSettings.searcher(config.search()));
    assertEquals(Chunker.Config.defaults(), EngineSettings.chunker(config.chunking()));
    assertEquals(LuceneBm25Index.Config.defaults(), EngineSettings.text(config.text()));
    assertEquals(JVectorIndex.Config.defaults(384), EngineSettings.vector(config.vector(), 384));
  }
}
