package uk.casesearch.app.indexing;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.engine.Engine;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordIndexer;

/**
 * Brings the indexes in line with the database, one writer thread for both indexes. Callers commit
 * records to the database first (that is the acknowledgement), then submit their ids here; the
 * worker loads each record from the database, so whatever it indexes is what was committed, and a
 * record deleted in the meantime is removed instead. At start-up it reconciles the indexes with the
 * database, so changes lost in a crash between commit and index are redone.
 *
 * <p>That comparison reads every record's hash (about 12 s at a million records), so it is skipped
 * after a clean shutdown: one that found nothing queued and no failed batch commits both indexes,
 * then writes a random token into the database and, with the indexes' commit names and the indexing
 * settings, into a file beside them. A start whose token, commits and settings all match skips the
 * comparison; every start deletes both copies of the token before anything can change, so after a
 * crash, a restore, an index rebuilt or moved aside, another database or other settings, the next
 * start compares everything. Records changed in the database by anything but this service while it
 * was stopped are not seen then: {@code casesearch reindex} catches up.
 */
@ApplicationScoped
public class IndexingService {

  private static final Logger LOG = Logger.getLogger(IndexingService.class);

  /** The name of the clean-stop token in the database's index_state table. */
  static final String CLEAN_STOP = "clean_stop";

  /** What the last start did to bring the indexes in line with the database. */
  public enum StartupCheck {
    /** Compared every record's hash with both indexes. */
    FULL,
    /** Skipped: the indexes were as a clean shutdown left them. */
    SKIPPED_AFTER_CLEAN_STOP
  }

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

  /** Guards {@link #running} against a submit racing the shutdown. */
  private final Object submitting = new Object();

  /** Set when a record committed to the database could not be queued (indexing had stopped). */
  private volatile boolean missed;

  private volatile boolean cleanStopRecorded;
  private volatile StartupCheck startupCheck = StartupCheck.FULL;
  private Thread worker;
  private long lastCommitNanos = System.nanoTime();
  private volatile int repairedAtStart;
  private volatile CompletableFuture<Void> startupRepair = new CompletableFuture<>();

  public IndexingService(
      Engine engine, RecordStore store, CasesearchConfig config, MeterRegistry metrics) {
    this.engine = engine;
    this.store = store;
    this.config = config;
    Gauge.builder("casesearch.indexing.queue", queue, LinkedBlockingQueue::size)
        .description("records waiting to be indexed")
        .register(metrics);
    FunctionCounter.builder("casesearch.indexing.records", indexedCount, AtomicLong::get)
        .description("records indexed or removed since start")
        .register(metrics);
    FunctionCounter.builder("casesearch.indexing.failures", failedCount, AtomicLong::get)
        .description("records whose indexing failed (retried at the next start)")
        .register(metrics);
  }

  void onStart(@Observes @Priority(20) StartupEvent event) {
    running = true;
    worker = Thread.ofPlatform().name("indexer").daemon().start(this::run);
    if (config.backend() == CasesearchConfig.Backend.OPENSEARCH)
      outboxDrainer = Thread.ofVirtual().name("outbox").start(this::drainOutbox);
    if (cleanStopHolds()) {
      startupCheck = StartupCheck.SKIPPED_AFTER_CLEAN_STOP;
      LOG.info("start-up check skipped: the indexes are as the last clean shutdown left them");
      startupRepair = CompletableFuture.completedFuture(null);
      return;
    }
    long t0 = System.nanoTime();
    Map<String, String> hashes = store.contentHashes();
    long t1 = System.nanoTime();
    RecordIndexer.Reconciliation r = engine.indexer().reconcile(hashes);
    // Part of start-to-ready at scale (12 s to read a million records' hashes from H2 here), hence
    // timed.
    LOG.infof(
        "start-up check: %d records read from the database in %d ms, compared with both indexes in %d ms",
        hashes.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    repairedAtStart = r.toIndex().size() + r.toDelete().size();
    startupRepair = repair(r);
  }

  /**
   * Whether the last shutdown was clean and nothing changed since; deletes its token either way, so
   * that from now on a crash leaves none.
   */
  private boolean cleanStopHolds() {
    Path marker = cleanStopFile();
    String database = null;
    String beside = null;
    try {
      database = store.indexState(CLEAN_STOP);
      beside = Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8) : null;
    } catch (IOException | RuntimeException e) {
      LOG.warnf(
          "reading the clean-shutdown token failed (%s); comparing the indexes with the database",
          e.toString());
    }
    forgetCleanStop(marker);
    if (database == null || beside == null) return false;
    try {
      return (database + "\n" + engine.indexer().commitState()).equals(beside);
    } catch (IOException e) {
      LOG.warnf(
          "reading the indexes' commits failed (%s); comparing the indexes with the database",
          e.toString());
      return false;
    }
  }

