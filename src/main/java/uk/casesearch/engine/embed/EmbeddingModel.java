package uk.casesearch.engine.embed;

import java.util.Locale;

/**
 * The sentence-embedding models Casesearch can load, with the pooling and prefixes their authors
 * specify. Each is an ONNX graph and a tokenizer.json unpacked by the build from a Maven Central
 * jar into {@code models/<directory>}.
 */
public enum EmbeddingModel {
  /** BAAI bge-small-en-v1.5, int8: the default (quality close to fp32 at 1.5x the speed). */
  BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", 384, Pooling.CLS, BgePrefix.QUERY, ""),
  /** BAAI bge-small-en-v1.5, fp32. */
  BGE_SMALL_EN_V15("bge-small-en-v1.5", 384, Pooling.CLS, BgePrefix.QUERY, ""),
  /** intfloat e5-small-v2, int8. */
  E5_SMALL_V2_Q("e5-small-v2-q", 384, Pooling.MEAN, "query: ", "passage: "),
  /** sentence-transformers all-MiniLM-L6-v2, int8 (fast, weakest on paraphrase). */
  ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", 384, Pooling.MEAN, "", "");

  /** How token vectors become one sentence vector. */
  public enum Pooling {
    /** The first ([CLS]) token's vector. */
    CLS,
    /** The attention-masked mean of all token vectors. */
    MEAN
  }

  private static final class BgePrefix {
    static final String QUERY = "Represent this sentence for searching relevant passages: ";
  }

  private final String directory;
  private final int dimension;
  private final Pooling pooling;
  private final String queryPrefix;
  private final String passagePrefix;

  EmbeddingModel(
      String directory, int dimension, Pooling pooling, String queryPrefix, String passagePrefix) {
    this.directory = directory;
    this.dimension = dimension;
    this.pooling = pooling;
    this.queryPrefix = queryPrefix;
    this.passagePrefix = passagePrefix;
  }

  /** The folder under the models directory holding this model's files. */
  public String directory() {
    return directory;
  }

  /**
   * The length of the model's vectors, known before it loads so that the vector index can open
   * while it does; {@link OnnxEmbedder#open} checks the model against it.
   */
  public int dimension() {
    return dimension;
  }

  public Pooling pooling() {
    return pooling;
  }

  public String queryPrefix() {
    return queryPrefix;
  }

  public String passagePrefix() {
    return passagePrefix;
  }

  /**
   * Looks a model up by its directory name or enum name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the known models when there is no match
   */
  public static EmbeddingModel fromName(String name) {
    for (EmbeddingModel m : values()) {
      if (m.directory.equalsIgnoreCase(name) || m.name().equalsIgnoreCase(name.replace('-', '_'))) {
        return m;
      }
    }
    StringBuilder known = new StringBuilder();
    for (EmbeddingModel m : values()) known.append(known.isEmpty() ? "" : ", ").append(m.directory);
    throw new IllegalArgumentException(
        "unknown embedding model '"
            + name
            + "'; known: "
            + known.toString().toLowerCase(Locale.ROOT));
  }
}
