package uk.casesearch.api;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.config.EngineSettings;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.search.HybridSearcher;

/**
 * Every default is written twice, in the engine's config records and in the service's configuration
 * mapping: with nothing configured (the test profile sets none of these keys), the two agree. And
 * each search key reaches the setting it names.
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class EngineSettingsTest {

  @Inject CasesearchConfig config;

  @Test
  void theServicesDefaultsAreTheEngines() {
    CasesearchConfig.Search search = config.search();
    assertEquals(HybridSearcher.Fusion.defaults(), EngineSettings.fusion(search.fusion()));
    assertEquals(HybridSearcher.Concepts.defaults(), EngineSettings.concepts(search.concepts()));
    assertEquals(HybridSearcher.Feedback.defaults(), EngineSettings.feedback(search.feedback()));
    assertEquals(HybridSearcher.Config.defaults(), EngineSettings.searcher(search));
    assertEquals(Optional.empty(), search.concepts().lexicon());
    assertEquals(Chunker.Config.defaults(), EngineSettings.chunker(config.chunking()));
    assertEquals(LuceneBm25Index.Config.defaults(), EngineSettings.text(config.text()));
    assertEquals(JVectorIndex.Config.defaults(384), EngineSettings.vector(config.vector(), 384));
  }

  /** Every value differs from its default and from the others, so a crossed wire shows. */
  @Test
  void eachSearchKeyReachesItsSetting() {
    Map<String, String> set =
        Map.ofEntries(
            entry("casesearch.search.candidates", "120"),
            entry("casesearch.search.snippet-chars", "250"),
            entry("casesearch.search.query-dates", "false"),
            entry("casesearch.search.fusion.method", "rrf"),
            entry("casesearch.search.fusion.rrf-k", "30"),
            entry("casesearch.search.fusion.bm25-weight", "0.8"),
            entry("casesearch.search.fusion.vector-weight", "1.2"),
            entry("casesearch.search.fusion.vector-weight-without-lexicon", "1.7"),
            entry("casesearch.search.fusion.type-boost", "0.6"),
            entry("casesearch.search.concepts.lexicon", "/etc/casesearch/concepts.yaml"),
            entry("casesearch.search.concepts.weight", "1.5"),
            entry("casesearch.search.concepts.text-weight", "3.0"),
            entry("casesearch.search.concepts.similarity", "0.7"),
            entry("casesearch.search.concepts.margin", "0.04"),
            entry("casesearch.search.concepts.affinity", "0.9"),
            entry("casesearch.search.feedback.passages", "3"),
            entry("casesearch.search.feedback.weight", "0.4"));
    CasesearchConfig.Search search =
        new SmallRyeConfigBuilder()
            .withMapping(CasesearchConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withSources(new PropertiesConfigSource(set, "test", 100))
            .build()
            .getConfigMapping(CasesearchConfig.class)
            .search();
    assertEquals(
        new HybridSearcher.Config(
            120,
            250,
            false,
            new HybridSearcher.Fusion(HybridSearcher.Fusion.Method.RRF, 30, 0.8, 1.2, 1.7, 0.6),
            new HybridSearcher.Concepts(1.5, 3.0, 0.7, 0.04, 0.9),
            new HybridSearcher.Feedback(3, 0.4),
            HybridSearcher.WeakMatch.defaults()),
        EngineSettings.searcher(search));
    assertEquals(
        Optional.of(Path.of("/etc/casesearch/concepts.yaml")), search.concepts().lexicon());
  }
}
