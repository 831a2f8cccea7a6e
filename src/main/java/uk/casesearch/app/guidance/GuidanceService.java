package uk.casesearch.app.guidance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.security.Access;
import uk.casesearch.engine.guidance.GuidanceDocument;
import uk.casesearch.engine.guidance.GuidanceLibrary;
import uk.casesearch.engine.guidance.PolicyChecker;

/**
 * The guidance collection: documents stored in their own table, never beside case records, and read
 * as one {@link GuidanceLibrary} that is made again when a document is added or replaced.
 */
@ApplicationScoped
public class GuidanceService {

  private final EntityManager em;
  private final Access access;
  private final AuditLog audit;

  public GuidanceService(EntityManager em, Access access, AuditLog audit) {
    this.em = em;
    this.access = access;
    this.audit = audit;
  }

  private void audited(String action, Map<String, Object> detail) {
    audit.append(new AuditLog.Event(access.caller().id(), action, null, null, detail, null));
  }

  /** The paragraphs a query finds, audited. */
  public List<GuidanceLibrary.Hit> search(String query, int limit) {
    List<GuidanceLibrary.Hit> hits = library().search(query, limit);
    audited("guidance.search", Map.of("q", query, "hits", hits.size()));
    return hits;
  }

  /** A question's answer from the guidance, audited. */
  public GuidanceLibrary.Answer ask(String question) {
    GuidanceLibrary.Answer a = library().ask(question);
    audited(
        "guidance.ask",
        Map.of("question", question, "outcome", a.found() ? "answered" : "nothing_found"));
    return a;
  }

  /**
   * A local procedure's check against the statutory guidance, audited; empty for an unknown
   * document.
   *
   * @throws IllegalArgumentException when the document is statutory
   */
  public Optional<List<PolicyChecker.Finding>> check(String documentId) {
    GuidanceLibrary l = library();
    var d = l.document(documentId);
    if (d.isEmpty()) return Optional.empty();
    if (d.get().kind() != GuidanceDocument.Kind.LOCAL)
      throw new IllegalArgumentException(
          "document " + documentId + " is statutory: check a local procedure");
    List<PolicyChecker.Finding> findings = l.check(d.get());
    audited("guidance.check", Map.of("document", documentId, "findings", findings.size()));
    return Optional.of(findings);
  }

  private volatile GuidanceLibrary library;

  /** Counts stores, so a read that began before one never caches what it read. */
  private final AtomicLong generation = new AtomicLong();

  /** Adds or replaces a document for the caller; the collection is read again once committed. */
  public GuidanceDocument store(GuidanceDocument d) {
    return store(d, access.caller().id());
  }

  /** Adds or replaces a document, audited as {@code actor}'s (the demo's loader has no caller). */
  public GuidanceDocument store(GuidanceDocument d, String actor) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              GuidanceEntity e = em.find(GuidanceEntity.class, d.id());
              boolean added = e == null;
              if (added) {
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
              if (added) em.persist(e);
            });
    generation.incrementAndGet();
    library = null;
    audit.append(
        new AuditLog.Event(actor, "guidance.store", null, null, Map.of("document", d.id()), null));
    return d;
  }

  /** The collection as it is now. */
  public GuidanceLibrary library() {
    GuidanceLibrary l = library;
    if (l == null) {
      long seen = generation.get();
      List<GuidanceEntity> all =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      em.createQuery("from GuidanceEntity", GuidanceEntity.class).getResultList());
      l =
          new GuidanceLibrary(
              all.stream()
                  .sorted(Comparator.comparing(e -> e.id))
                  .map(GuidanceEntity::toDocument)
                  .toList());
      if (generation.get() == seen) library = l;
    }
    return l;
  }
}
