package uk.casesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.ingest.Passage;
import uk.casesearch.engine.search.ConceptLexicon;
import uk.casesearch.engine.search.Suggester;

/**
 * Search-box suggestions (the Suggester over the service's text index) for a caller who may see 50
 * of the cases, over a scaled corpus whose every case names a child and 30 people (about 4,000
 * names in all): a name's first letters ("ja"), a first name and a surname's start ("jason ha"), a
 * surname's start alone ("hadd"), each checked against the caller's cases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx4g"})
public class SuggestBenchmark {

  private static final int PASSAGES_PER_CASE = 200;
  private static final int PEOPLE_PER_CASE = 30;

  private static final String[] FIRST = {
    "jason", "leo", "ellie", "kyle", "dean", "amy", "ronnie", "phoebe", "isla", "jack", "ava",
    "summer", "yusuf", "lacey", "tommy", "bobby", "sonny", "esme", "alfie", "ruby"
  };
  private static final String[] LAST = {
    "haddow",
    "hatfield",
    "binns",
    "ramsden",
    "uttley",
    "dobson",
    "adeyemi",
    "oddie",
    "norcliffe",
    "byrne",
    "hurst",
    "royston",
    "briggs",
    "whittaker",
    "calvert",
    "arkwright",
    "waddington",
    "clegg",
    "kershaw",
    "jagger",
    "holroyd",
    "pickles",
    "ibbotson",
    "barraclough",
    "fenwick"
  };

  /** Surnames are LAST with one of these after it, so that names run to thousands. */
  private static final String[] ENDINGS = {"", "son", "ley", "ton", "field", "worth", "shaw", "by"};

  @Param({"100000"})
  int size;

  private LuceneBm25Index index;
  private Suggester suggester;
  private SearchFilter caller;
  private final List<String> prefixes = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ScaledCorpus corpus = ScaledCorpus.load();
    Path dir = VectorData.ROOT.resolve("suggest-" + size);
    boolean built = Files.exists(dir.resolve("built"));
    index = LuceneBm25Index.open(dir, LuceneBm25Index.Config.defaults());
    int cases = size / PASSAGES_PER_CASE;
    if (!built) {
      long t0 = System.nanoTime();
      for (int i = 0; i < size; i++) {
        int c = i / PASSAGES_PER_CASE;
        SplittableRandom r = new SplittableRandom(i);
        Set<String> names = new HashSet<>();
        names.add(name(c, 0));
        for (int k = 0; k < 3; k++) names.add(name(c, 1 + r.nextInt(PEOPLE_PER_CASE)));
        String text = corpus.passage(i);
        index.upsert(
            VectorData.id(i),
            "h",
            new RecordMeta("CASE-" + c, null, "case_note", null, LocalDate.of(2024, 1, 1), false),
            "Case note " + i,
            String.join("\n", names),
            names,
            List.of(new Passage(0, text, 0, text.length())));
      }
      index.commit();
      Files.writeString(dir.resolve("built"), "");
      System.out.printf(
          "built %d passages with names in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
    }
    index.refresh();
    suggester = new Suggester(index, ConceptLexicon.shipped());
    Set<String> visible = new HashSet<>();
    for (int c = 0; c < Math.min(50, cases); c++) visible.add("CASE-" + (c * 7 % cases));
    caller = SearchFilter.NONE.withAccess(AccessScope.cases(visible, Set.of()));
    for (String f : FIRST) {
      prefixes.add(f.substring(0, 2));
      prefixes.add(f + " " + LAST[f.length() % LAST.length].substring(0, 2));
    }
    for (String l : LAST) prefixes.add(l.substring(0, 4));
  }

  /** The k-th person of a case (0: the child), from a pool shared across cases. */
  private static String name(int c, int k) {
    int n = c * 31 + k * 17;
    int surname = (n / FIRST.length + k) % (LAST.length * ENDINGS.length);
    return FIRST[n % FIRST.length]
        + " "
        + LAST[surname % LAST.length]
        + ENDINGS[surname / LAST.length];
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  @Benchmark
  public List<Suggester.Suggestion> suggest() throws IOException {
    return suggester.suggest(prefixes.get(next++ % prefixes.size()), caller, 8);
  }
}
