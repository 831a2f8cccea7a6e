package uk.casesearch.app.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.casesearch.app.engine.Engine;
import uk.casesearch.app.indexing.IndexingService;

/**
 * Ready when the model is loaded, both indexes are open and the start-up repair (re-indexing what a
 * crash or a model change left missing) is done; reports index sizes, the queue and whether this
 * start compared the indexes with the database or found them as a clean shutdown left them.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  private final Engine engine;
  private final IndexingService indexing;

  public ReadinessCheck(Engine engine, IndexingService indexing) {
    this.engine = engine;
    this.indexing = indexing;
  }

  @Override
  public HealthCheckResponse call() {
    if (!engine.ready()) return HealthCheckResponse.named("engine").down().build();
    // Until the start-up repair is done a search could miss records the database holds.
    boolean repaired = indexing.startupRepair().isDone();
    return HealthCheckResponse.named("engine")
        .status(repaired)
        .withData("startup_repair", repaired ? "done" : "running")
        .withData("model", engine.embedder().modelId())
        .withData("text_passages", engine.textIndex().size())
        .withData("vector_passages", engine.vectorIndex().size())
        .withData("vector_segments", engine.vectorIndex().segmentSizes().toString())
        .withData("indexing_queue", indexing.queueDepth())
        .withData("repaired_at_start", indexing.repairedAtStart())
        .withData("startup_check", indexing.startupCheck().name().toLowerCase(Locale.ROOT))
        .build();
  }
}
