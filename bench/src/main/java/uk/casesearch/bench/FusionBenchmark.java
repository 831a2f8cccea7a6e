package uk.casesearch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.casesearch.engine.search.RrfFuser;

/**
 * Fusing two retrievers' candidate lists (100 each by default, half overlapping) by rank and by
 * score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FusionBenchmark {

  @Param({"100", "200"})
  int candidates;

  private final RrfFuser rrf = new RrfFuser(60);
  private List<List<String>> rankings;
  private List<Map<String, Double>> scores;
  private final double[] weights = {1.0, 1.0};

  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(VectorData.SEED);
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    Map<String, Double> sa = new LinkedHashMap<>();
    Map<String, Double> sb = new LinkedHashMap<>();
    for (int i = 0; i < candidates; i++) {
      String x = "r" + r.nextInt(candidates * 2);
      String y = "r" + r.nextInt(candidates * 2);
      a.add(x);
      b.add(y);
      sa.putIfAbsent(x, 30.0 - i * 0.1);
      sb.putIfAbsent(y, 0.9 - i * 0.001);
    }
    rankings = List.of(a, b);
    scores = List.of(sa, sb);
  }

  @Benchmark
  public List<RrfFuser.Fused> reciprocalRank() {
    return rrf.fuse(rankings, weights);
  }

  @Benchmark
  public List<RrfFuser.Fused> minMaxScores() {
    return RrfFuser.fuseScores(scores, weights);
  }
}
