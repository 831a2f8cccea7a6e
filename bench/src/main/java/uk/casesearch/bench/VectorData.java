package uk.casesearch.bench;

import io.github.jbellis.jvector.vector.VectorUtil;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.util.FileTrees;

/**
 * The shared fixture of the vector benchmarks: N synthetic passage vectors, query vectors, their
 * exact top 10 by brute force (the recall oracle), and JVector indexes built once per parameter set
 * and kept under bench/target/data so later runs open them from disk.
 */
final class VectorData {

  static final int QUERIES = 200;
  static final int K = 10;
  static final long SEED = 20261128L;
  static final Path ROOT = Path.of(System.getProperty("bench.data", "target/data"));
  private static final VectorTypeSupport VTS =
      VectorizationProvider.getInstance().getVectorTypeSupport();

  final int size;
  final float[][] passages;
  final float[][] queries;

  /** Exact top-K passage ordinals per query. */
  final int[][] truth;

  private VectorData(int size, float[][] passages, float[][] queries, int[][] truth) {
    this.size = size;
    this.passages = passages;
    this.queries = queries;
    this.truth = truth;
  }

  static VectorData load(int size) throws IOException {
    SyntheticVectors gen = new SyntheticVectors(Math.max(16, size / 250), SEED);
    float[][] passages = gen.passages(0, size);
    float[][] queries = gen.queries(QUERIES);
    Path truthFile = ROOT.resolve("truth-v1-" + size + ".bin");
    int[][] truth;
    if (Files.exists(truthFile)) {
      truth = readTruth(truthFile);
    } else {
      truth = exactTopK(passages, queries, K);
      Files.createDirectories(ROOT);
      writeTruth(truthFile, truth);
    }
    return new VectorData(size, passages, queries, truth);
  }

  /** Brute force with JVector's SIMD dot product, queries in parallel. */
  static int[][] exactTopK(float[][] passages, float[][] queries, int k) {
    List<VectorFloat<?>> ps = new ArrayList<>(passages.length);
    for (float[] p : passages) ps.add(VTS.createFloatVector(p));
    return IntStream.range(0, queries.length)
        .parallel()
        .mapToObj(
            qi -> {
              VectorFloat<?> q = VTS.createFloatVector(queries[qi]);
              return exact(ps, q, k);
            })
        .toArray(int[][]::new);
  }

  static int[] exact(List<VectorFloat<?>> ps, VectorFloat<?> q, int k) {
    PriorityQueue<float[]> top = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
    for (int i = 0; i < ps.size(); i++) {
      float s = VectorUtil.dotProduct(q, ps.get(i));
      if (top.size() < k) top.add(new float[] {s, i});
      else if (s > top.peek()[0]) {
        top.poll();
        top.add(new float[] {s, i});
      }
    }
    return top.stream()
        .sorted((a, b) -> Float.compare(b[0], a[0]))
        .mapToInt(a -> (int) a[1])
        .toArray();
  }

  /** Mean share of the exact top K found in each answer (answers hold passage ordinals). */
  double recall(int[][] answers) {
    double sum = 0;
    for (int q = 0; q < truth.length; q++) {
      Set<Integer> want =
          IntStream.of(truth[q]).boxed().collect(java.util.stream.Collectors.toSet());
      int found = 0;
      for (int a : answers[q]) if (want.contains(a)) found++;
      sum += found / (double) truth[q].length;
    }
    return sum / truth.length;
  }

  static String id(int ordinal) {
    return "p" + ordinal;
  }

  static int ordinal(String id) {
    return Integer.parseInt(id.substring(1));
  }

  /**
   * How the JVector index holds its graph: {@code memory} keeps everything on the heap (one live
   * graph, the layout before segments); {@code disk} seals it into one memory-mapped segment scored
   * with the full vectors; {@code disk-pq} (the service's default at this size) adds
   * product-quantized codes on the heap, re-ranking with the full vectors.
   */
  enum Layout {
    MEMORY,
    DISK,
    DISK_PQ;

    static Layout of(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    JVectorIndex.Config config(JVectorIndex.Config graph) {
      return switch (this) {
        case MEMORY -> graph.withSegments(Integer.MAX_VALUE, 4, Integer.MAX_VALUE);
        case DISK -> graph.withSegments(1, 4, Integer.MAX_VALUE);
        case DISK_PQ -> graph.withSegments(1, 4, 1);
      };
    }
  }

  /**
   * Opens the JVector index for these parameters, building the in-memory graph and committing it
   * first if absent; the on-disk layouts seal a copy of that graph (the same graph, so the layouts
   * differ only in how it is stored and scored).
   */
  JVectorIndex jvector(int maxDegree, int beamWidth, Layout layout) throws IOException {
    JVectorIndex.Config d = JVectorIndex.Config.defaults(SyntheticVectors.DIMENSION);
    JVectorIndex.Config graph =
        new JVectorIndex.Config(
            d.dimension(),
            maxDegree,
            beamWidth,
            d.neighborOverflow(),
            d.alpha(),
            d.addHierarchy(),
            d.exactSearchThreshold());
    Path memoryDir = ROOT.resolve("jvector-" + size + "-m" + maxDegree + "-b" + beamWidth);
    if (!Files.exists(memoryDir.resolve("CURRENT"))) {
      long t0 = System.nanoTime();
      try (JVectorIndex index = JVectorIndex.open(memoryDir, Layout.MEMORY.config(graph))) {
        RecordMeta meta =
            new RecordMeta("CASE-BENCH", null, "case_note", null, LocalDate.of(2024, 1, 1), false);
        // In batches, as the service's indexer inserts them (in parallel within a batch).
        for (int from = 0; from < passages.length; from += 10_000) {
          List<VectorIndex.Upsert> batch = new ArrayList<>();
          for (int i = from; i < Math.min(passages.length, from + 10_000); i++) {
            batch.add(new VectorIndex.Upsert(id(i), "h", meta, List.of(passages[i])));
          }
          index.upsertAll(batch);
        }
        index.commit();
      }
      System.out.printf(
          "built JVector %d passages (degree %d, beam %d) in %.1f s%n",
          size, maxDegree, beamWidth, (System.nanoTime() - t0) / 1e9);
    }
    Path dir =
        layout == Layout.MEMORY
            ? memoryDir
            : memoryDir.resolveSibling(
                memoryDir.getFileName() + "-" + layout.name().toLowerCase(java.util.Locale.ROOT));
    boolean copied = Files.exists(dir.resolve("CURRENT"));
    if (!copied) FileTrees.copy(memoryDir, dir);
    long t0 = System.nanoTime();
    JVectorIndex index = JVectorIndex.open(dir, layout.config(graph));
    System.out.printf(
        "%s JVector %d passages (%s) in %.1f s; segments %s%n",
        copied ? "opened" : "sealed",
        size,
        layout,
        (System.nanoTime() - t0) / 1e9,
        index.segmentSizes());
    return index;
  }

  static int[] ordinals(List<PassageHit> hits) {
    return hits.stream().mapToInt(h -> ordinal(h.recordId())).toArray();
  }

  private static int[][] readTruth(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      int n = in.readInt();
      int k = in.readInt();
      int[][] t = new int[n][k];
      for (int[] row : t) for (int j = 0; j < k; j++) row[j] = in.readInt();
      return t;
    }
  }

  private static void writeTruth(Path file, int[][] truth) throws IOException {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeInt(truth.length);
      out.writeInt(truth[0].length);
      for (int[] row : truth) for (int v : row) out.writeInt(v);
    }
  }
}
