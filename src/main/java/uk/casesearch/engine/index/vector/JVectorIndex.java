package uk.casesearch.engine.index.vector;

import io.github.jbellis.jvector.disk.ByteBufferReader;
import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.GraphSearcher;
import io.github.jbellis.jvector.graph.MapRandomAccessVectorValues;
import io.github.jbellis.jvector.graph.OnHeapGraphIndex;
import io.github.jbellis.jvector.graph.SearchResult;
import io.github.jbellis.jvector.graph.similarity.BuildScoreProvider;
import io.github.jbellis.jvector.graph.similarity.DefaultSearchScoreProvider;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.vector.VectorSimilarityFunction;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.util.FileTrees;

/**
 * A {@link VectorIndex} on a JVector graph held in memory and persisted to disk: incremental
 * inserts, deletes (nodes marked deleted, then cleaned out of the graph in bulk), and filtered
 * search where the filter is an accept-ordinals {@link Bits} inside the graph search. When a filter
 * accepts few passages (one child's case, say) the graph is skipped and the accepted passages are
 * scanned exactly: a graph walk that must skip 99% of nodes is both slower and less accurate.
 *
 * <p>Concurrency: one read-write lock; searches share it, writes and commits hold it exclusively,
 * so a search never sees a half-inserted record.
 *
 * <p>Persistence: {@link #commit()} writes a new generation directory (the graph in JVector's own
 * on-heap format, plus the vectors and the ordinal-to-passage map), fsyncs it, then atomically
 * replaces the {@code CURRENT} pointer file. A crash at any moment leaves the previous generation
 * loadable; an unreadable index opens empty (the caller reconciles it with the database).
 */
public final class JVectorIndex implements VectorIndex {

  private static final System.Logger LOG = System.getLogger(JVectorIndex.class.getName());
  private static final VectorTypeSupport VTS = VectorizationProvider.getInstance().getVectorTypeSupport();
  private static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;
  private static final int FORMAT = 2;
  private static final String CURRENT = "CURRENT";
  /** The least number of candidates a graph search keeps (its beam width). */
  private static final int SEARCH_BEAM = 100;

  static {
    // JVector quietly falls back to scalar code without jdk.incubator.vector: say which is active.
    LOG.log(
        System.Logger.Level.INFO,
        "JVector vectorization provider: {0}",
        VectorizationProvider.getInstance().getClass().getSimpleName());
  }

  /**
   * Graph settings.
   *
   * @param dimension vector length, 1 to 4096
   * @param maxDegree the most neighbours per node, 4 to 512
   * @param beamWidth candidates considered when inserting, at least maxDegree
   * @param neighborOverflow how far a node may exceed maxDegree before pruning, in [1, 2]
   * @param alpha diversity pruning, in [1, 2]
   * @param addHierarchy whether to build upper layers (faster entry to large graphs)
   * @param exactSearchThreshold below this many accepted passages a filtered search scans exactly
   */
  public record Config(
      int dimension,
      int maxDegree,
      int beamWidth,
      float neighborOverflow,
      float alpha,
      boolean addHierarchy,
      int exactSearchThreshold) {
    public Config {
      if (dimension < 1 || dimension > 4096) {
        throw new IllegalArgumentException("dimension must be in [1, 4096], got: " + dimension);
      }
      if (maxDegree < 4 || maxDegree > 512) {
        throw new IllegalArgumentException("maxDegree must be in [4, 512], got: " + maxDegree);
      }
      if (beamWidth < maxDegree) {
        throw new IllegalArgumentException("beamWidth " + beamWidth + " must be >= maxDegree " + maxDegree);
      }
      if (!(neighborOverflow >= 1 && neighborOverflow <= 2)) {
        throw new IllegalArgumentException("neighborOverflow must be in [1, 2], got: " + neighborOverflow);
      }
      if (!(alpha >= 1 && alpha <= 2)) throw new IllegalArgumentException("alpha must be in [1, 2], got: " + alpha);
      if (exactSearchThreshold < 0) {
        throw new IllegalArgumentException("exactSearchThreshold must be >= 0, got: " + exactSearchThreshold);
      }
    }

    /** Degree 32, beam 100, overflow 1.2, alpha 1.2, hierarchical, exact below 5,000 passages. */
    public static Config defaults(int dimension) {
      return new Config(dimension, 32, 100, 1.2f, 1.2f, true, 5000);
    }
  }

