package uk.casesearch.engine.index.vector;

import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.similarity.BuildScoreProvider;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.util.FileTrees;

/**
 * A {@link VectorIndex} on JVector graphs, built like a log-structured index so that a million
 * passages fit a small heap: new passages go into a live graph in memory ({@link LiveSegment});
 * when it holds {@link Config#segmentPassages()} passages a commit seals it into an immutable
 * on-disk segment ({@link SealedSegment}: the graph and full vectors memory-mapped,
 * product-quantized codes on the heap for the larger ones), and a background thread merges segments
 * of similar size into one, {@link Config#mergeFactor()} at a time, so that a search visits few
 * graphs. A search asks every segment for its best {@code topK} and keeps the best of those ({@link
 * SegmentSearcher}).
 *
 * <p>Deletes: a passage in the live graph is marked deleted in the graph (cleaned out at the next
 * commit); one in a sealed segment is a bit in that segment's deletion set, dropped for good when
 * the segment is merged. Filters are accept-ordinals {@link Bits} inside each graph walk; when a
 * filter lets few passages of a segment through (one child's case, say), that segment is scanned
 * exactly instead: a graph walk that must skip 99% of nodes is both slower and less accurate.
 *
 * <p>Concurrency: one read-write lock; searches share it, writes, commits and the swap-in of a
 * merged segment hold it exclusively, so a search never sees a half-inserted record. A merge reads
 * its (immutable) source segments without the lock.
 *
 * <p>Persistence: {@link #commit()} writes a new generation folder (the live graph in JVector's
 * on-heap format, its vectors and entries, and the list of sealed segments with their deletions),
 * fsyncs it, then atomically replaces the {@code CURRENT} pointer file ({@link CommitPoint}).
 * Segment folders are complete before any generation names them. A crash at any moment leaves the
 * previous generation loadable; an unreadable index opens empty (the caller reconciles it with the
 * database). An index written before segments existed opens as one live graph and is sealed at
 * once.
 */
public final class JVectorIndex implements VectorIndex {

  private static final System.Logger LOG = System.getLogger(JVectorIndex.class.getName());
  private static final VectorTypeSupport VTS =
      VectorizationProvider.getInstance().getVectorTypeSupport();

  static {
    // JVector quietly falls back to scalar code without jdk.incubator.vector: say which is active.
    LOG.log(
        System.Logger.Level.INFO,
        "JVector vectorization provider: {0}",
        VectorizationProvider.getInstance().getClass().getSimpleName());
  }

