package uk.casesearch.engine.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.casesearch.engine.embed.OnnxEmbedderTest.dot;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.util.Vectors;

/**
 * An ensemble of the real default model and a second, plainly different embedder (letter counts),
 * so that the two disagree and the weighting shows.
 */
class EnsembleEmbedderTest {

  static OnnxEmbedder bge;

  @BeforeAll
  static void load() throws IOException {
    bge =
        OnnxEmbedder.open(
            new OnnxEmbedder.Config(
                OnnxEmbedderTest.modelsDir(), EmbeddingModel.BGE_SMALL_EN_V15_Q, 2, 512, 1));
  }

  @AfterAll
  static void close() {
    bge.close();
  }

  /**
   * Letter frequencies, normalised: a real if crude embedding that shares nothing with the model.
   */
  static final class Letters implements Embedder {
    @Override
    public int dimension() {
      return 26;
    }

    @Override
    public String modelId() {
      return "letters";
    }

    @Override
    public float[] embedQuery(String query) {
      float[] v = new float[26];
      for (char c : query.toLowerCase(Locale.ROOT).toCharArray())
        if (c >= 'a' && c <= 'z') v[c - 'a']++;
      return Vectors.normalize(v);
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
      return passages.stream().map(this::embedQuery).toList();
    }

    @Override
    public void close() {}
  }

  @Test
  void similarityIsTheWeightedMeanOfEachModelsSimilarity() {
    Letters letters = new Letters();
    EnsembleEmbedder ensemble = new EnsembleEmbedder(List.of(bge, letters), List.of(1.0, 3.0));
    assertEquals(384 + 26, ensemble.dimension());
    assertEquals("bge-small-en-v1.5-q@512+letters*3.0", ensemble.modelId());
    String query = "the children were left without food";
    String passage = "no food in the cupboards and the house was filthy";
    float[] q = ensemble.embedQuery(query);
    float[] p = ensemble.embedPassages(List.of(passage)).getFirst();
    assertEquals(1.0, dot(q, q), 1e-5, "the concatenation stays unit length");
    assertEquals(1.0, dot(p, p), 1e-5);
    double byModel = dot(bge.embedQuery(query), bge.embedPassages(List.of(passage)).getFirst());
    double byLetters = dot(letters.embedQuery(query), letters.embedQuery(passage));
    assertTrue(
        Math.abs(byModel - byLetters) > 0.05,
        "the two embedders must disagree for the test to mean anything");
    assertEquals((1 * byModel + 3 * byLetters) / 4, dot(q, p), 1e-5);
  }

  @Test
  void queriesAndPassagesKeepTheirOrder() {
    EnsembleEmbedder ensemble =
        new EnsembleEmbedder(List.of(bge, new Letters()), List.of(1.0, 1.0));
    List<String> texts =
        List.of("school attendance", "missing from home", "school attendance again");
    List<float[]> batch = ensemble.embedQueries(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(1.0, dot(batch.get(i), ensemble.embedQuery(texts.get(i))), 1e-5, texts.get(i));
    }
  }

  @Test
  void parsesOneModelOrSeveralWithWeights() {
    assertEquals(
        List.of(new EnsembleEmbedder.Part(EmbeddingModel.BGE_SMALL_EN_V15_Q, 1.0)),
        EnsembleEmbedder.parse("bge-small-en-v1.5-q"));
    assertEquals(
        List.of(
            new EnsembleEmbedder.Part(EmbeddingModel.BGE_SMALL_EN_V15_Q, 1.0),
            new EnsembleEmbedder.Part(EmbeddingModel.E5_SMALL_V2_Q, 0.5)),
        EnsembleEmbedder.parse("bge-small-en-v1.5-q + e5-small-v2-q*0.5"));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> EnsembleEmbedder.parse("bge-small-en-v1.5-q+gpt"));
    assertTrue(
        unknown.getMessage().contains("unknown embedding model 'gpt'"), unknown.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> EnsembleEmbedder.parse("e5-small-v2-q*zero"));
    assertThrows(IllegalArgumentException.class, () -> EnsembleEmbedder.parse("e5-small-v2-q*-1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EnsembleEmbedder(List.of(new Letters()), List.of(1.0)));
  }
}
