package uk.casesearch.engine.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordIndexer;
import uk.casesearch.engine.search.HybridSearcher;

/**
 * kill -9 of one of the three nodes while searches and writes go on: every search answers, every
 * acknowledged record is on the cluster afterwards, and the node rejoins. Needs the test cluster's
 * script (CASESEARCH_TEST_OPENSEARCH_SCRIPT, set by .ci/run) to kill and restart a node.
 */
class NodeFailureTest {

  @Test
  void searchesAnswerAndNothingAcknowledgedIsLostWhenANodeDies() throws Exception {
    List<URI> hosts = TestCluster.hostsOrSkip();
    String script = System.getenv("CASESEARCH_TEST_OPENSEARCH_SCRIPT");
    Assumptions.assumeTrue(
        script != null && Files.isExecutable(Path.of(script)),
        "skipped: no cluster script to kill a node with (CASESEARCH_TEST_OPENSEARCH_SCRIPT)");
    String alias = TestCluster.freshAlias();
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (CachingEmbedder embedder = Searchers.model(8, 10_000);
        OpenSearchIndex os =
            OpenSearchIndex.open(
                TestCluster.config(hosts, alias),
                LuceneBm25Index.Config.defaults(),
                embedder.dimension())) {
      RecordIndexer indexer = Searchers.indexer(embedder, os, os);
      Map<String, CaseRecord> store = new HashMap<>();
      HybridSearcher searcher = Searchers.searcher(os, os, embedder, store, executor);
      String[] texts = {
        "Safety plan agreed with mother: the children stay with their grandmother at weekends.",
        "School attendance has improved to 91% this half term.",
        "Home visit: the flat was clean and there was food in the cupboards.",
        "Police were called after an argument; no injuries were seen."
      };
      List<String> acknowledged = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        CaseRecord r =
            OpenSearchIndexTest.record(
                "N" + i, "CASE-" + (i % 3), false, "case_note", texts[i % 4]);
        store.put(r.id(), r);
        indexer.index(List.of(r));
        acknowledged.add(r.id());
      }
      indexer.refresh();

      int searches = 0;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
      boolean killed = false;
      for (int i = 0; i < 200 && System.nanoTime() < until; i++) {
        if (i == 5) {
          run(script, "kill-node", "3");
          killed = true;
        }
        assertTrue(
            !OpenSearchIndexTest.ids(searcher, "safety plan grandmother", SearchFilter.NONE)
                .isEmpty(),
            "a search found nothing after " + searches + " searches");
        searches++;
        if (i % 3 == 0) {
          CaseRecord r =
              OpenSearchIndexTest.record(
                  "M" + i, "CASE-" + (i % 3), false, "case_note", texts[i % 4]);
          store.put(r.id(), r);
          indexer.index(List.of(r));
          acknowledged.add(r.id());
        }
      }
      assertTrue(killed && searches >= 20, "the loop ran " + searches + " searches");
      System.out.printf(
          Locale.ROOT,
          "node 3 killed after 5 searches: %d searches answered, %d records acknowledged%n",
          searches,
          acknowledged.size());
      run(script, "start-node", "3");
      long rejoin = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      String nodes = "";
      while (System.nanoTime() < rejoin) {
        nodes = TestCluster.get(hosts, "/_cat/nodes?h=name");
        if (nodes.strip().split("\\s+").length == 3) break;
        Thread.sleep(1000);
      }
      assertEquals(3, nodes.strip().split("\\s+").length, "the node did not rejoin: " + nodes);
      indexer.refresh();
      Map<String, String> held = os.recordHashes();
      for (String id : acknowledged)
        assertTrue(held.containsKey(id), "lost acknowledged record " + id);
    } finally {
      executor.shutdownNow();
      TestCluster.drop(hosts, alias);
    }
  }

  private static void run(String script, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(script));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", cmd) + " did not finish");
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed: " + out);
  }
}
