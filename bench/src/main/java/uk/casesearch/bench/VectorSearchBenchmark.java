package uk.casesearch.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.vector.JVectorIndex;

/**
 * The service's vector index (JVectorIndex, exactly as the engine uses it) answering top 10, with
 * recall@10 against brute force printed at set-up beside the latency JMH measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
// JVector picks its native SIMD library when it can load it and Panama otherwise; inside the
// service (Quarkus's class loader) it cannot, so the benchmark names Panama to measure what runs
// there.
@Fork(
    value = 1,
    jvmArgsAppend = {
      "--add-modules",
      "jdk.incubator.vector",
      "-Xmx8g",
      "-Djvector.vectorization_provider=panama"
    })
public class VectorSearchBenchmark {

  @Param({"100000"})
  int size;

  @Param({"16", "32"})
  int maxDegree;

  @Param({"100"})
  int beamWidth;

  /**
   * memory (the whole graph on the heap), disk (memory-mapped), disk-pq (mapped, quantized codes on
   * the heap).
   */
  @Param({"memory", "disk", "disk-pq"})
  String layout;

  private VectorData data;
  private JVectorIndex index;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    data = VectorData.load(size);
    index = data.jvector(maxDegree, beamWidth, VectorData.Layout.of(layout));
    int[][] answers = new int[data.queries.length][];
    for (int q = 0; q < answers.length; q++)
      answers[q] =
          VectorData.ordinals(index.search(data.queries[q], VectorData.K, SearchFilter.NONE));
    System.out.printf(
        "%nJVector size=%d degree=%d beam=%d layout=%s recall@10=%.4f%n",
        size, maxDegree, beamWidth, layout, data.recall(answers));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  @Benchmark
  public java.util.List<PassageHit> search() throws IOException {
    float[] q = data.queries[next++ % data.queries.length];
    return index.search(q, VectorData.K, SearchFilter.NONE);
  }
}
