package uk.casesearch.engine.index.vector;

import io.github.jbellis.jvector.disk.ByteBufferReader;
import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.MapRandomAccessVectorValues;
import io.github.jbellis.jvector.graph.OnHeapGraphIndex;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.util.Bits;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.util.FileTrees;

/**
 * The part of the vector index that takes writes: a JVector graph on the heap, built by a {@link
 * GraphIndexBuilder}, with its vectors and the passage of each ordinal. Ordinals are handed out in
 * order and are the graph's node ids; when the segment is full the owner seals it into a {@link
 * SealedSegment} and starts a new, empty one.
 *
 * <p>Deletes: a deleted passage's entry goes at once, and its node is marked deleted in the graph,
 * where it stays (skipped by searches) until {@link #cleanup()} removes it and rewires its
 * neighbours. JVector saves only a graph with no pending mutations, so a commit cleans up first.
 *
 * <p>Files, in a generation folder: {@code graph.bin} (JVector's on-heap graph format; absent when
 * the graph is empty) and {@code entries.bin} (each ordinal's vector and passage).
 */
final class LiveSegment implements VectorSegment {

  private static final VectorTypeSupport VTS =
      VectorizationProvider.getInstance().getVectorTypeSupport();
  private static final int FORMAT = 2;
  static final String GRAPH = "graph.bin";
  static final String ENTRIES = "entries.bin";

  /** Batches smaller than this are inserted on the calling thread alone. */
  private static final int PARALLEL_INSERT_MIN = 64;

  private final int dimension;
  private final Map<Integer, VectorFloat<?>> vectors = new ConcurrentHashMap<>();
  private final MapRandomAccessVectorValues ravv;
  private final GraphIndexBuilder builder;

  /** Entries by ordinal; a deleted ordinal is absent (its vector stays until cleanup). */
  private final Map<Integer, VectorEntry> entries = new HashMap<>();

  private final List<Integer> deleted = new ArrayList<>();
  private int nextOrdinal;

  LiveSegment(JVectorIndex.Config config) {
    this.dimension = config.dimension();
    this.ravv = new MapRandomAccessVectorValues(vectors, dimension);
    this.builder = config.graphBuilder(ravv);
  }

  /** The ordinal the next added passage gets. */
  int nextOrdinal() {
    return nextOrdinal;
  }

  /**
   * Adds the passages of a record under new ordinals (passage i under the i-th), not yet in the
   * graph: {@link #insert} puts them there. Returns the ordinals.
   */
  int[] add(String recordId, String hash, RecordMeta meta, List<float[]> passageVectors) {
    int[] ords = new int[passageVectors.size()];
    for (int i = 0; i < ords.length; i++) {
      int ord = nextOrdinal++;
      vectors.put(ord, VTS.createFloatVector(passageVectors.get(i).clone()));
      entries.put(ord, new VectorEntry(recordId, i, hash, meta));
      ords[i] = ord;
    }
    return ords;
  }

  /**
   * Inserts the graph nodes of the ordinals {@code from} (inclusive) to {@code to} (exclusive), in
   * parallel when they are many: JVector's builder takes concurrent inserts, and a node's
   * neighbours are chosen among the nodes inserted before and alongside it.
   */
  void insert(int from, int to) {
    if (to - from < PARALLEL_INSERT_MIN) {
      for (int ord = from; ord < to; ord++) builder.addGraphNode(ord, vectors.get(ord));
    } else {
      IntStream.range(from, to)
          .parallel()
          .forEach(ord -> builder.addGraphNode(ord, vectors.get(ord)));
    }
  }

  @Override
  public void delete(int ordinal) {
    entries.remove(ordinal);
    builder.markNodeDeleted(ordinal);
    deleted.add(ordinal);
  }

  /** Ordinals marked deleted but still in the graph. */
  int deletedCount() {
    return deleted.size();
  }

  /**
   * Removes deleted nodes from the graph (rewiring their neighbours) and completes its pending
   * work, so that it can be saved or sealed; costs a pass over the graph, so commits are batched.
   */
  void cleanup() {
    if (vectors.isEmpty()) return;
    builder.cleanup();
    for (int ord : deleted) vectors.remove(ord);
    deleted.clear();
  }

  /** Ordinals in the graph, deleted ones included until {@link #cleanup()}. */
  @Override
  public int size() {
    return vectors.size();
  }

  @Override
  public int liveCount() {
    return entries.size();
  }

  @Override
  public VectorEntry entry(int ordinal) {
    return entries.get(ordinal);
  }

  @Override
  public float[] vector(int ordinal) {
    VectorFloat<?> v = vectors.get(ordinal);
    float[] out = new float[v.length()];
    for (int i = 0; i < out.length; i++) out[i] = v.get(i);
    return out;
  }

