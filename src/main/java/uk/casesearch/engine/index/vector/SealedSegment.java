package uk.casesearch.engine.index.vector;

import io.github.jbellis.jvector.disk.RandomAccessReader;
import io.github.jbellis.jvector.disk.ReaderSupplier;
import io.github.jbellis.jvector.disk.ReaderSupplierFactory;
import io.github.jbellis.jvector.disk.SimpleWriter;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.RemappedRandomAccessVectorValues;
import io.github.jbellis.jvector.graph.disk.OnDiskGraphIndex;
import io.github.jbellis.jvector.graph.similarity.DefaultSearchScoreProvider;
import io.github.jbellis.jvector.graph.similarity.SearchScoreProvider;
import io.github.jbellis.jvector.quantization.PQVectors;
import io.github.jbellis.jvector.quantization.ProductQuantization;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.util.FixedBitSet;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.util.FileTrees;

/**
 * An immutable part of the vector index on disk: a JVector {@link OnDiskGraphIndex} with the full
 * vectors inline, read through memory mapping, so that the graph and the vectors live in the page
 * cache rather than on the heap; optionally product-quantized codes of the vectors on the heap (16
 * times smaller than the vectors), with which a graph walk scores candidates before it re-ranks the
 * best with the full vectors. Only the deletion bits change, under the owner's lock.
 *
 * <p>Files: {@code graph.jv} (JVector's format), {@code pq.bin} (when quantized) and {@code
 * entries.bin} (the passage of each ordinal). A segment is written to a temporary folder, synced,
 * and renamed into place, so a folder under its final name is always complete.
 */
final class SealedSegment implements VectorSegment, MergePolicy.Candidate {

  static final String GRAPH = "graph.jv";
  static final String PQ = "pq.bin";
  static final String ENTRIES = "entries.bin";
  private static final int FORMAT = 1;

  final String name;
  final Path dir;
  private final ReaderSupplier readers;
  private final OnDiskGraphIndex graph;
  private final PQVectors pq;
  private final VectorEntry[] entries;
  private final Map<String, int[]> ordinalsByCase;
  private final Map<String, int[]> ordinalsByChild;
  private final FixedBitSet deleted;
  private int deletedCount;

  private SealedSegment(
      Path dir,
      ReaderSupplier readers,
      OnDiskGraphIndex graph,
      PQVectors pq,
      VectorEntry[] entries) {
    this.name = dir.getFileName().toString();
    this.dir = dir;
    this.readers = readers;
    this.graph = graph;
    this.pq = pq;
    this.entries = entries;
    this.deleted = new FixedBitSet(Math.max(1, entries.length));
    this.ordinalsByCase = group(entries, e -> e.meta().caseId());
    this.ordinalsByChild = group(entries, e -> e.meta().childId());
  }

  /** Ordinals by a key of their entry, counted first so that no ordinal is boxed. */
  private static Map<String, int[]> group(
      VectorEntry[] entries, Function<VectorEntry, String> key) {
    Map<String, int[]> counts = new HashMap<>();
    for (VectorEntry e : entries) {
      String k = key.apply(e);
      if (k != null) counts.computeIfAbsent(k, x -> new int[1])[0]++;
    }
    Map<String, int[]> out = new HashMap<>(counts.size() * 2);
    counts.forEach((k, c) -> out.put(k, new int[c[0]]));
    counts.values().forEach(c -> c[0] = 0); // now the next free slot of each group
    for (int ord = 0; ord < entries.length; ord++) {
      String k = key.apply(entries[ord]);
      if (k != null)
        out.get(k)[counts.get(k)[0]++] = ord; // ascending: the mapped file is read in order
    }
    return out;
  }

