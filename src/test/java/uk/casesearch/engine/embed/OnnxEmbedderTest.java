package uk.casesearch.engine.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real default model (unpacked by the build into models/), run offline. */
class OnnxEmbedderTest {

  static OnnxEmbedder embedder;

  static Path modelsDir() {
    return Path.of(System.getProperty("casesearch.models.dir", "models"));
  }

  @BeforeAll
  static void load() throws IOException {
    embedder =
        OnnxEmbedder.open(
            new OnnxEmbedder.Config(modelsDir(), EmbeddingModel.BGE_SMALL_EN_V15_Q, 2, 512, 1));
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /**
   * Golden vectors: the first dimensions of a passage's and a query's vector as this model,
   * tokenizer, pooling and query instruction gave them when the values were recorded. Any change to
   * one of them (another model file, a tokenizer setting, mean instead of CLS pooling, the
   * instruction dropped) moves them by far more than 1e-4; a change of ONNX Runtime's kernels
   * within the same model does not.
   */
  @Test
  void vectorsMatchTheRecordedGoldenValues() {
    float[] passage = embedder.embedPassages(List.of(GOLDEN_TEXT)).get(0);
    float[] query = embedder.embedQuery(GOLDEN_TEXT);
    StringBuilder got = new StringBuilder("passage ");
    for (int i = 0; i < GOLDEN_PASSAGE.length; i++) got.append(passage[i]).append("f, ");
    got.append("\nquery ");
    for (int i = 0; i < GOLDEN_QUERY.length; i++) got.append(query[i]).append("f, ");
    for (int i = 0; i < GOLDEN_PASSAGE.length; i++)
      assertEquals(GOLDEN_PASSAGE[i], passage[i], 1e-4, "passage dim " + i + "\n" + got);
    for (int i = 0; i < GOLDEN_QUERY.length; i++)
      assertEquals(GOLDEN_QUERY[i], query[i], 1e-4, "query dim " + i + "\n" + got);
  }

  private static final String GOLDEN_TEXT =
      "There was no food in the cupboards and the children were hungry.";
  private static final float[] GOLDEN_PASSAGE = {
    0.022555482f,
    0.0676977f,
    3.860225E-4f,
    -0.010412554f,
    0.04645332f,
    0.00916762f,
    -0.06671644f,
    -0.032296732f
  };
  private static final float[] GOLDEN_QUERY = {
    0.014423683f,
    0.058041796f,
    -0.03330964f,
    0.016831273f,
    0.062664196f,
    -9.825281E-4f,
    -0.06927776f,
    -0.031042993f
  };

  @Test
  void vectorsAreUnitLengthWithTheModelsDimension() {
    assertEquals(384, embedder.dimension());
    float[] v = embedder.embedQuery("child protection plan");
    assertEquals(384, v.length);
    assertEquals(1.0, Math.sqrt(dot(v, v)), 1e-4);
  }

  /**
   * With batch size 1 (the default) a passage's vector never depends on its neighbours in a call.
   */
  @Test
  void vectorsDoNotDependOnTheRestOfTheCall() {
    List<String> texts =
        List.of(
            "A short note.",
            "A much longer note about a home visit where the children were seen in their bedrooms.",
            "Mid length passage here.");
    List<float[]> batch = embedder.embedPassages(texts);
    for (int i = 0; i < texts.size(); i++) {
      float[] single = embedder.embedPassages(List.of(texts.get(i))).getFirst();
      assertEquals(
          1.0,
          dot(single, batch.get(i)),
          1e-4,
          "passage " + i + " differs between batch and single");
    }
  }

  @Test
  void queriesFindNeglectDescribedWithoutTheWord() {
    float[] q = embedder.embedQuery("instances of neglect");
    List<float[]> ps =
        embedder.embedPassages(
            List.of(
                "The children were left without food and the house was filthy; they wore the same clothes all week.",
                "The family enjoyed a day trip to the seaside and the children built sandcastles."));
    assertTrue(
        dot(q, ps.get(0)) > dot(q, ps.get(1)) + 0.05,
        "neglect " + dot(q, ps.get(0)) + " vs unrelated " + dot(q, ps.get(1)));
  }

  @Test
  void longInputIsTruncatedNotRejected() {
    float[] v = embedder.embedPassages(List.of("word ".repeat(5000))).getFirst();
    assertEquals(1.0, Math.sqrt(dot(v, v)), 1e-4);
  }

  @Test
  void missingModelFolderIsAClearError() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                OnnxEmbedder.open(
                    new OnnxEmbedder.Config(
                        Path.of("no-such-dir"), EmbeddingModel.BGE_SMALL_EN_V15_Q, 1, 128, 1)));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void modelNamesResolve() {
    assertEquals(EmbeddingModel.BGE_SMALL_EN_V15_Q, EmbeddingModel.fromName("bge-small-en-v1.5-q"));
    assertEquals(EmbeddingModel.E5_SMALL_V2_Q, EmbeddingModel.fromName("E5_SMALL_V2_Q"));
    assertThrows(IllegalArgumentException.class, () -> EmbeddingModel.fromName("gpt"));
  }
}
