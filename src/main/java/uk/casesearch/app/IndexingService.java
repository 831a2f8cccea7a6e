package uk.casesearch.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordIndexer;

/**
 * Brings the indexes in line with the database, one writer thread for both indexes. Callers commit
 * records to the database first (that is the acknowledgement), then submit their ids here; the
 * worker loads each record from the database, so whatever it indexes is what was committed, and a
 * record deleted in the meantime is removed instead. At start-up it reconciles the indexes with the
 * database, so changes lost in a crash between commit and index are redone.
 */
@ApplicationScoped
public class IndexingService {

  private static final Logger LOG = Logger.getLogger(IndexingService.class);

  private record Pending(String id, CompletableFuture<Void> done) {}

  private final Engine engine;
  private final RecordStore store;
  private final CasesearchConfig config;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final AtomicLong indexedCount = new AtomicLong();
  private final AtomicLong failedCount = new AtomicLong();
  /** Held by the worker while it writes an index, and by a snapshot while it copies them. */
  private final ReentrantLock writing = new ReentrantLock();
  private volatile boolean running;
  private Thread worker;
  private long lastCommitNanos = System.nanoTime();
  private volatile int repairedAtStart;
  private volatile CompletableFuture<Void> startupRepair = new CompletableFuture<>();

  public IndexingService(Engine engine, RecordStore store, CasesearchConfig config, MeterRegistry metrics) {
    this.engine = engine;
    this.store = store;
    this.config = config;
    Gauge.builder("casesearch.indexing.queue", queue, LinkedBlockingQueue::size)
        .description("records waiting to be indexed").register(metrics);
    FunctionCounter.builder("casesearch.indexing.records", indexedCount, AtomicLong::get)
        .description("records indexed or removed since start").register(metrics);
    FunctionCounter.builder("casesearch.indexing.failures", failedCount, AtomicLong::get)
        .description("records whose indexing failed (retried at the next start)").register(metrics);
  }

  void onStart(@Observes @Priority(20) StartupEvent event) {
    running = true;
    worker = Thread.ofPlatform().name("indexer").daemon().start(this::run);
    long t0 = System.nanoTime();
    Map<String, String> hashes = store.contentHashes();
    long t1 = System.nanoTime();
    RecordIndexer.Reconciliation r = engine.indexer().reconcile(hashes);
    // Part of start-to-ready at scale (12 s to read a million records' hashes from H2 here), hence timed.
    LOG.infof(
        "start-up check: %d records read from the database in %d ms, compared with both indexes in %d ms",
        hashes.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    repairedAtStart = r.toIndex().size() + r.toDelete().size();
    startupRepair = repair(r);
  }

  /** Queues every record that an index lacks or holds stale, and drops what the database no longer has. */
  public RecordIndexer.Reconciliation reconcile() {
    RecordIndexer.Reconciliation r = engine.indexer().reconcile(store.contentHashes());
    repair(r);
    return r;
  }

  private CompletableFuture<Void> repair(RecordIndexer.Reconciliation r) {
    if (r.inSync()) return CompletableFuture.completedFuture(null);
    LOG.infof("reconciling indexes with the database: %d to index, %d to remove", r.toIndex().size(), r.toDelete().size());
    List<String> ids = new ArrayList<>(r.toIndex());
    ids.addAll(r.toDelete());
    return submit(ids);
  }

  /**
   * Completes when the indexes hold everything the database held at start-up: until then a search
   * may miss records, so readiness stays down and batch commands wait for it.
   */
  public CompletableFuture<Void> startupRepair() {
    return startupRepair;
  }

  /**
   * Queues records for (re-)indexing or removal, according to what the database holds when the
   * worker reaches them. The future completes when all are searchable.
   */
  public CompletableFuture<Void> submit(Collection<String> ids) {
    if (!running) throw new IllegalStateException("indexing is not running");
    List<CompletableFuture<Void>> futures = new ArrayList<>(ids.size());
    for (String id : ids) {
      CompletableFuture<Void> f = new CompletableFuture<>();
      futures.add(f);
      queue.add(new Pending(id, f));
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
  }

  /** Records waiting to be indexed. */
  public int queueDepth() {
    return queue.size();
  }

  /** Records the start-up reconciliation found missing, stale or orphaned in an index. */
  public int repairedAtStart() {
    return repairedAtStart;
  }

  private void run() {
    int batchSize = config.ingest().batchSize();
    while (running) {
      List<Pending> batch = new ArrayList<>(batchSize);
      try {
        Pending first = queue.poll(500, TimeUnit.MILLISECONDS);
        writing.lock();
        try {
          if (first != null) {
            batch.add(first);
            queue.drainTo(batch, batchSize - 1);
            process(batch);
          }
          // Commits run on this thread too, so each index only ever has one writer.
          if (System.nanoTime() - lastCommitNanos > TimeUnit.SECONDS.toNanos(config.ingest().commitIntervalSeconds())) {
            commitIfDirty();
            lastCommitNanos = System.nanoTime();
          }
        } finally {
          writing.unlock();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | IOException | Error e) {
        failedCount.addAndGet(batch.size());
        // Ids only: record content never goes to the log.
        LOG.errorf(e, "indexing a batch of %d records failed; they will be retried at the next reconcile", batch.size());
        batch.forEach(p -> p.done().completeExceptionally(e));
      }
    }
  }

  private void process(List<Pending> batch) throws IOException {
    Map<String, List<Pending>> byId = new LinkedHashMap<>();
    for (Pending p : batch) byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
    Map<String, CaseRecord> found = store.findAll(byId.keySet());
    RecordIndexer indexer = engine.indexer();
    List<CaseRecord> toIndex = new ArrayList<>();
    for (String id : byId.keySet()) {
      CaseRecord r = found.get(id);
      if (r == null) indexer.delete(id);
      else toIndex.add(r);
    }
    indexer.index(toIndex);
    indexer.refresh();
    dirty.set(true);
    indexedCount.addAndGet(byId.size());
    batch.forEach(p -> p.done().complete(null));
  }

  private void commitIfDirty() {
    if (!dirty.getAndSet(false)) return;
    try {
      engine.indexer().commit();
    } catch (IOException | RuntimeException e) {
      dirty.set(true);
      LOG.errorf("committing indexes failed: %s", e.getMessage());
    }
  }

  /**
   * Commits both indexes and copies them under {@code target}, with indexing held off meanwhile
   * (searches go on). Records queued but not yet indexed are in the database, so a restore's
   * start-up reconcile indexes them.
   */
  public void snapshot(Path target) throws IOException {
    writing.lock();
    try {
      engine.indexer().snapshot(target);
      dirty.set(false);
    } finally {
      writing.unlock();
    }
  }

  void onStop(@Observes @Priority(1) ShutdownEvent event) {
    running = false;
    if (worker != null) {
      try {
        worker.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // Whatever is still queued is in the database: the next start-up's reconcile indexes it.
  }
}
