package uk.casesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
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

/**
 * Lucene's own HNSW (KnnFloatVectorField) on the same vectors and queries as {@link
 * VectorSearchBenchmark}, merged to one segment (one graph, as JVector has), with recall@10 printed
 * at set-up. {@code candidates} is the query's k, the top 10 taken from it, as JVector's search
 * takes its top 10 from a beam of 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx8g"})
public class LuceneHnswBenchmark {

  private static final String FIELD = "v";

  @Param({"100000"})
  int size;

  @Param({"16"})
  int maxConn;

  @Param({"100"})
  int beamWidth;

  @Param({"10", "100"})
  int candidates;

  private VectorData data;
  private FSDirectory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    data = VectorData.load(size);
    Path dir = VectorData.ROOT.resolve("lucene-hnsw-" + size + "-m" + maxConn + "-b" + beamWidth);
    boolean built = Files.exists(dir) && DirectoryReader.indexExists(FSDirectory.open(dir));
    directory = FSDirectory.open(dir);
    if (!built) {
      long t0 = System.nanoTime();
      KnnVectorsFormat format = new Lucene99HnswVectorsFormat(maxConn, beamWidth);
      IndexWriterConfig iwc =
          new IndexWriterConfig()
              .setCodec(
                  new Lucene103Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                      return format;
                    }
                  })
              .setRAMBufferSizeMB(1024);
      try (IndexWriter w = new IndexWriter(directory, iwc)) {
        for (int i = 0; i < data.passages.length; i++) {
          Document d = new Document();
          d.add(new StoredField("ord", i));
          d.add(
              new KnnFloatVectorField(
                  FIELD, data.passages[i], VectorSimilarityFunction.DOT_PRODUCT));
          w.addDocument(d);
        }
        w.forceMerge(1);
      }
      System.out.printf(
          "built Lucene HNSW %d passages (maxConn %d, beam %d) in %.1f s%n",
          size, maxConn, beamWidth, (System.nanoTime() - t0) / 1e9);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    int[][] answers = new int[data.queries.length][];
    for (int q = 0; q < answers.length; q++) answers[q] = ordinals(search(data.queries[q]));
    System.out.printf(
        "%nLucene HNSW size=%d maxConn=%d beam=%d k=%d recall@10=%.4f%n",
        size, maxConn, beamWidth, candidates, data.recall(answers));
  }

  private TopDocs search(float[] q) throws IOException {
    return searcher.search(new KnnFloatVectorQuery(FIELD, q, candidates), VectorData.K);
  }

  private int[] ordinals(TopDocs top) throws IOException {
    int[] out = new int[top.scoreDocs.length];
    var stored = searcher.storedFields();
    int i = 0;
    for (ScoreDoc sd : top.scoreDocs)
      out[i++] = stored.document(sd.doc).getField("ord").numericValue().intValue();
    return out;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    reader.close();
    directory.close();
  }

  @Benchmark
  public TopDocs search() throws IOException {
    return search(data.queries[next++ % data.queries.length]);
  }
}
