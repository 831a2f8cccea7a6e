package uk.casesearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.casesearch.app.engine.Engine;
import uk.casesearch.app.indexing.IndexingService;
import uk.casesearch.app.indexing.IngestService;
import uk.casesearch.engine.eval.Datasets;
import uk.casesearch.engine.eval.EvalReport;
import uk.casesearch.engine.eval.JudgedQuery;
import uk.casesearch.engine.eval.Regression;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.doc.DocumentExtractor;
import uk.casesearch.engine.search.SearchHit;
import uk.casesearch.engine.search.SearchMode;
import uk.casesearch.engine.search.SearchRequest;
import uk.casesearch.engine.search.SearchResult;

/**
 * Measures retrieval quality on a judged dataset: ingests it through the service's own path into a
 * data directory of its own, runs every query in every mode (a scoped query is filtered to its
 * case), and writes TREC runs and a report (Markdown and JSON).
 */
@Dependent
@Command(
    name = "eval",
    description = "Evaluate search quality on a judged dataset (case corpus or BEIR).")
public class EvalCommand implements Callable<Integer> {

  /** The results a first page holds (the API's default limit). */
  private static final int PAGE = 10;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DATASET",
      description =
          "dataset folder (records.jsonl or corpus.jsonl inside); default: the regression's")
  Path dataset;

  @Option(
      names = "--regression",
      description =
          "a regression file (YAML): its dataset, modes and settings are used, and every expected figure is checked (OK / FAIL; exit code 1 on any FAIL)")
  Path regressionFile;

  @Option(
      names = "--out",
      defaultValue = "target/eval",
      description = "where runs and reports go (default ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--modes",
      split = ",",
      defaultValue = "bm25,vector,hybrid",
      description = "modes to compare")
  List<SearchMode> modes;

  @Option(
      names = "--data-dir",
      description =
          "reuse this data directory (vectors cached by content) instead of a fresh temporary one")
  Path dataDir;

  @Spec CommandSpec spec;

  private final IngestService ingest;
  private final IndexingService indexing;
  private final Engine engine;
  private final ObjectMapper mapper;

  @Inject
  public EvalCommand(
      IngestService ingest, IndexingService indexing, Engine engine, ObjectMapper mapper) {
    this.ingest = ingest;
    this.indexing = indexing;
    this.engine = engine;
    this.mapper = mapper;
  }

  /** For reading the command line before the application starts; never run. */
  EvalCommand() {
    this(null, null, null, null);
  }

  @Override
  public Integer call() throws IOException {
    Regression regression = regressionFile == null ? null : Regression.read(regressionFile);
    if (regression != null) {
      if (dataset == null) dataset = Path.of(regression.dataset());
      modes =
          regression.modes().stream()
              .map(m -> SearchMode.valueOf(m.toUpperCase(Locale.ROOT)))
              .toList();
    }
    if (dataset == null)
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give a DATASET or --regression");
    if (!Files.isDirectory(dataset)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no dataset folder at " + dataset.toAbsolutePath());
    }
    Datasets.Format format =
        regression != null && regression.records() != null
            ? Datasets.Format.CASE
            : Datasets.Format.detect(dataset);
    Files.createDirectories(out);
    String name = dataset.toAbsolutePath().normalize().getFileName().toString();
    System.out.println(
        "ingesting " + dataset + " (" + format.name().toLowerCase(Locale.ROOT) + ")");
    List<CaseRecord> batch = new ArrayList<>();
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    long t0 = System.nanoTime();
    Datasets.Loaded loaded;
    try (DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Config.defaults())) {
      loaded =
          Datasets.load(
              dataset,
              format,
              selection(regression),
              ingest.parser(),
              extractor,
              r -> {
                batch.add(r);
                if (batch.size() == 256) {
                  pending.add(ingest.storeAndQueue(List.copyOf(batch)).indexed());
                  batch.clear();
                }
              });
    }
    if (!batch.isEmpty()) pending.add(ingest.storeAndQueue(List.copyOf(batch)).indexed());
    // With --data-dir, records already stored are not queued again, but an index that was rebuilt
    // at start-up (a new schema, a crash) is refilled from the database first.
    pending.add(indexing.startupRepair());
    Progress progress = new Progress(System.out, pending.size(), "batches");
    for (int i = 0; i < pending.size(); i++) {
      pending.get(i).join();
      progress.update(i + 1, false);
    }
    progress.finish(pending.size());
    double ingestSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d documents searchable in %.0f s (%d embedded, %d reused); %d skipped: %s%n",
        loaded.documents(),
        ingestSeconds,
        engine.embeddedCount(),
        engine.reusedCount(),
        loaded.skipped().size(),
        loaded.skipped().size() > 5 ? loaded.skipped().subList(0, 5) + "..." : loaded.skipped());

    StringBuilder md = new StringBuilder("# Evaluation: " + name + "\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d documents (%d not readable), %d judged queries.%n%n",
            loaded.documents(),
            loaded.skipped().size(),
            loaded.queries().size()));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("dataset", name);
    json.put("documents", loaded.documents());
    json.put("queries", loaded.queries().size());
    List<Object> runs = new ArrayList<>();
    Map<String, Map<String, EvalReport.Figures>> measured = new LinkedHashMap<>();
    List<JudgedQuery> typed =
        regression == null || regression.typedQueries() == null
            ? List.of()
            : Datasets.readQueries(Path.of(regression.typedQueries()));
    List<JudgedQuery> unmatched =
        format == Datasets.Format.CASE ? unmatchable(loaded.queries()) : List.of();
    for (SearchMode mode : modes) {
      EvalReport report = run(mode.name().toLowerCase(Locale.ROOT), loaded.queries(), mode);
      String weak = weakMatches(report.runName(), loaded.queries(), unmatched, mode);
      md.append(weak).append('\n');
      System.out.print(weak);
      report.writeTrecRun(out.resolve(name + "." + report.runName() + ".trec"));
      md.append(report.markdown()).append('\n');
      runs.add(report.toMap());
      measured.put(report.runName(), report.figures());
      System.out.print(report.markdown());
      if (typed.isEmpty()) continue;
      // Each variant counted under its kind: the figures the regression checks for "-as-typed".
      EvalReport asTyped =
          run(
              report.runName() + "-as-typed",
              typed.stream().map(v -> v.inCategory(v.variant())).toList(),
              mode);
      asTyped.writeTrecRun(out.resolve(name + "." + asTyped.runName() + ".trec"));
      String table =
          EvalReport.robustnessMarkdown(report.runName(), report.robustness(typed, asTyped));
      md.append(asTyped.markdown()).append('\n').append(table).append('\n');
      runs.add(asTyped.toMap());
      measured.put(asTyped.runName(), asTyped.figures());
      System.out.print(asTyped.markdown() + "\n" + table);
    }
    json.put("runs", runs);
    Files.writeString(out.resolve(name + ".md"), md);
    mapper
        .writer(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve(name + ".json").toFile(), json);
    System.out.println("wrote " + out.resolve(name + ".md") + ", .json and .trec runs");
    if (regression == null) return 0;
    List<Regression.Check> checks = regression.check(measured);
    System.out.println("\nregression " + regression.name() + " (" + regressionFile + "):");
    checks.forEach(System.out::println);
    long failed = checks.stream().filter(c -> !c.ok()).count();
    if (failed == 0) {
      System.out.println("OK: all " + checks.size() + " figures within " + regression.tolerance());
      return 0;
    }
    System.out.println(
        "FAIL: "
            + failed
            + " of "
            + checks.size()
            + " figures moved. If the change is intended, the measured figures are:");
    System.out.print(
        new YAMLMapper().writeValueAsString(Map.of("expected", Regression.asExpected(measured))));
    return 1;
  }

  /**
   * Runs every query in one mode. The first ten results are the first page a person gets, searched
   * as the service searches it; ranks 11-100 come from a search for a hundred, which looks deeper
   * when the candidates hold fewer than a hundred records, and so may rank the first ten
   * differently. Latency is the first page's.
   */
  private EvalReport run(String runName, List<JudgedQuery> queries, SearchMode mode)
      throws IOException {
    EvalReport report = new EvalReport(runName);
    for (JudgedQuery q : queries) {
      SearchFilter filter =
          q.scopeCaseId() == null
              ? SearchFilter.NONE
              : SearchFilter.NONE.withCases(Set.of(q.scopeCaseId()));
      long s = System.nanoTime();
      List<SearchHit> page =
          engine
              .searcher()
              .search(new SearchRequest(q.text(), filter, PAGE, 0, mode, false))
              .hits();
      long micros = (System.nanoTime() - s) / 1000;
      Set<String> ranked = new LinkedHashSet<>();
      page.forEach(h -> ranked.add(h.id()));
      for (SearchHit h :
          engine
              .searcher()
              .search(new SearchRequest(q.text(), filter, SearchRequest.MAX_LIMIT, 0, mode, false))
              .hits()) {
        if (ranked.size() == SearchRequest.MAX_LIMIT) break;
        ranked.add(h.id());
      }
      report.add(q, List.copyOf(ranked), micros);
    }
    return report;
  }

  /** Invented first names and surnames, for names no record holds. */
  private static final List<String> FIRST =
      List.of(
          "Gary",
          "Maureen",
          "Clive",
          "Brenda",
          "Nigel",
          "Sandra",
          "Trevor",
          "Denise",
          "Keith",
          "Hazel",
          "Graham",
          "Yvonne",
          "Malcolm",
          "Pauline",
          "Derek",
          "Lorraine");

  private static final List<String> SURNAMES =
      List.of(
          "Stokes",
          "Penhaligon",
          "Quartermaine",
          "Trelawny",
          "Ogunbanjo",
          "Fairweather",
          "Blenkinsop",
          "Lovibond",
          "Pendragon",
          "Wickramasinghe",
          "Threlfall",
          "Cattermole",
          "Scrivener",
          "Mottram",
          "Sillitoe",
          "Yarwood");

  /**
   * Queries no record should match well: invented names whose surname no record holds (searched
   * across every case), and judged queries of one case searched in another case that holds none of
   * their words ("a topic the case never mentions"). Their grades are empty.
   */
  private List<JudgedQuery> unmatchable(List<JudgedQuery> judged) throws IOException {
    List<JudgedQuery> out = new ArrayList<>();
    for (int i = 0; i < SURNAMES.size(); i++) {
      String surname = SURNAMES.get(i);
      if (!bm25AsTyped(surname, SearchFilter.NONE).isEmpty()) continue;
      String first = FIRST.get(i % FIRST.size());
      out.add(new JudgedQuery("NAME-" + i, first + " " + surname, null, "invented_name", Map.of()));
      String[] topics = {"referral", "school", "contact"};
      out.add(
          new JudgedQuery(
              "NAME-T-" + i,
              first + " " + surname + " " + topics[i % topics.length],
              null,
              "invented_name",
              Map.of()));
    }
    List<String> cases =
        judged.stream().map(JudgedQuery::scopeCaseId).filter(c -> c != null).distinct().toList();
    int n = 0;
    for (int i = 0; i < judged.size() && n < 60; i++) {
      JudgedQuery q = judged.get(i);
      if (q.scopeCaseId() == null) continue;
      for (int j = 1; j <= cases.size() && n < 60; j++) {
        String other = cases.get((cases.indexOf(q.scopeCaseId()) + j * 7) % cases.size());
        if (other.equals(q.scopeCaseId())) continue;
        SearchFilter scope = SearchFilter.NONE.withCases(Set.of(other));
        if (!bm25AsTyped(q.text(), scope).isEmpty()) continue;
        out.add(new JudgedQuery("ABSENT-" + q.id(), q.text(), other, "absent_topic", Map.of()));
        n++;
        break;
      }
    }
    return out;
  }

  private List<SearchHit> bm25AsTyped(String text, SearchFilter filter) throws IOException {
    return engine
        .searcher()
        .search(new SearchRequest(text, filter, 1, 0, SearchMode.BM25, false, Set.of(), Set.of()))
        .hits();
  }

  /**
   * How often a search says "no record matched well": for the judged queries that have relevant
   * records (it should seldom say so) and for queries no record should match (it should).
   */
  private String weakMatches(
      String runName, List<JudgedQuery> judged, List<JudgedQuery> unmatched, SearchMode mode)
      throws IOException {
    StringBuilder md = new StringBuilder();
    StringBuilder tsv = new StringBuilder("query\tset\tquality\twords\tmeaning\tstands_out\n");
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<JudgedQuery> all = new ArrayList<>();
    judged.stream()
        .filter(q -> q.grades().values().stream().anyMatch(g -> g > 0))
        .forEach(all::add);
    all.addAll(unmatched);
    for (JudgedQuery q : all) {
      SearchFilter filter =
          q.scopeCaseId() == null
              ? SearchFilter.NONE
              : SearchFilter.NONE.withCases(Set.of(q.scopeCaseId()));
      SearchResult.Match m =
          engine
              .searcher()
              .search(new SearchRequest(q.text(), filter, PAGE, 0, mode, false))
              .match();
      String set = q.grades().isEmpty() ? q.category() : "judged";
      int[] c = counts.computeIfAbsent(set, k -> new int[2]);
      c[0]++;
      if (m.quality() == SearchResult.Quality.WEAK) c[1]++;
      tsv.append(
          String.format(
              Locale.ROOT,
              "%s\t%s\t%s\t%.3f\t%.3f\t%.3f%n",
              q.id(),
              set,
              m.quality(),
              m.words(),
              m.meaning(),
              m.standsOut()));
    }
    Files.writeString(out.resolve(runName + ".match.tsv"), tsv);
    md.append("| run | queries | of them | said weak | share |\n|---|---|---|---|---|\n");
    counts.forEach(
        (set, c) ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %.3f |%n",
                    runName,
                    set.equals("judged") ? "judged, with relevant records" : set.replace('_', ' '),
                    c[0],
                    c[1],
                    c[0] == 0 ? 0 : (double) c[1] / c[0])));
    return md.toString();
  }

  private static Datasets.Selection selection(Regression regression) {
    if (regression == null) return Datasets.Selection.ALL;
    return new Datasets.Selection(
        regression.sliceRecords(),
        path(regression.queries()),
        path(regression.records()),
        path(regression.manifest()));
  }

  private static Path path(String p) {
    return p == null ? null : Path.of(p);
  }
}
