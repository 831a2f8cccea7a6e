package uk.casesearch.engine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.casesearch.engine.embed.Embedder;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.vector.VectorIndex;

/**
 * Finds the social-care concepts a query means: by their names in the query's words first, then,
 * for a wording the lexicon does not list, by the similarity of the query to the concepts' names;
 * and only when the lexicon fits the corpus at all. Also holds each concept description's vector.
 * Thread-safe.
 */
final class ConceptMatcher {

  private static final System.Logger LOG = System.getLogger(ConceptMatcher.class.getName());

  /** An index smaller than this is too small to judge the lexicon's fit by, and is taken to fit. */
  private static final int AFFINITY_MIN_PASSAGES = 1000;

  /** Every concept name's vector and the index of its concept. */
  private record NameVectors(List<float[]> vectors, int[] concept) {}

  /** Whether the lexicon fitted the corpus when it had {@code size} passages. */
  private record Fit(int size, boolean fits) {}

  private final ConceptLexicon lexicon;
  private final Embedder embedder;
  private final VectorIndex vectors;
  private final double similarity;
  private final double margin;
  private final double affinity;
  private final Map<String, float[]> descriptions = new ConcurrentHashMap<>();
  private volatile NameVectors names;
  private volatile Fit fit;

  /**
   * @param similarity the least similarity between query and a concept's closest name for an
   *     unlisted wording to count (above 1: never)
   * @param margin how far the best concept must lead the next
   * @param affinity the median description-to-corpus similarity at which the lexicon fits (0:
   *     always)
   */
  ConceptMatcher(
      ConceptLexicon lexicon,
      Embedder embedder,
      VectorIndex vectors,
      double similarity,
      double margin,
      double affinity) {
    this.lexicon = lexicon;
    this.embedder = embedder;
    this.vectors = vectors;
    this.similarity = similarity;
    this.margin = margin;
    this.affinity = affinity;
  }

  /** Whether unlisted wordings are matched by similarity (which needs the query's vector). */
  boolean bySimilarity() {
    return similarity <= 1 && !lexicon.concepts().isEmpty();
  }

  /**
   * The concepts {@code query} means.
   *
   * @param queryVector the query's embedding; may be null when {@link #bySimilarity()} is false
   */
  List<ConceptLexicon.Concept> find(String query, float[] queryVector) {
    List<ConceptLexicon.Concept> found = lexicon.conceptsIn(query);
    if (found.isEmpty() && bySimilarity()) found = closest(queryVector);
    return found.isEmpty() || fitsCorpus() ? found : List.of();
  }

  /** The passage embedding of a concept's description, computed once. */
  float[] vector(ConceptLexicon.Concept c) {
    return descriptions.computeIfAbsent(
        c.id(), id -> embedder.embedPassages(List.of(c.looksLike())).getFirst());
  }

  /** Embeds the names (and, if asked, the descriptions) now rather than at the first search. */
  void warmUp(boolean withDescriptions) {
    if (bySimilarity()) nameVectors();
    if (withDescriptions) lexicon.concepts().forEach(this::vector);
  }

  /**
   * Whether the lexicon fits the corpus, so that queries are expanded with it (see {@link
   * #fitsCorpus()}: an index too small to judge fits; over it, an empty lexicon fits none).
   */
  boolean lexiconFits() {
    return fitsCorpus();
  }

  /**
   * Judges the lexicon's fit to the corpus now (when it has concepts and the index is big enough).
   */
  void judgeFit() {
    if (!lexicon.concepts().isEmpty()) fitsCorpus();
  }

  /**
   * The concept whose closest name is nearest the query, when it is near enough and clearly nearer
   * than any other concept; otherwise none. This catches wordings the lexicon does not list
   * ("undernourished toddler", "victimised by classmates").
   */
  private List<ConceptLexicon.Concept> closest(float[] query) {
    NameVectors nv = nameVectors();
    double[] best = new double[lexicon.concepts().size()];
    Arrays.fill(best, -1);
    for (int n = 0; n < nv.vectors().size(); n++) {
      float[] v = nv.vectors().get(n);
      double dot = 0;
      for (int i = 0; i < v.length; i++) dot += v[i] * query[i];
      int c = nv.concept()[n];
      best[c] = Math.max(best[c], dot);
    }
    int first = -1;
    int second = -1;
    for (int c = 0; c < best.length; c++) {
      if (first < 0 || best[c] > best[first]) {
        second = first;
        first = c;
      } else if (second < 0 || best[c] > best[second]) {
        second = c;
      }
    }
    if (first < 0 || best[first] < similarity) return List.of();
    if (second >= 0 && best[first] - best[second] < margin) return List.of();
    return List.of(lexicon.concepts().get(first));
  }

  /**
   * Whether the lexicon fits the corpus: the median, over all concepts, of how similar the corpus's
   * closest passage is to the concept's description reaches {@code affinity}. A council's case
   * records are written the way the descriptions are; a corpus of another kind (scientific
   * abstracts, say) is not, and there a social-care reading of "depression" or "weight loss" only
   * misleads. Measured again when the index has grown or shrunk by a tenth.
   */
  private boolean fitsCorpus() {
    if (affinity == 0) return true;
    int size = vectors.size();
    if (size < AFFINITY_MIN_PASSAGES) return true;
    Fit f = fit;
    if (f == null || Math.abs(size - f.size()) > f.size() / 10) {
      f = judge(size);
    }
    return f.fits();
  }

  /** Measures the fit at {@code size} passages, once for all the threads that ask together. */
  private synchronized Fit judge(int size) {
    Fit f = fit;
    if (f == null || Math.abs(size - f.size()) > f.size() / 10) {
      double[] best = new double[lexicon.concepts().size()];
      for (int i = 0; i < best.length; i++) {
        try {
          List<PassageHit> top =
              vectors.search(vector(lexicon.concepts().get(i)), 1, SearchFilter.NONE);
          best[i] = top.isEmpty() ? 0 : top.getFirst().score();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      Arrays.sort(best);
      double median = best.length == 0 ? 0 : best[best.length / 2];
      f = new Fit(size, median >= affinity);
      LOG.log(
          System.Logger.Level.INFO,
          "concept lexicon {0} this corpus: median affinity {1} over {2} passages",
          f.fits() ? "fits" : "does not fit",
          median,
          size);
      fit = f;
    }
    return f;
  }

  private NameVectors nameVectors() {
    NameVectors nv = names;
    if (nv == null) {
      synchronized (this) {
        nv = names;
        if (nv == null) {
          List<String> all = new ArrayList<>();
          List<Integer> owners = new ArrayList<>();
          List<ConceptLexicon.Concept> concepts = lexicon.concepts();
          for (int c = 0; c < concepts.size(); c++) {
            for (String name : concepts.get(c).names()) {
              all.add(name);
              owners.add(c);
            }
          }
          nv =
              new NameVectors(
                  embedder.embedQueries(all),
                  owners.stream().mapToInt(Integer::intValue).toArray());
          names = nv;
        }
      }
    }
    return nv;
  }
}