  /** What an ordinal holds. */
  private record Entry(String recordId, int passage, String hash, RecordMeta meta) {}

  private final Path dir;
  private final Config config;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<Integer, VectorFloat<?>> vectors = new ConcurrentHashMap<>();
  private final MapRandomAccessVectorValues ravv;
  private final GraphIndexBuilder builder;
  /** Live entries by ordinal; a deleted ordinal is absent (its vector stays until cleanup). */
  private final Map<Integer, Entry> entries = new HashMap<>();
  private final Map<String, int[]> ordinalsByRecord = new HashMap<>();
  private final Map<String, String> hashes = new ConcurrentHashMap<>();
  private final List<Integer> deleted = new ArrayList<>();
  private int nextOrdinal;
  private long generation;

  private JVectorIndex(Path dir, Config config) {
    this.dir = dir;
    this.config = config;
    this.ravv = new MapRandomAccessVectorValues(vectors, config.dimension());
    this.builder =
        new GraphIndexBuilder(
            BuildScoreProvider.randomAccessScoreProvider(ravv, SIMILARITY),
            config.dimension(),
            config.maxDegree(),
            config.beamWidth(),
            config.neighborOverflow(),
            config.alpha(),
            config.addHierarchy(),
            true);
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
    Path current = dir.resolve(CURRENT);
    if (Files.exists(current)) {
      String gen = Files.readString(current).strip();
      try {
        index.load(dir.resolve(gen));
        index.generation = Long.parseLong(gen.substring("gen-".length()));
      } catch (IOException | RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "vector index {0} in {1} cannot be loaded ({2}); starting empty: the database will refill it",
            gen, dir, e.toString());
        index.close();
        index = new JVectorIndex(dir, config);
        index.generation = System.currentTimeMillis(); // never reuse the name of the broken generation
      }
    }
    return index;
  }

  @Override
  public int dimension() {
    return config.dimension();
  }

  @Override
  public void upsert(String recordId, String recordHash, RecordMeta meta, List<float[]> passageVectors)
      throws IOException {
    for (float[] v : passageVectors) checkDimension(v);
    lock.writeLock().lock();
    try {
      removeRecord(recordId);
      int[] ords = new int[passageVectors.size()];
      for (int i = 0; i < ords.length; i++) {
        int ord = nextOrdinal++;
        VectorFloat<?> v = VTS.createFloatVector(passageVectors.get(i).clone());
        vectors.put(ord, v);
        entries.put(ord, new Entry(recordId, i, recordHash, meta));
        builder.addGraphNode(ord, v);
        ords[i] = ord;
      }
      ordinalsByRecord.put(recordId, ords);
      hashes.put(recordId, recordHash);
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
    int[] ords = ordinalsByRecord.remove(recordId);
    hashes.remove(recordId);
    if (ords == null) return false;
    for (int ord : ords) {
      entries.remove(ord);
      builder.markNodeDeleted(ord);
      deleted.add(ord);
    }
    return true;
  }

  @Override
  public List<PassageHit> search(float[] query, int topK, SearchFilter filter) {
    if (topK < 1) throw new IllegalArgumentException("topK must be at least 1, got: " + topK);
    checkDimension(query);
    VectorFloat<?> q = VTS.createFloatVector(query.clone());
    lock.readLock().lock();
    try {
      if (entries.isEmpty()) return List.of();
      // Count what the filter accepts; when that is small (a case, a child, or a small index)
      // an exact scan beats a graph walk that must skip most nodes, and is exact.
      int limit = Math.max(config.exactSearchThreshold(), topK);
      if (filter.isEmpty() && entries.size() > limit) {
        List<PassageHit> hits = graphSearch(q, topK, live());
        hits.sort(PassageHit.BEST_FIRST);
        return hits;
      }
      List<Integer> accepted = new ArrayList<>();
      for (Map.Entry<Integer, Entry> e : entries.entrySet()) {
        if (filter.isEmpty() || filter.accepts(e.getValue().meta())) accepted.add(e.getKey());
        if (accepted.size() > limit) break; // too many for a scan: the graph it is
      }
      List<PassageHit> hits;
      if (accepted.size() <= limit) {
        hits = exactSearch(q, topK, accepted);
      } else if (filter.isEmpty()) {
        hits = graphSearch(q, topK, live());
      } else {
        hits = graphSearch(q, topK, ord -> {
          Entry e = entries.get(ord);
          return e != null && filter.accepts(e.meta());
        });
      }
      hits.sort(PassageHit.BEST_FIRST);
      return hits;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Every node of the graph is live until a deletion; then a lookup skips the deleted ones. */
  private Bits live() {
    return deleted.isEmpty() ? Bits.ALL : entries::containsKey;
  }

  private List<PassageHit> graphSearch(VectorFloat<?> q, int topK, Bits accept) {
    try (GraphSearcher searcher = new GraphSearcher(builder.getGraph())) {
      // Search wider than topK (JVector's rerankK is the beam): a beam of 10 finds ~88% of the
      // true top 10 on 32-dimensional data, a beam of 100 well over 95%.
      int beam = Math.max(topK, SEARCH_BEAM);
      SearchResult r =
          searcher.search(DefaultSearchScoreProvider.exact(q, SIMILARITY, ravv), beam, beam, 0f, 0f, accept);
      List<PassageHit> hits = new ArrayList<>(topK);
      for (SearchResult.NodeScore ns : r.getNodes()) {
        Entry e = entries.get(ns.node);
        if (e != null && hits.size() < topK) hits.add(new PassageHit(e.recordId(), e.passage(), ns.score));
      }
      return hits;
    } catch (IOException e) {
      throw new IllegalStateException("closing a graph searcher failed", e);
    }
  }

  private List<PassageHit> exactSearch(VectorFloat<?> q, int topK, List<Integer> ordinals) {
    List<PassageHit> all = new ArrayList<>(ordinals.size());
    for (int ord : ordinals) {
      Entry e = entries.get(ord);
      all.add(new PassageHit(e.recordId(), e.passage(), SIMILARITY.compare(q, vectors.get(ord))));
    }
    all.sort(PassageHit.BEST_FIRST);
    return new ArrayList<>(all.subList(0, Math.min(topK, all.size())));
  }

  private void checkDimension(float[] v) {
    if (v.length != config.dimension()) {
      throw new IllegalArgumentException("vector dimension must be " + config.dimension() + ", got: " + v.length);
    }
  }

  @Override
  public float[] vector(String recordId, int passage) {
    lock.readLock().lock();
    try {
      int[] ordinals = ordinalsByRecord.get(recordId);
      if (ordinals == null || passage < 0 || passage >= ordinals.length) return null;
      VectorFloat<?> v = vectors.get(ordinals[passage]);
      float[] out = new float[v.length()];
      for (int i = 0; i < out.length; i++) out[i] = v.get(i);
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public RecordMeta meta(String recordId) {
    lock.readLock().lock();
    try {
      int[] ordinals = ordinalsByRecord.get(recordId);
      return ordinals == null || ordinals.length == 0 ? null : entries.get(ordinals[0]).meta();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Map<String, String> recordHashes() {
    return Map.copyOf(hashes);
  }

  @Override
  public int size() {
    lock.readLock().lock();
    try {
      return entries.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Ordinals marked deleted but still in the graph; exposed for tests. */
  int deletedCount() {
    lock.readLock().lock();
    try {
      return deleted.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void commit() throws IOException {
    lock.writeLock().lock();
    try {
      // JVector saves only a graph with no pending mutations: cleanup() removes deleted nodes
      // (rewiring their neighbours) and completes pending work. Commits are batched for this reason.
      cleanup();
      long gen = Math.max(generation + 1, System.currentTimeMillis());
      String name = "gen-" + gen;
      Path tmp = dir.resolve(name + ".tmp");
      FileTrees.delete(tmp);
      Files.createDirectories(tmp);
      // An empty graph is not saved (JVector never marks one complete): no graph file means empty.
      if (!vectors.isEmpty()) {
        try (OutputStream out = Files.newOutputStream(tmp.resolve("graph.bin"));
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
          ((OnHeapGraphIndex) builder.getGraph()).save(data);
        }
        fsync(tmp.resolve("graph.bin"));
      }
      writeEntries(tmp.resolve("entries.bin"));
      fsync(tmp.resolve("entries.bin"));
      Path target = dir.resolve(name);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      Path pointer = dir.resolve(CURRENT + ".tmp");
      Files.writeString(pointer, name);
      fsync(pointer);
      Files.move(pointer, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      fsyncDir(dir);
      generation = gen;
      // Older generations are no longer referenced.
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(target)).toList()) {
          FileTrees.delete(p);
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The current generation's folder and the pointer to it, copied under the write lock. */
  @Override
  public void snapshot(Path target) throws IOException {
    lock.writeLock().lock();
    try {
      commit();
      Files.createDirectories(target);
      try (Stream<Path> existing = Files.list(target)) {
        if (existing.findAny().isPresent()) throw new IOException("snapshot target " + target + " is not empty");
      }
      String name = Files.readString(dir.resolve(CURRENT)).strip();
      Path from = dir.resolve(name);
      Path to = Files.createDirectories(target.resolve(name));
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.toList()) {
          Files.copy(f, to.resolve(f.getFileName()));
          fsync(to.resolve(f.getFileName()));
        }
      }
      Files.writeString(target.resolve(CURRENT), name);
      fsync(target.resolve(CURRENT));
      fsyncDir(target);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void cleanup() {
    builder.cleanup();
    for (int ord : deleted) vectors.remove(ord);
    deleted.clear();
  }

  private void writeEntries(Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(FORMAT);
      out.writeInt(config.dimension());
      out.writeInt(nextOrdinal);
      out.writeInt(vectors.size());
      for (Map.Entry<Integer, VectorFloat<?>> v : vectors.entrySet()) {
        int ord = v.getKey();
        out.writeInt(ord);
        VectorFloat<?> vec = v.getValue();
        for (int i = 0; i < config.dimension(); i++) out.writeFloat(vec.get(i));
        Entry e = entries.get(ord); // never null: cleanup() ran first
        out.writeUTF(e.recordId());
        out.writeInt(e.passage());
        out.writeUTF(e.hash());
        RecordMeta m = e.meta();
        out.writeUTF(m.caseId());
        writeNullable(out, m.childId());
        writeNullable(out, m.type());
        writeNullable(out, m.team());
        out.writeLong(m.date() == null ? Long.MIN_VALUE : m.date().toEpochDay());
        out.writeBoolean(m.restricted());
      }
      out.writeInt(FORMAT); // trailer: a truncated file fails to load instead of loading half
    }
  }

  private void load(Path genDir) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(genDir.resolve("entries.bin")), 1 << 16))) {
      if (in.readInt() != FORMAT) throw new IOException("unknown vector index format");
      int dim = in.readInt();
      if (dim != config.dimension()) {
        throw new IOException("index has dimension " + dim + " but the model has " + config.dimension());
      }
      nextOrdinal = in.readInt();
      int n = in.readInt();
      Map<String, List<int[]>> passages = new HashMap<>();
      byte[] vectorBytes = new byte[dim * Float.BYTES];
      for (int k = 0; k < n; k++) {
        int ord = in.readInt();
        in.readFully(vectorBytes);
        float[] v = new float[dim];
        ByteBuffer.wrap(vectorBytes).asFloatBuffer().get(v);
        vectors.put(ord, VTS.createFloatVector(v));
        String recordId = in.readUTF();
        int passage = in.readInt();
        String hash = in.readUTF();
        String caseId = in.readUTF();
        String childId = readNullable(in);
        String type = readNullable(in);
        String team = readNullable(in);
        long day = in.readLong();
        boolean restricted = in.readBoolean();
        RecordMeta meta = new RecordMeta(caseId, childId, type, team, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day), restricted);
        entries.put(ord, new Entry(recordId, passage, hash, meta));
        hashes.put(recordId, hash);
        passages.computeIfAbsent(recordId, r -> new ArrayList<>()).add(new int[] {passage, ord});
      }
      if (in.readInt() != FORMAT) throw new IOException("vector index entries are truncated");
      passages.forEach(
          (recordId, list) -> {
            list.sort(Comparator.comparingInt(a -> a[0]));
            ordinalsByRecord.put(recordId, list.stream().mapToInt(a -> a[1]).toArray());
          });
    }
    if (vectors.isEmpty()) return;
    // Read whole, then parsed from memory: SimpleReader reads a RandomAccessFile an int at a time,
    // a system call per neighbour (22 s for 100,000 passages here, against well under one).
    builder.load(new ByteBufferReader(ByteBuffer.wrap(Files.readAllBytes(genDir.resolve("graph.bin")))));
  }

  private static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) out.writeUTF(s);
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void fsync(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  private static void fsyncDir(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some file systems cannot sync a directory; the rename is still atomic.
    }
  }

  /** Releases the graph; does not commit (the owner commits first if it wants the changes kept). */
  @Override
  public void close() throws IOException {
    lock.writeLock().lock();
    try {
      builder.close();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