  /**
   * Deletes the token beside the indexes and in the database: either suffices for the next start to
   * compare everything, so start-up stops only when neither can be deleted.
   */
  private void forgetCleanStop(Path marker) {
    IllegalStateException failed =
        new IllegalStateException("the clean-shutdown token cannot be deleted");
    boolean forgotten = false;
    try {
      Files.deleteIfExists(marker);
      forgotten = true;
    } catch (IOException e) {
      failed.addSuppressed(e);
    }
    try {
      store.setIndexState(CLEAN_STOP, null);
      forgotten = true;
    } catch (RuntimeException e) {
      failed.addSuppressed(e);
    }
    if (!forgotten) throw failed;
  }

  /**
   * After indexing has stopped, if nothing is left undone: commits and closes the indexes (so their
   * commits are final), then records the clean stop.
   */
  private void recordCleanStop() {
    boolean clean =
        !worker.isAlive()
            && queue.isEmpty()
            && !missed
            && failedCount.get() == 0
            && startupRepair.isDone()
            && !startupRepair.isCompletedExceptionally();
    if (!clean) {
      LOG.info(
          "shutdown with indexing unfinished: the next start compares the indexes with the database");
      return;
    }
    if (!engine.closeIndexes()) return; // said why
    try {
      String token = UUID.randomUUID().toString();
      store.setIndexState(CLEAN_STOP, token);
      Path marker = cleanStopFile();
      Path tmp = marker.resolveSibling(marker.getFileName() + ".tmp");
      Files.writeString(tmp, token + "\n" + engine.indexer().commitState(), StandardCharsets.UTF_8);
      Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      cleanStopRecorded = true;
    } catch (IOException | RuntimeException e) {
      // Without both tokens the next start compares everything, which is always safe.
      LOG.warnf(
          "recording a clean shutdown failed (%s); the next start compares the indexes with the database",
          e.toString());
    }
  }

  private Path cleanStopFile() {
    return config.dataDir().resolve("index").resolve("clean-stop");
  }

  /** What this start did to bring the indexes in line with the database. */
  public StartupCheck startupCheck() {
    return startupCheck;
  }

  /**
   * Queues every record that an index lacks or holds stale, and drops what the database no longer
   * has.
   */
  public RecordIndexer.Reconciliation reconcile() {
    RecordIndexer.Reconciliation r = engine.indexer().reconcile(store.contentHashes());
    repair(r);
    return r;
  }

  private CompletableFuture<Void> repair(RecordIndexer.Reconciliation r) {
    if (r.inSync()) return CompletableFuture.completedFuture(null);
    LOG.infof(
        "reconciling indexes with the database: %d to index, %d to remove",
        r.toIndex().size(), r.toDelete().size());
    List<String> ids = new ArrayList<>(r.toIndex());
    ids.addAll(r.toDelete());
    return submit(ids).thenRun(this::mergeDeletes);
  }