  /**
   * Writes a segment into {@code dir} (which must not exist).
   *
   * @param graph a graph with no pending mutations
   * @param vectors the vectors by graph node id
   * @param nodeOfOrdinal graph node id of each ordinal of the new segment (every node, once)
   * @param entries the passage of each ordinal of the new segment
   * @param pqSubspaces product-quantization subspaces, or 0 for none
   */
  static void write(
      Path dir,
      ImmutableGraphIndex graph,
      RandomAccessVectorValues vectors,
      int[] nodeOfOrdinal,
      VectorEntry[] entries,
      int pqSubspaces)
      throws IOException {
    if (Files.exists(dir)) throw new IOException("segment " + dir + " already exists");
    Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
    FileTrees.delete(tmp);
    Files.createDirectories(tmp);
    Map<Integer, Integer> oldToNew = new HashMap<>(nodeOfOrdinal.length * 2);
    for (int ord = 0; ord < nodeOfOrdinal.length; ord++) oldToNew.put(nodeOfOrdinal[ord], ord);
    OnDiskGraphIndex.write(graph, vectors, oldToNew, tmp.resolve(GRAPH));
    FileTrees.fsync(tmp.resolve(GRAPH));
    if (pqSubspaces > 0) {
      RandomAccessVectorValues ordered =
          new RemappedRandomAccessVectorValues(vectors, nodeOfOrdinal);
      // Not globally centred: JVector advises against centring for dot-product similarity.
      ProductQuantization quantizer = ProductQuantization.compute(ordered, pqSubspaces, 256, false);
      PQVectors codes = (PQVectors) quantizer.encodeAll(ordered, ForkJoinPool.commonPool());
      try (SimpleWriter out = new SimpleWriter(tmp.resolve(PQ))) {
        codes.write(out, OnDiskGraphIndex.CURRENT_VERSION);
      }
      FileTrees.fsync(tmp.resolve(PQ));
    }
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(Files.newOutputStream(tmp.resolve(ENTRIES)), 1 << 16))) {
      out.writeInt(FORMAT);
      out.writeInt(graph.getDimension());
      out.writeInt(entries.length);
      for (VectorEntry e : entries) e.write(out);
      out.writeInt(FORMAT); // trailer: a truncated file fails to load instead of loading half
    }
    FileTrees.fsync(tmp.resolve(ENTRIES));
    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    FileTrees.fsyncDir(dir.getParent());
  }

  /**
   * Opens a segment written by {@link #write}.
   *
   * @throws IOException if it is incomplete, damaged, or of another dimension
   */
  static SealedSegment open(Path dir, int dimension) throws IOException {
    // The entries (a million passages' records and attributes: most of the time) are read on
    // another thread while this one loads the graph's header and the PQ codes.
    FutureTask<VectorEntry[]> reading = new FutureTask<>(() -> readEntries(dir, dimension));
    Thread.ofPlatform().name("vector-entries").start(reading);
    ReaderSupplier readers = null;
    try {
      readers = ReaderSupplierFactory.open(dir.resolve(GRAPH));
      OnDiskGraphIndex graph = OnDiskGraphIndex.load(readers);
      PQVectors pq = null;
      if (Files.exists(dir.resolve(PQ))) {
        try (ReaderSupplier pqReaders = ReaderSupplierFactory.open(dir.resolve(PQ));
            RandomAccessReader in = pqReaders.get()) {
          pq = PQVectors.load(in);
        }
      }
      VectorEntry[] entries = entries(reading, dir);
      if (graph.getIdUpperBound() != entries.length || graph.getDimension() != dimension) {
        throw new IOException("segment graph does not match its entries in " + dir);
      }
      return new SealedSegment(dir, readers, graph, pq, entries);
    } catch (IOException | RuntimeException e) {
      reading.cancel(false);
      if (readers != null) readers.close();
      throw e;
    }
  }

  private static VectorEntry[] entries(FutureTask<VectorEntry[]> reading, Path dir)
      throws IOException {
    try {
      return reading.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new IOException(
          "reading the entries of " + dir + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the entries of " + dir, e);
    }
  }

  private static VectorEntry[] readEntries(Path dir, int dimension) throws IOException {
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(Files.newInputStream(dir.resolve(ENTRIES)), 1 << 16))) {
      if (in.readInt() != FORMAT) throw new IOException("unknown segment format in " + dir);
      int dim = in.readInt();
      if (dim != dimension)
        throw new IOException("segment has dimension " + dim + " but the model has " + dimension);
      VectorEntry[] entries = new VectorEntry[in.readInt()];
      VectorEntry previous = null;
      Map<String, String> names = new HashMap<>();
      for (int ord = 0; ord < entries.length; ord++)
        entries[ord] = previous = VectorEntry.read(in, previous, names);
      if (in.readInt() != FORMAT) throw new IOException("segment entries are truncated in " + dir);
      return entries;
    }
  }

  @Override
  public int size() {
    return entries.length;
  }

  @Override
  public int liveCount() {
    return entries.length - deletedCount;
  }

  @Override
  public VectorEntry entry(int ordinal) {
    return entries[ordinal];
  }

  boolean isDeleted(int ordinal) {
    return deleted.get(ordinal);
  }

  @Override
  public void delete(int ordinal) {
    if (!deleted.getAndSet(ordinal)) deletedCount++;
  }

  /** Deleted ordinals, ascending. */
  int[] deletedOrdinals() {
    int[] out = new int[deletedCount];
    int i = 0;
    for (int ord = 0; ord < entries.length; ord++) if (deleted.get(ord)) out[i++] = ord;
    return out;
  }

  /** Read from the mapped file. */
  @Override
  public float[] vector(int ordinal) throws IOException {
    try (OnDiskGraphIndex.View view = graph.getView()) {
      VectorFloat<?> v = view.getVector(ordinal);
      float[] out = new float[v.length()];
      for (int i = 0; i < out.length; i++) out[i] = v.get(i);
      return out;
    }
  }

  /** A reader of this segment's vectors for one thread. */
  OnDiskGraphIndex.View view() {
    return graph.getView();
  }

  /**
   * A filter on cases or children reads only their ordinals, so a search within one child's case
   * costs the size of that case, not of the index.
   */
  @Override
  public int[] accepted(SearchFilter filter, int limit) {
    List<int[]> groups = candidateGroups(filter); // null: every ordinal
    int[] out = new int[Math.min(limit, entries.length) + 1];
    int n = 0;
    for (int g = 0; g < (groups == null ? 1 : groups.size()); g++) {
      int[] group = groups == null ? null : groups.get(g);
      int count = group == null ? entries.length : group.length;
      for (int i = 0; i < count; i++) {
        int ord = group == null ? i : group[i];
        if (!deleted.get(ord) && filter.accepts(entries[ord].meta())) {
          if (n == limit) return null;
          out[n++] = ord;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The ordinal groups that can hold accepted passages, or null when the filter names neither. */
  private List<int[]> candidateGroups(SearchFilter filter) {
    // The cases asked for, else those visible; null when that is every case.
    Set<String> cases =
        !filter.caseIds().isEmpty()
            ? filter.caseIds()
            : filter.access().visible().all() ? null : filter.access().visible().ids();
    List<int[]> groups = new ArrayList<>();
    if (!filter.childIds().isEmpty()
        && (cases == null || filter.childIds().size() <= cases.size())) {
      for (String child : filter.childIds())
        groups.add(ordinalsByChild.getOrDefault(child, new int[0]));
      return groups;
    }
    if (cases == null || cases.size() > ordinalsByCase.size()) return null;
    for (String c : cases) groups.add(ordinalsByCase.getOrDefault(c, new int[0]));
    return groups;
  }

  @Override
  public Bits accepting(SearchFilter filter) {
    if (filter.isEmpty()) return deletedCount == 0 ? Bits.ALL : ord -> !deleted.get(ord);
    return ord -> !deleted.get(ord) && filter.accepts(entries[ord].meta());
  }

  @Override
  public ImmutableGraphIndex graph() {
    return graph;
  }

  /** The view reads the vectors inline in the mapped graph file. */
  @Override
  public RandomAccessVectorValues vectors(ImmutableGraphIndex.View view) {
    return (OnDiskGraphIndex.View) view;
  }

  /**
   * With product-quantized codes a walk scores candidates with them and re-ranks the best with the
   * full vectors; without, it scores exactly.
   */
  @Override
  public SearchScoreProvider scoring(VectorFloat<?> query, ImmutableGraphIndex.View view) {
    if (pq == null) return VectorSegment.super.scoring(query, view);
    return new DefaultSearchScoreProvider(
        pq.precomputedScoreFunctionFor(query, SIMILARITY),
        ((OnDiskGraphIndex.View) view).rerankerFor(query, SIMILARITY));
  }

  @Override
  public void close() throws IOException {
    try {
      graph.close();
    } finally {
      readers.close();
    }
  }
}