  /**
   * Graph and segment settings.
   *
   * @param dimension vector length, 1 to 4096
   * @param maxDegree the most neighbours per node, 4 to 512
   * @param beamWidth candidates considered when inserting, at least maxDegree
   * @param neighborOverflow how far a node may exceed maxDegree before pruning, in [1, 2]
   * @param alpha diversity pruning, in [1, 2]
   * @param addHierarchy whether to build upper layers (faster entry to large graphs)
   * @param exactSearchThreshold below this many accepted passages a segment is scanned exactly
   * @param segmentPassages a commit seals the live graph once it holds this many passages
   * @param mergeFactor this many segments of about the same size are merged into one, at least 2
   * @param quantizeMinPassages segments at least this large keep product-quantized codes in memory
   *     and score with them, re-ranking with the full vectors; smaller ones score exactly
   */
  public record Config(
      int dimension,
      int maxDegree,
      int beamWidth,
      float neighborOverflow,
      float alpha,
      boolean addHierarchy,
      int exactSearchThreshold,
      int segmentPassages,
      int mergeFactor,
      int quantizeMinPassages) {
    public Config {
      if (dimension < 1 || dimension > 4096) {
        throw new IllegalArgumentException("dimension must be in [1, 4096], got: " + dimension);
      }
      if (maxDegree < 4 || maxDegree > 512) {
        throw new IllegalArgumentException("maxDegree must be in [4, 512], got: " + maxDegree);
      }
      if (beamWidth < maxDegree) {
        throw new IllegalArgumentException(
            "beamWidth " + beamWidth + " must be >= maxDegree " + maxDegree);
      }
      if (!(neighborOverflow >= 1 && neighborOverflow <= 2)) {
        throw new IllegalArgumentException(
            "neighborOverflow must be in [1, 2], got: " + neighborOverflow);
      }
      if (!(alpha >= 1 && alpha <= 2))
        throw new IllegalArgumentException("alpha must be in [1, 2], got: " + alpha);
      if (exactSearchThreshold < 0) {
        throw new IllegalArgumentException(
            "exactSearchThreshold must be >= 0, got: " + exactSearchThreshold);
      }
      if (segmentPassages < 1)
        throw new IllegalArgumentException("segmentPassages must be >= 1, got: " + segmentPassages);
      if (mergeFactor < 2)
        throw new IllegalArgumentException("mergeFactor must be >= 2, got: " + mergeFactor);
      if (quantizeMinPassages < 1) {
        throw new IllegalArgumentException(
            "quantizeMinPassages must be >= 1, got: " + quantizeMinPassages);
      }
    }

    /** Graph settings with the default segment settings. */
    public Config(
        int dimension,
        int maxDegree,
        int beamWidth,
        float neighborOverflow,
        float alpha,
        boolean addHierarchy,
        int exactSearchThreshold) {
      this(
          dimension,
          maxDegree,
          beamWidth,
          neighborOverflow,
          alpha,
          addHierarchy,
          exactSearchThreshold,
          50_000,
          4,
          100_000);
    }

    /**
     * Degree 32, beam 100, overflow 1.2, alpha 1.2, hierarchical, exact below 5,000 passages,
     * segments of 50,000 passages merged 4 at a time, quantized from 100,000 passages.
     */
    public static Config defaults(int dimension) {
      return new Config(dimension, 32, 100, 1.2f, 1.2f, true, 5000);
    }

    /** These settings with other segment settings. */
    public Config withSegments(int segmentPassages, int mergeFactor, int quantizeMinPassages) {
      return new Config(
          dimension,
          maxDegree,
          beamWidth,
          neighborOverflow,
          alpha,
          addHierarchy,
          exactSearchThreshold,
          segmentPassages,
          mergeFactor,
          quantizeMinPassages);
    }

    /** Product-quantization subspaces: 4 dimensions each, 16 times smaller than the vectors. */
    int quantizeSubspaces() {
      return Math.max(1, dimension / 4);
    }

    /**
     * Product-quantization subspaces for a new segment of {@code passages} passages: {@link
     * #quantizeSubspaces()} from {@link #quantizeMinPassages()} on, 0 (scored exactly) below.
     */
    int quantizeSubspaces(int passages) {
      return passages >= quantizeMinPassages ? quantizeSubspaces() : 0;
    }

    /** A graph builder with these settings over {@code vectors}, the live graph's or a merge's. */
    GraphIndexBuilder graphBuilder(RandomAccessVectorValues vectors) {
      return new GraphIndexBuilder(
          BuildScoreProvider.randomAccessScoreProvider(vectors, VectorSegment.SIMILARITY),
          dimension,
          maxDegree,
          beamWidth,
          neighborOverflow,
          alpha,
          addHierarchy,
          true);
    }
  }

  /** Where a record's passages are: ordinals of the live graph or of a sealed segment. */
  private record Location(VectorSegment segment, int[] ordinals, String hash, RecordMeta meta) {}

  private final Path dir;
  private final Config config;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final SegmentSearcher searcher;
  private final MergePolicy mergePolicy;

  /** The graph that takes writes; replaced by a new, empty one when it is sealed. */
  private LiveSegment live;

  // Every record.
  private final Map<String, Location> locations = new HashMap<>();
  private final List<SealedSegment> sealed = new ArrayList<>();