  /**
   * After a repair: re-indexed records leave their old passages deleted but still counted in the
   * text index's statistics (document frequencies, average length) until Lucene merges them away,
   * so BM25 scores drift from those of the same records indexed once (a lost vector index
   * re-indexes every record). The text index is small (0.15 GB a million passages), so the deletes
   * are merged away now, before the service reports ready.
   */
  private void mergeDeletes() {
    writing.lock();
    try {
      engine.indexer().mergeDeletes();
      engine.indexer().refresh();
      dirty.set(true);
    } catch (IOException | RuntimeException e) {
      LOG.errorf(
          "merging deleted passages after a repair failed (scores stay slightly off until Lucene merges): %s",
          e.getMessage());
    } finally {
      writing.unlock();
    }
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
    List<CompletableFuture<Void>> futures = new ArrayList<>(ids.size());
    synchronized (submitting) {
      if (!running) {
        // The records are in the database; the next start must compare rather than trust a clean
        // stop.
        if (!ids.isEmpty()) {
          missed = true;
          if (cleanStopRecorded) store.setIndexState(CLEAN_STOP, null);
        }
        throw new IllegalStateException("indexing is not running");
      }
      for (String id : ids) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        futures.add(f);
        queued.merge(id, 1, Integer::sum);
        queue.add(new Pending(id, f));
      }
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

  private Thread outboxDrainer;

  /**
   * How many times each record is queued here and not yet indexed: the outbox drainer leaves those
   * alone (a bulk import's rows outlive many rounds while its records wait their turn).
   */
  private final Map<String, Integer> queued = new ConcurrentHashMap<>();

  private void dequeued(List<Pending> batch) {
    for (Pending p : batch) queued.computeIfPresent(p.id(), (k, n) -> n > 1 ? n - 1 : null);
  }

  /**
   * Every outbox interval, queues the records whose outbox rows were already there at the previous
   * round: changes another instance committed and did not live to send (its own are sent within
   * seconds and their rows deleted). Sending one again is harmless: indexing reads the database.
   */
  private void drainOutbox() {
    long previousHigh = 0;
    long interval = Math.max(1, config.opensearch().outboxInterval().toMillis());
    while (running) {
      try {
        Thread.sleep(interval);
        RecordStore.Outbox o = store.undelivered(previousHigh, 10_000);
        // Not those this instance has queued itself and not indexed yet.
        List<String> ids = o.recordIds().stream().filter(id -> !queued.containsKey(id)).toList();
        if (!ids.isEmpty()) {
          LOG.infof(
              "outbox: %d records changed by an instance that did not index them", ids.size());
          submit(ids);
        }
        previousHigh = o.highest();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warnf("reading the outbox failed (%s); retrying at the next round", e.toString());
      }
    }
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
          if (System.nanoTime() - lastCommitNanos
              > TimeUnit.SECONDS.toNanos(config.ingest().commitIntervalSeconds())) {
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
        LOG.errorf(
            e,
            "indexing a batch of %d records failed; they will be retried at the next reconcile",
            batch.size());
        dequeued(batch);
        batch.forEach(p -> p.done().completeExceptionally(e));
      }
    }
  }

  private void process(List<Pending> batch) throws IOException {
    Map<String, List<Pending>> byId = new LinkedHashMap<>();
    for (Pending p : batch) byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
    // Read before the records: rows of changes committed after this read stay for the next round.
    List<Long> outboxRows = store.outboxRows(byId.keySet());
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
    store.delivered(outboxRows);
    dirty.set(true);
    indexedCount.addAndGet(byId.size());
    dequeued(batch);
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
    synchronized (submitting) {
      running = false;
    }
    if (outboxDrainer != null) outboxDrainer.interrupt();
    if (worker != null) {
      try {
        worker.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // Whatever is still queued is in the database: the next start-up's reconcile indexes it.
      writing.lock();
      try {
        recordCleanStop();
      } finally {
        writing.unlock();
      }
    }
  }
}
