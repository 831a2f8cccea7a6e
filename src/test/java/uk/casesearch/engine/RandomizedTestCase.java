package uk.casesearch.engine;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A base for randomised tests: each test gets a {@link Random} from a seed that every failure
 * reports (also in assertion messages that use {@link #seed()}), and can be replayed with {@code
 * -Dtests.seed=...}.
 */
public abstract class RandomizedTestCase {

  private long seed;
  private Random random;

  /** Every failure says its seed, whether or not the test's own messages do. */
  @RegisterExtension
  final TestExecutionExceptionHandler printSeedOnFailure =
      (context, failure) -> {
        System.err.println(context.getDisplayName() + " failed; replay with -D" + seed());
        failure.addSuppressed(new AssertionError("replay with -D" + seed()));
        throw failure;
      };

  @BeforeEach
  void seedRandom(TestInfo info) {
    String fixed = System.getProperty("tests.seed");
    seed = fixed != null ? Long.parseUnsignedLong(fixed, 16) : new Random().nextLong();
    random = new Random(seed);
  }

  /** This test's source of randomness. */
  protected Random random() {
    return random;
  }

  /** "seed=XXXX": put it in assertion messages so a failure can be replayed. */
  protected String seed() {
    return "tests.seed=" + Long.toHexString(seed);
  }

  /** At least {@code n}, sometimes up to twice as many. */
  protected int atLeast(int n) {
    return n + random.nextInt(n + 1);
  }

  /** One of the values, at random. */
  protected <T> T randomFrom(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A random unit vector. */
  protected float[] randomUnitVector(int dim) {
    float[] v = new float[dim];
    double norm = 0;
    for (int i = 0; i < dim; i++) {
      v[i] = (float) random.nextGaussian();
      norm += v[i] * v[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < dim; i++) v[i] /= (float) norm;
    return v;
  }
}
