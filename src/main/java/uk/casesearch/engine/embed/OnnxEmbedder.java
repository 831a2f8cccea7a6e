package uk.casesearch.engine.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.casesearch.engine.util.Vectors;

/**
 * An {@link Embedder} running a sentence-transformer ONNX graph in ONNX Runtime with a HuggingFace
 * tokenizer, entirely offline. One ORT session is shared by all callers (ORT sessions are
 * thread-safe); every tensor and result is closed after use because they hold native memory.
 */
public final class OnnxEmbedder implements Embedder {

  /**
   * Embedder settings.
   *
   * @param modelsDir the folder holding one sub-folder per model
   * @param model which model to load
   * @param threads ONNX Runtime intra-op threads (the cores to use for one inference)
   * @param maxTokens tokens per input, at most 512; longer inputs are truncated
   * @param batchSize passages per inference call
   */
  public record Config(
      Path modelsDir, EmbeddingModel model, int threads, int maxTokens, int batchSize) {
    public Config {
      if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got: " + threads);
      if (maxTokens < 8 || maxTokens > 512) {
        throw new IllegalArgumentException("maxTokens must be in [8, 512], got: " + maxTokens);
      }
      if (batchSize < 1 || batchSize > 256) {
        throw new IllegalArgumentException("batchSize must be in [1, 256], got: " + batchSize);
      }
    }
  }

  private final Config config;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean needsTokenTypes;
  private final int dimension;

  private OnnxEmbedder(
      Config config, OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {
    this.config = config;
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
    this.dimension = encode(List.of("probe"), "").getFirst().length;
  }

  /**
   * Loads the model's ONNX graph and tokenizer from {@code modelsDir/<model directory>}.
   *
   * @throws IOException if the model folder or its files are missing or cannot be loaded
   */
  public static OnnxEmbedder open(Config config) throws IOException {
    Path dir = config.modelsDir().resolve(config.model().directory());
    Path onnx = findOne(dir, ".onnx");
    Path tokenizerJson = findOne(dir, "tokenizer.json");
    HuggingFaceTokenizer tokenizer =
        HuggingFaceTokenizer.builder()
            .optTokenizerPath(tokenizerJson)
            .optMaxLength(config.maxTokens())
            .optTruncation(true)
            .optPadding(true)
            .build();
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      removeExtractedLibraries();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(config.threads());
      options.setInterOpNumThreads(1);
      // Spinning threads burn a core waiting for work: on a shared 2-core box that hurts p99.
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(onnx.toString(), options);
      OnnxEmbedder embedder = new OnnxEmbedder(config, env, session, tokenizer);
      if (embedder.dimension != config.model().dimension()) {
        embedder.close();
        throw new IOException(
            onnx
                + " gives vectors of "
                + embedder.dimension
                + " dimensions, not the "
                + config.model().dimension()
                + " expected of "
                + config.model().directory());
      }
      return embedder;
    } catch (OrtException e) {
      tokenizer.close();
      throw new IOException("cannot load ONNX model " + onnx + ": " + e.getMessage(), e);
    }
  }

