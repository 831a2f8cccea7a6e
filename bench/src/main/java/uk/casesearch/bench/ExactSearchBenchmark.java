package uk.casesearch.bench;

import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Brute force over every vector with SIMD dot products: the recall oracle, and the floor an index
 * must beat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx8g"})
public class ExactSearchBenchmark {

  private static final VectorTypeSupport VTS =
      VectorizationProvider.getInstance().getVectorTypeSupport();

  @Param({"100000"})
  int size;

  private VectorData data;
  private List<VectorFloat<?>> passages;
  private List<VectorFloat<?>> queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    data = VectorData.load(size);
    passages = new ArrayList<>(size);
    for (float[] p : data.passages) passages.add(VTS.createFloatVector(p));
    queries = new ArrayList<>();
    for (float[] q : data.queries) queries.add(VTS.createFloatVector(q));
  }

  @Benchmark
  public int[] search() {
    return VectorData.exact(passages, queries.get(next++ % queries.size()), VectorData.K);
  }
}