  @Override
  public int[] accepted(SearchFilter filter, int limit) {
    List<Integer> accepted = new ArrayList<>();
    for (Map.Entry<Integer, VectorEntry> e : entries.entrySet()) {
      if (filter.isEmpty() || filter.accepts(e.getValue().meta())) accepted.add(e.getKey());
      if (accepted.size() > limit) return null; // too many for a scan: the graph it is
    }
    return accepted.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Every node of the graph is live until a deletion; then a lookup skips the deleted ones. */
  @Override
  public Bits accepting(SearchFilter filter) {
    if (filter.isEmpty()) return deleted.isEmpty() ? Bits.ALL : entries::containsKey;
    return ord -> {
      VectorEntry e = entries.get(ord);
      return e != null && filter.accepts(e.meta());
    };
  }

  @Override
  public ImmutableGraphIndex graph() {
    return builder.getGraph();
  }

  /** The vectors are on the heap: the view is not needed to read them. */
  @Override
  public RandomAccessVectorValues vectors(ImmutableGraphIndex.View view) {
    return ravv;
  }

  /**
   * Writes the graph out as a sealed segment in {@code segDir}; the graph must be cleaned up.
   * Returns the ordinal in this segment of each ordinal of the sealed one (ascending: the sealed
   * segment keeps the order).
   */
  int[] seal(Path segDir, int pqSubspaces) throws IOException {
    int[] nodes = vectors.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    VectorEntry[] sealedEntries = new VectorEntry[nodes.length];
    for (int i = 0; i < nodes.length; i++) sealedEntries[i] = entries.get(nodes[i]);
    SealedSegment.write(segDir, builder.getGraph(), ravv, nodes, sealedEntries, pqSubspaces);
    return nodes;
  }

  /**
   * Writes the graph and the entries into a generation folder, each file synced; the graph must be
   * cleaned up.
   */
  void write(Path genDir) throws IOException {
    // An empty graph is not saved (JVector never marks one complete): no graph file means empty.
    if (!vectors.isEmpty()) {
      try (OutputStream out = Files.newOutputStream(genDir.resolve(GRAPH));
          DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
        ((OnHeapGraphIndex) builder.getGraph()).save(data);
      }
      FileTrees.fsync(genDir.resolve(GRAPH));
    }
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(Files.newOutputStream(genDir.resolve(ENTRIES)), 1 << 16))) {
      out.writeInt(FORMAT);
      out.writeInt(dimension);
      out.writeInt(nextOrdinal);
      out.writeInt(vectors.size());
      for (Map.Entry<Integer, VectorFloat<?>> v : vectors.entrySet()) {
        int ord = v.getKey();
        out.writeInt(ord);
        VectorFloat<?> vec = v.getValue();
        for (int i = 0; i < dimension; i++) out.writeFloat(vec.get(i));
        entries.get(ord).write(out); // never null: cleanup() ran first
      }
      out.writeInt(FORMAT); // trailer: a truncated file fails to load instead of loading half
    }
    FileTrees.fsync(genDir.resolve(ENTRIES));
  }

  /**
   * Reads what {@link #write} wrote into this new, empty segment. Returns each record's ordinals in
   * passage order.
   *
   * @throws IOException if the files are missing, truncated, or of another format or dimension
   */
  Map<String, int[]> load(Path genDir) throws IOException {
    Map<String, List<int[]>> passages = new HashMap<>();
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(Files.newInputStream(genDir.resolve(ENTRIES)), 1 << 16))) {
      if (in.readInt() != FORMAT) throw new IOException("unknown vector index format");
      int dim = in.readInt();
      if (dim != dimension) {
        throw new IOException("index has dimension " + dim + " but the model has " + dimension);
      }
      nextOrdinal = in.readInt();
      int n = in.readInt();
      byte[] vectorBytes = new byte[dim * Float.BYTES];
      VectorEntry previous = null;
      Map<String, String> names = new HashMap<>();
      for (int k = 0; k < n; k++) {
        int ord = in.readInt();
        in.readFully(vectorBytes);
        float[] v = new float[dim];
        ByteBuffer.wrap(vectorBytes).asFloatBuffer().get(v);
        vectors.put(ord, VTS.createFloatVector(v));
        VectorEntry e = previous = VectorEntry.read(in, previous, names);
        entries.put(ord, e);
        passages
            .computeIfAbsent(e.recordId(), r -> new ArrayList<>())
            .add(new int[] {e.passage(), ord});
      }
      if (in.readInt() != FORMAT) throw new IOException("vector index entries are truncated");
    }
    if (!vectors.isEmpty()) {
      // Read whole, then parsed from memory: SimpleReader reads a RandomAccessFile an int at a
      // time, a system call per neighbour, which makes opening a large graph many times slower.
      builder.load(
          new ByteBufferReader(ByteBuffer.wrap(Files.readAllBytes(genDir.resolve(GRAPH)))));
    }
    Map<String, int[]> records = new HashMap<>(passages.size() * 2);
    passages.forEach(
        (recordId, list) -> {
          list.sort(Comparator.comparingInt(a -> a[0]));
          records.put(recordId, list.stream().mapToInt(a -> a[1]).toArray());
        });
    return records;
  }

  @Override
  public void close() throws IOException {
    builder.close();
  }
}
