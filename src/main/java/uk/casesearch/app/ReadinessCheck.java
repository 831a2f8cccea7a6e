package uk.casesearch.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the model is loaded and both indexes are open; reports index sizes and the queue. */
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
    return HealthCheckResponse.named("engine")
        .up()
        .withData("model", engine.embedder().modelId())
        .withData("text_passages", engine.textIndex().size())
        .withData("vector_passages", engine.vectorIndex().size())
        .withData("indexing_queue", indexing.queueDepth())
        .withData("repaired_at_start", indexing.repairedAtStart())
        .build();
  }
}
