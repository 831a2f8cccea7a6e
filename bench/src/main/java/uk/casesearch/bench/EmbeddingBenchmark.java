package uk.casesearch.bench;

import java.io.IOException;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.casesearch.engine.embed.EmbeddingModel;
import uk.casesearch.engine.embed.OnnxEmbedder;

/**
 * The real model (ONNX Runtime, DJL tokenizer) embedding a query and a batch of passages of the
 * default chunk size. Needs the unpacked models (the main build's models/ folder: -Dbench.models).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dai.djl.offline=true"})
public class EmbeddingBenchmark {

  @Param({"bge-small-en-v1.5-q"})
  String model;

  @Param({"2"})
  int threads;

  private OnnxEmbedder embedder;
  private List<String> passages;
  private int next;

  private static final String[] QUERIES = {
    "instances of neglect",
    "safety plan for the children",
    "missing school this term",
    "what did the GP say about her weight",
    "domestic abuse incidents reported by police",
    "contact with dad at the family centre",
    "ICPC minutes decisions",
  };

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path models = Path.of(System.getProperty("bench.models", "../models"));
    embedder =
        OnnxEmbedder.open(
            new OnnxEmbedder.Config(models, EmbeddingModel.fromName(model), threads, 512, 16));
    String sentence =
        "On the unannounced visit the kitchen was dirty, there was little food in the cupboards and the "
            + "children were wearing the same clothes as last week; mother said money had run out before payday. ";
    passages = new ArrayList<>();
    for (int i = 0; i < 16; i++)
      passages.add(i + ". " + sentence.repeat(5)); // about 1,000 characters each
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    embedder.close();
  }

  @Benchmark
  public float[] query() {
    // A fresh string each time: nothing is cached inside the embedder, but be explicit.
    return embedder.embedQuery(QUERIES[next++ % QUERIES.length] + " " + (next % 1000));
  }

  /** Sixteen passages of about 1,000 characters in one call: divide by 16 for a passage. */
  @Benchmark
  public List<float[]> passageBatchOf16() {
    return embedder.embedPassages(passages);
  }
}
