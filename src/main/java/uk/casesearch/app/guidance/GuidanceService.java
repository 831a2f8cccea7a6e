package uk.casesearch.app.guidance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import uk.casesearch.engine.guidance.GuidanceDocument;
import uk.casesearch.engine.guidance.GuidanceLibrary;

/**
 * The guidance collection: documents stored in their own table, never beside case records, and read
 * as one {@link GuidanceLibrary} that is made again when a document is added or replaced.
 */
@ApplicationScoped
public class GuidanceService {

  private volatile GuidanceLibrary library;

  /** Counts stores, so a read that began before one never caches what it read. */
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();

  /** Adds or replaces a document; the collection is read again once it is committed. */
  public GuidanceDocument store(GuidanceDocument d) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              GuidanceEntity e = GuidanceEntity.findById(d.id());
              if (e == null) {
                e = new GuidanceEntity();
                e.id = d.id();
              }
              e.title = d.title();
              e.issuer = d.issuer();
              e.kind = d.kind().label();
              e.version = d.version();
              e.date = d.date();
              e.text = d.text();
              e.storedAt = Instant.now();
              e.persist();
            });
    generation.incrementAndGet();
    library = null;
    return d;
  }

  /** The collection as it is now. */
  public GuidanceLibrary library() {
    GuidanceLibrary l = library;
    if (l == null) {
      long seen = generation.get();
      List<GuidanceEntity> all =
          QuarkusTransaction.requiringNew().call(() -> GuidanceEntity.<GuidanceEntity>listAll());
      l =
          new GuidanceLibrary(
              all.stream()
                  .sorted(java.util.Comparator.comparing(e -> e.id))
                  .map(GuidanceEntity::toDocument)
                  .toList());
      if (generation.get() == seen) library = l;
    }
    return l;
  }
}
