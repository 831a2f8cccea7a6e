package uk.casesearch.engine.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.eval.Datasets;
import uk.casesearch.engine.eval.JudgedQuery;
import uk.casesearch.engine.eval.Metrics;
import uk.casesearch.engine.eval.Regression;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordIndexer;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.search.HybridSearcher;

/**
 * The same records in the embedded engine and on the cluster, the same judged queries (the dev
 * slice of ../shared/eval/dev, skipped without it): at least 90% of the queries get the same first
 * page, and nDCG@10 differs by at most 0.02. {@code -Dcasesearch.agreement.records=} widens the
 * slice.
 */
class EmbeddedAgreementTest {

  @Test
  void theClusterRanksTheDevSliceAsTheEmbeddedEngineDoes(@TempDir Path dir) throws Exception {
    List<URI> hosts = TestCluster.hostsOrSkip();
    Path dev = Path.of(System.getProperty("tests.shared.dir", "../shared"), "eval", "dev");
    Assumptions.assumeTrue(
        Files.isRegularFile(dev.resolve("records.jsonl")),
        "skipped: " + dev.toAbsolutePath() + " is not present (it is in CI)");
    Regression regression = Regression.read(Path.of("src/eval/regressions/dev-slice.yaml"));
    List<JudgedQuery> queries = Datasets.caseQueries(dev);
    ObjectMapper mapper = new ObjectMapper();
    RecordParser parser = new RecordParser(RecordParser.Limits.defaults());
    Map<String, List<CaseRecord>> byCase = new HashMap<>();
    for (String line : Files.readAllLines(dev.resolve("records.jsonl"))) {
      CaseRecord r = parser.parse(mapper.readTree(line), true).record();
      byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r);
    }
    Map<String, Integer> counts = new HashMap<>();
    byCase.forEach((c, rs) -> counts.put(c, rs.size()));
    // -Dcasesearch.agreement.records=20000 measures more of the corpus than the gate's slice.
    int sliceRecords =
        Integer.getInteger("casesearch.agreement.records", regression.sliceRecords());
    Set<String> cases = Datasets.slice(queries, counts, sliceRecords);
    List<CaseRecord> records = new ArrayList<>();
    cases.forEach(c -> records.addAll(byCase.get(c)));
    Map<String, CaseRecord> store = new HashMap<>();
    records.forEach(r -> store.put(r.id(), r));
    List<JudgedQuery> sliced =
        queries.stream()
            .filter(q -> q.scopeCaseId() != null && cases.contains(q.scopeCaseId()))
            .toList();

    String alias = TestCluster.freshAlias();
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (CachingEmbedder embedder = Searchers.model(16, 100_000);
        LuceneBm25Index text =
            LuceneBm25Index.open(dir.resolve("text"), LuceneBm25Index.Config.defaults());
        JVectorIndex vectors =
            JVectorIndex.open(
                dir.resolve("vector"), JVectorIndex.Config.defaults(embedder.dimension()));
        OpenSearchIndex os =
            OpenSearchIndex.open(
                TestCluster.config(hosts, alias),
                LuceneBm25Index.Config.defaults(),
                embedder.dimension())) {
      HybridSearcher embedded = Searchers.searcher(text, vectors, embedder, store, executor);
      HybridSearcher cluster = Searchers.searcher(os, os, embedder, store, executor);
      RecordIndexer a = Searchers.indexer(embedder, text, vectors);
      RecordIndexer b = Searchers.indexer(embedder, os, os);
      for (int i = 0; i < records.size(); i += 64) {
        List<CaseRecord> batch = records.subList(i, Math.min(records.size(), i + 64));
        a.index(batch);
        b.index(batch); // the passages' vectors come from the cache the first call filled
      }
      a.refresh();
      b.refresh();

      // The same scale of dense scores: query reading judges them against fixed thresholds (the
      // lexicon's fit, a weak match), so a ranking alike but shifted would still read queries
      // otherwise.
      for (JudgedQuery q : sliced.subList(0, Math.min(5, sliced.size()))) {
        float[] v = embedder.embedQuery(q.text());
        SearchFilter scope = SearchFilter.NONE.withCases(Set.of(q.scopeCaseId()));
        var e = vectors.search(v, 1, scope).getFirst();
        var c = os.search(v, 1, scope).getFirst();
        assertEquals(e.score(), c.score(), 0.005, "dense scores on one scale for " + q.id());
      }
      int same = 0;
      double ndcgEmbedded = 0;
      double ndcgCluster = 0;
      StringBuilder differ = new StringBuilder();
      for (JudgedQuery q : sliced) {
        SearchFilter scope = SearchFilter.NONE.withCases(Set.of(q.scopeCaseId()));
        List<String> e = Searchers.ids(embedded, q.text(), scope);
        List<String> c = Searchers.ids(cluster, q.text(), scope);
        if (e.equals(c)) same++;
        else differ.append("\n  ").append(q.id()).append(": ").append(e).append(" / ").append(c);
        ndcgEmbedded += Metrics.ndcg(e, q.grades(), 10);
        ndcgCluster += Metrics.ndcg(c, q.grades(), 10);
      }
      int n = sliced.size();
      String report =
          String.format(
              Locale.ROOT,
              "%d cases, %d records, %d queries: same first page %d (%.1f%%), nDCG@10 embedded %.4f, cluster %.4f%s",
              cases.size(),
              records.size(),
              n,
              same,
              100.0 * same / n,
              ndcgEmbedded / n,
              ndcgCluster / n,
              differ);
      System.out.println("embedded vs cluster on the dev slice: " + report);
      assertTrue(n >= 10, "too few judged queries in the slice\n" + report);
      assertTrue(same >= 0.9 * n, "fewer than 90% of first pages agree\n" + report);
      assertTrue(Math.abs(ndcgEmbedded - ndcgCluster) / n <= 0.02, "nDCG@10 differs\n" + report);
    } finally {
      executor.shutdownNow();
      TestCluster.drop(hosts, alias);
    }
  }
}