  /** Segments merged away: closed and deleted once a commit no longer names them. */
  private final List<SealedSegment> retired = new ArrayList<>();

  private final CommitPoint commits;

  /** Whether anything changed since the last generation was written (guarded by the lock). */
  private boolean changed;

  /** Runs merges one at a time, each choosing its segments when it starts. */
  private final ExecutorService merges =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("vector-merge").factory());

  private final AtomicInteger pendingMerges = new AtomicInteger();
  private volatile boolean closed;

  private JVectorIndex(Path dir, Config config) {
    this.dir = dir;
    this.config = config;
    this.commits = new CommitPoint(dir);
    this.searcher = new SegmentSearcher(config.exactSearchThreshold());
    this.mergePolicy = new MergePolicy(config.segmentPassages(), config.mergeFactor());
    this.live = new LiveSegment(config);
  }

  /**
   * Opens the index last committed in {@code dir}, or an empty one. A missing, unreadable or
   * mismatched index opens empty with a warning: the database refills it.
   *
   * @throws IOException if {@code dir} cannot be created
   */
  public static JVectorIndex open(Path dir, Config config) throws IOException {
    Files.createDirectories(dir);
    JVectorIndex index = new JVectorIndex(dir, config);
    String gen = index.commits.currentName();
    if (gen != null) {
      try {
        index.load(dir.resolve(gen));
        index.commits.loaded(gen);
      } catch (IOException | RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "vector index {0} in {1} cannot be loaded ({2}); starting empty: the database will refill it",
            gen,
            dir,
            e.toString());
        index.close();
        index = new JVectorIndex(dir, config);
        index.commits.skipBroken(); // never reuse the name of the broken generation
        index.changed = true; // the next commit replaces the broken generation
      }
    }
    Set<String> named = new HashSet<>();
    for (SealedSegment s : index.sealed) named.add(s.name);
    index.commits.removeUnreferencedSegments(named);
    if (index.live.size() >= config.segmentPassages()) {
      index.changed = true;
      index
          .commit(); // seals a live graph that outgrew its limit (or an index from before segments)
    } else {
      index.lock.writeLock().lock();
      try {
        index.scheduleMerge();
      } finally {
        index.lock.writeLock().unlock();
      }
    }
    return index;
  }

  @Override
  public int dimension() {
    return config.dimension();
  }

  @Override
  public void upsert(
      String recordId, String recordHash, RecordMeta meta, List<float[]> passageVectors)
      throws IOException {
    upsertAll(List.of(new Upsert(recordId, recordHash, meta, passageVectors)));
  }

  /**
   * Inserts the graph nodes of a batch in parallel: JVector's builder takes concurrent inserts, and
   * a node's neighbours are chosen among the nodes inserted before and alongside it. Searches wait
   * (the write lock is held), so they never see half a batch.
   */
  @Override
  public void upsertAll(List<Upsert> records) throws IOException {
    for (Upsert u : records) for (float[] v : u.vectors()) checkDimension(v);
    // A record named twice keeps its last version (a node must not be deleted before it is
    // inserted).
    Map<String, Upsert> last = new LinkedHashMap<>();
    for (Upsert u : records) last.put(u.recordId(), u);
    lock.writeLock().lock();
    try {
      int first = live.nextOrdinal();
      for (Upsert u : last.values()) {
        removeRecord(u.recordId());
        int[] ords = live.add(u.recordId(), u.recordHash(), u.meta(), u.vectors());
        locations.put(u.recordId(), new Location(live, ords, u.recordHash(), u.meta()));
        changed = true;
      }
      live.insert(first, live.nextOrdinal());
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public boolean delete(String recordId) {
    lock.writeLock().lock();
    try {
      return removeRecord(recordId);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private boolean removeRecord(String recordId) {
    Location loc = locations.remove(recordId);
    if (loc == null) return false;
    changed = true;
    for (int ord : loc.ordinals()) loc.segment().delete(ord);
    return true;
  }

  @Override
  public List<PassageHit> search(float[] query, int topK, SearchFilter filter) throws IOException {
    if (topK < 1) throw new IllegalArgumentException("topK must be at least 1, got: " + topK);
    checkDimension(query);
    VectorFloat<?> q = VTS.createFloatVector(query.clone());
    lock.readLock().lock();
    try {
      List<VectorSegment> segments = new ArrayList<>(sealed.size() + 1);
      segments.add(live);
      segments.addAll(sealed);
      return searcher.search(segments, q, topK, filter);
    } finally {
      lock.readLock().unlock();
    }
  }

  private void checkDimension(float[] v) {
    if (v.length != config.dimension()) {
      throw new IllegalArgumentException(
          "vector dimension must be " + config.dimension() + ", got: " + v.length);
    }
  }

  @Override
  public float[] vector(String recordId, int passage) {
    lock.readLock().lock();
    try {
      Location loc = locations.get(recordId);
      if (loc == null || passage < 0 || passage >= loc.ordinals().length) return null;
      return loc.segment().vector(loc.ordinals()[passage]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public RecordMeta meta(String recordId) {
    lock.readLock().lock();
    try {
      Location loc = locations.get(recordId);
      return loc == null || loc.ordinals().length == 0 ? null : loc.meta();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public String commitId() {
    lock.readLock().lock();
    try {
      return commits.id();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Map<String, String> recordHashes() {
    lock.readLock().lock();
    try {
      Map<String, String> out = new HashMap<>(locations.size() * 2);
      locations.forEach((id, loc) -> out.put(id, loc.hash()));
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int size() {
    lock.readLock().lock();
    try {
      int n = live.liveCount();
      for (SealedSegment s : sealed) n += s.liveCount();
      return n;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Live-graph ordinals marked deleted but still in the graph; exposed for tests. */
  int deletedCount() {
    lock.readLock().lock();
    try {
      return live.deletedCount();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<Integer> segmentSizes() {
    lock.readLock().lock();
    try {
      return sealed.stream()
          .map(SealedSegment::liveCount)
          .sorted(Comparator.reverseOrder())
          .toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Waits until no merge is running or due to run. */
  public void awaitMerges() throws IOException {
    try {
      while (pendingMerges.get() > 0) Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for a merge", e);
    }
  }

  /** Seals the live graph and merges every segment into one, then waits. */
  @Override
  public void forceMerge() throws IOException {
    submitMerge(true);
    awaitMerges();
  }

  /** Writes a generation when something changed since the last one (or none was ever written). */
  @Override
  public void commit() throws IOException {
    lock.writeLock().lock();
    try {
      if (!changed && commits.generation() > 0) return;
      // JVector saves only a graph with no pending mutations: the live graph's cleanup removes
      // deleted nodes (rewiring their neighbours) and completes pending work. Commits are batched
      // for this reason.
      live.cleanup();
      if (live.size() >= config.segmentPassages()) sealLive();
      commitLocked();
      scheduleMerge();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Writes and publishes a generation ({@link CommitPoint#publish}); the caller holds the write
   * lock and cleaned up the live graph.
   */
  private void commitLocked() throws IOException {
    List<CommitPoint.SegmentRef> segments = new ArrayList<>(sealed.size());
    for (SealedSegment s : sealed)
      segments.add(new CommitPoint.SegmentRef(s.name, s.deletedOrdinals()));
    commits.publish(live, segments);
    changed = false;
    // Older generations, and segments merged away, are no longer referenced.
    commits.removeOldGenerations();
    for (SealedSegment s : retired) {
      s.close();
      FileTrees.delete(s.dir);
    }
    retired.clear();
  }

  /** The current generation's folder, its segments and the pointer, copied under the write lock. */
  @Override
  public void snapshot(Path target) throws IOException {
    lock.writeLock().lock();
    try {
      commit();
      List<Path> segmentDirs = new ArrayList<>(sealed.size());
      for (SealedSegment s : sealed) segmentDirs.add(s.dir);
      commits.copyCurrent(target, segmentDirs);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Writes the live graph out as a sealed segment and starts a new, empty live graph. */
  private void sealLive() throws IOException {
    Path segDir = commits.newSegmentDir();
    long t0 = System.nanoTime();
    int[] nodes = live.seal(segDir, config.quantizeSubspaces(live.size()));
    SealedSegment segment = SealedSegment.open(segDir, config.dimension());
    sealed.add(segment);
    for (Map.Entry<String, Location> e : locations.entrySet()) {
      Location loc = e.getValue();
      if (loc.segment() != live) continue;
      int[] ords = new int[loc.ordinals().length];
      for (int i = 0; i < ords.length; i++) ords[i] = Arrays.binarySearch(nodes, loc.ordinals()[i]);
      e.setValue(new Location(segment, ords, loc.hash(), loc.meta()));
    }
    live.close();
    live = new LiveSegment(config);
    LOG.log(
        System.Logger.Level.INFO,
        "sealed {0} passages into vector segment {1} in {2} ms",
        nodes.length,
        segment.name,
        (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * Starts a merge in the background when the {@link MergePolicy} has one due and none is pending.
   * The caller holds the write lock.
   */
  private void scheduleMerge() {
    if (!closed && pendingMerges.get() == 0 && !mergePolicy.pick(sealed).isEmpty()) {
      submitMerge(false);
    }
  }

  private void submitMerge(boolean all) {
    pendingMerges.incrementAndGet();
    try {
      merges.execute(
          () -> {
            try {
              runMerge(all);
            } catch (IOException | RuntimeException e) {
              if (!closed) {
                LOG.log(
                    System.Logger.Level.WARNING,
                    "merging vector segments failed; they stay as they are: {0}",
                    e.toString());
              }
            } finally {
              pendingMerges.decrementAndGet();
            }
          });
    } catch (RejectedExecutionException e) {
      pendingMerges.decrementAndGet(); // closed meanwhile
    }
  }

  /**
   * Chooses the segments to merge (all of them, with the live graph sealed first, when asked) and
   * merges them.
   */
  private void runMerge(boolean all) throws IOException {
    List<SealedSegment> pick;
    lock.writeLock().lock();
    try {
      if (closed) return;
      if (all) {
        live.cleanup();
        if (live.liveCount() > 0) sealLive();
        commitLocked();
        pick = mergePolicy.pickAll(sealed);
      } else {
        pick = mergePolicy.pick(sealed);
      }
    } finally {
      lock.writeLock().unlock();
    }
    if (!pick.isEmpty()) merge(pick);
  }

  /**
   * Builds one segment from the live passages of {@code sources} ({@link SegmentMerger}), then
   * swaps it in. The build reads the sources without the lock (they are immutable but for
   * deletions); passages deleted while it ran are deleted from the new segment at the swap.
   */
  private void merge(List<SealedSegment> sources) throws IOException {
    long t0 = System.nanoTime();
    List<int[]> liveOrdinals;
    lock.readLock().lock();
    try {
      liveOrdinals = SegmentMerger.liveOrdinals(sources);
    } finally {
      lock.readLock().unlock();
    }
    SegmentMerger merger = new SegmentMerger(sources, liveOrdinals, config, () -> closed);
    Path segDir;
    lock.writeLock().lock();
    try {
      segDir = commits.newSegmentDir();
    } finally {
      lock.writeLock().unlock();
    }
    SealedSegment merged = merger.write(segDir);
    lock.writeLock().lock();
    try {
      if (closed) {
        if (merged != null) merged.close();
        FileTrees.delete(segDir);
        return;
      }
      Map<SealedSegment, int[]> newOrdinal = merger.carryOver(merged);
      for (Map.Entry<String, Location> e : locations.entrySet()) {
        Location loc = e.getValue();
        int[] map = newOrdinal.get(loc.segment());
        if (map == null) continue;
        int[] ords = new int[loc.ordinals().length];
        for (int i = 0; i < ords.length; i++) ords[i] = map[loc.ordinals()[i]];
        e.setValue(new Location(merged, ords, loc.hash(), loc.meta()));
      }
      sealed.removeAll(sources);
      if (merged != null) sealed.add(merged);
      retired.addAll(sources);
      // The live graph is saved with the new segment list, so it must be complete too.
      live.cleanup();
      commitLocked();
      LOG.log(
          System.Logger.Level.INFO,
          "merged {0} vector segments ({1} passages) into {2} in {3} s",
          sources.size(),
          merger.passages(),
          segDir.getFileName(),
          (System.nanoTime() - t0) / 1_000_000_000);
      // This merge still counts as pending, so the next one is queued directly.
      if (!closed && !mergePolicy.pick(sealed).isEmpty()) submitMerge(false);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Opens the segments of a generation and the live graph, and locates every record in them. */
  private void load(Path genDir) throws IOException {
    for (CommitPoint.SegmentRef ref : CommitPoint.readSegments(genDir)) {
      SealedSegment s = SealedSegment.open(dir.resolve(ref.name()), config.dimension());
      sealed.add(s);
      for (int ord : ref.deletedOrdinals()) s.delete(ord);
    }
    for (SealedSegment s : sealed) locate(s);
    live.load(genDir)
        .forEach(
            (recordId, ords) -> {
              VectorEntry first = live.entry(ords[0]);
              locations.put(recordId, new Location(live, ords, first.hash(), first.meta()));
            });
  }

  /** Adds the location of every record with live passages in {@code s}. */
  private void locate(SealedSegment s) {
    // A record's passages are consecutive ordinals (it is inserted, sealed and merged whole).
    for (int ord = 0; ord < s.size(); ) {
      if (s.isDeleted(ord)) {
        ord++;
        continue;
      }
      VectorEntry first = s.entry(ord);
      int end = ord + 1;
      while (end < s.size()
          && !s.isDeleted(end)
          && s.entry(end).recordId().equals(first.recordId())) end++;
      int[] ords = new int[end - ord];
      for (int i = 0; i < ords.length; i++) ords[i] = ord + i;
      Location before = locations.get(first.recordId());
      if (before != null && before.segment() == s) {
        ords = IntStream.concat(Arrays.stream(before.ordinals()), Arrays.stream(ords)).toArray();
      }
      locations.put(
          first.recordId(), new Location(s, byPassage(s, ords), first.hash(), first.meta()));
      ord = end;
    }
  }

  /** The ordinals in passage order (they almost always are already). */
  private static int[] byPassage(SealedSegment s, int[] ords) {
    for (int i = 1; i < ords.length; i++) {
      if (s.entry(ords[i - 1]).passage() > s.entry(ords[i]).passage()) {
        return Arrays.stream(ords)
            .boxed()
            .sorted(Comparator.comparingInt(o -> s.entry(o).passage()))
            .mapToInt(Integer::intValue)
            .toArray();
      }
    }
    return ords;
  }

  /**
   * Stops merging (a running merge is abandoned), then releases the graphs and mapped files; does
   * not commit (the owner commits first if it wants the changes kept).
   */
  @Override
  public void close() throws IOException {
    closed = true;
    merges.shutdown();
    try {
      if (!merges.awaitTermination(5, TimeUnit.MINUTES)) {
        LOG.log(System.Logger.Level.WARNING, "a vector merge is still running at close");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.writeLock().lock();
    try {
      live.close();
      for (SealedSegment s : sealed) s.close();
      for (SealedSegment s : retired) s.close();
      sealed.clear();
      retired.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