  /**
   * ONNX Runtime copies its native libraries into a fresh {@code onnxruntime-java*} folder under
   * the temporary directory at every start, and asks for the folder to be deleted at exit before
   * its files are, so the folder stays behind (after a kill, the libraries too). Once loaded they
   * are mapped into this process and no longer needed on disk: this process's folder, found by the
   * libraries it has mapped, is removed now. Elsewhere than Linux (no /proc) it is left alone.
   */
  private static void removeExtractedLibraries() {
    Path maps = Path.of("/proc/self/maps");
    if (!Files.isReadable(maps)) return;
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    try (Stream<String> lines = Files.lines(maps)) {
      List<Path> folders =
          lines
              .map(
                  l ->
                      l.indexOf('/') < 0
                          ? null
                          : Path.of(l.substring(l.indexOf('/')).replace(" (deleted)", ""))
                              .getParent())
              .filter(
                  d ->
                      d != null
                          && tmp.equals(d.getParent())
                          && d.getFileName().toString().startsWith("onnxruntime-java"))
              .distinct()
              .toList();
      for (Path folder : folders) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path f : files.toList()) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(folder);
      }
    } catch (IOException | RuntimeException e) {
      // Only tidiness is lost: the folder stays, as it would have anyway.
    }
  }

  private static Path findOne(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(
          "model folder "
              + dir.toAbsolutePath()
              + " does not exist (the Maven build unpacks models into models/)");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found =
          files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
      if (found.size() != 1) {
        throw new IOException(
            "expected one *" + suffix + " file in " + dir + ", found " + found.size());
      }
      return found.getFirst();
    }
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String modelId() {
    return config.model().directory() + "@" + config.maxTokens();
  }

  @Override
  public float[] embedQuery(String query) {
    return encode(List.of(query), config.model().queryPrefix()).getFirst();
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    if (passages.isEmpty()) return List.of();
    // Sort by length so each batch pads to similar lengths: padding is wasted compute.
    Integer[] order = new Integer[passages.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> passages.get(i).length()));
    float[][] out = new float[passages.size()][];
    for (int from = 0; from < order.length; from += config.batchSize()) {
      int to = Math.min(order.length, from + config.batchSize());
      List<String> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) batch.add(passages.get(order[k]));
      List<float[]> vectors = encode(batch, config.model().passagePrefix());
      for (int k = from; k < to; k++) out[order[k]] = vectors.get(k - from);
    }
    return Arrays.asList(out);
  }

  private List<float[]> encode(List<String> texts, String prefix) {
    String[] inputs = texts.stream().map(t -> prefix + t).toArray(String[]::new);
    Encoding[] encodings = tokenizer.batchEncode(inputs);
    int batch = encodings.length;
    int seq = encodings[0].getIds().length;
    long[][] ids = new long[batch][];
    long[][] mask = new long[batch][];
    long[][] types = new long[batch][];
    for (int b = 0; b < batch; b++) {
      ids[b] = encodings[b].getIds();
      mask[b] = encodings[b].getAttentionMask();
      types[b] = encodings[b].getTypeIds();
    }
    Map<String, OnnxTensor> feed = new HashMap<>();
    try {
      feed.put("input_ids", OnnxTensor.createTensor(env, ids));
      feed.put("attention_mask", OnnxTensor.createTensor(env, mask));
      if (needsTokenTypes) feed.put("token_type_ids", OnnxTensor.createTensor(env, types));
      try (OrtSession.Result result = session.run(feed)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        List<float[]> vectors = new ArrayList<>(batch);
        for (int b = 0; b < batch; b++)
          vectors.add(Vectors.normalize(pool(hidden[b], mask[b], seq)));
        return vectors;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX inference failed: " + e.getMessage(), e);
    } finally {
      feed.values().forEach(OnnxTensor::close);
    }
  }

  private float[] pool(float[][] tokens, long[] mask, int seq) {
    if (config.model().pooling() == EmbeddingModel.Pooling.CLS) return tokens[0].clone();
    float[] sum = new float[tokens[0].length];
    int n = 0;
    for (int t = 0; t < seq; t++) {
      if (mask[t] == 0) continue;
      n++;
      for (int d = 0; d < sum.length; d++) sum[d] += tokens[t][d];
    }
    for (int d = 0; d < sum.length; d++) sum[d] /= Math.max(1, n);
    return sum;
  }

  @Override
  public boolean knowsWord(String word) {
    // [CLS] word [SEP]: one token between the markers when the vocabulary holds the word whole.
    Encoding e = tokenizer.encode(word);
    return e.getTokens().length == 3 && e.getTokens()[1].equals(word);
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("closing ONNX session: " + e.getMessage(), e);
    } finally {
      tokenizer.close();
    }
  }
}
