package uk.casesearch.engine.index.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.Passage;

/**
 * A {@link TextIndex} on Lucene: one document per passage, carrying the record's title and
 * filterable attributes, scored by BM25 over passage text and (boosted) title.
 *
 * <p>Upserts replace all of a record's passage documents atomically. Searches see changes after
 * {@link #refresh()} (near-real-time readers); {@link #commit()} makes them durable. {@link
 * #close()} commits, as Lucene's IndexWriter does by default.
 */
public final class LuceneBm25Index implements TextIndex {

  private static final System.Logger LOG = System.getLogger(LuceneBm25Index.class.getName());

  static final String RECORD_ID = "record_id";
  static final String PASSAGE = "passage";
  static final String RECORD_HASH = "record_hash";
  static final String CASE_ID = "case_id";
  static final String CHILD_ID = "child_id";
  static final String TYPE = "type";
  static final String TEAM = "team";
  static final String DATE = "date";
  static final String RESTRICTED = "restricted";
  static final String TITLE = "title";
  static final String TEXT = "text";

  /** Where synonym rules come from. */
  @FunctionalInterface
  public interface SynonymSource {
    /** Opens the rules (Solr synonym format, UTF-8). */
    Reader open() throws IOException;

    /** The social-care rules shipped with Casesearch. */
    static SynonymSource shipped() {
      return () -> {
        InputStream in = LuceneBm25Index.class.getResourceAsStream("synonyms.txt");
        if (in == null) throw new IOException("the shipped synonyms.txt is missing from the classpath");
        return new InputStreamReader(in, StandardCharsets.UTF_8);
      };
    }

    /** A council's own rules file. */
    static SynonymSource fromFile(Path file) {
      return () -> Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
  }

  /**
   * Index settings.
   *
   * @param k1 BM25 term-frequency saturation, in [0, 3]
   * @param b BM25 length normalisation, in [0, 1]
   * @param titleBoost weight of a title match relative to a passage-text match, in (0, 100]
   * @param synonyms query-time synonym rules (null for the shipped ones)
   */
  public record Config(float k1, float b, float titleBoost, SynonymSource synonyms) {
    public Config {
      if (!(k1 >= 0 && k1 <= 3)) throw new IllegalArgumentException("k1 must be in [0, 3], got: " + k1);
      if (!(b >= 0 && b <= 1)) throw new IllegalArgumentException("b must be in [0, 1], got: " + b);
      if (!(titleBoost > 0 && titleBoost <= 100)) {
        throw new IllegalArgumentException("titleBoost must be in (0, 100], got: " + titleBoost);
      }
      synonyms = synonyms == null ? SynonymSource.shipped() : synonyms;
    }

    /** k1 0.9 and b 0.4 (Anserini's defaults for short passages), title boost 2, shipped synonyms. */
    public static Config defaults() {
      return new Config(0.9f, 0.4f, 2.0f, null);
    }
  }

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer queryAnalyzer;
  private final Analyzer indexAnalyzer;
  private final Config config;
  private final Map<String, String> hashes = new ConcurrentHashMap<>();

  private LuceneBm25Index(Directory directory, IndexWriter writer, Analyzer indexAnalyzer, Analyzer queryAnalyzer, Config config)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
    this.config = config;
    BM25Similarity similarity = new BM25Similarity(config.k1(), config.b());
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setSimilarity(similarity);
                return s;
              }
            });
    loadHashes();
  }

  /**
   * Opens (or creates) the index in {@code dir}. An index that cannot be opened (corrupt, or from
   * an incompatible version) is moved aside and a new empty one created, because the caller
   * reconciles the index with the database at start-up.
   *
   * @throws IOException if the directory cannot be created or written
   * @throws IllegalArgumentException if the synonym rules do not parse
   */
  public static LuceneBm25Index open(Path dir, Config config) throws IOException {
    Analyzer queryAnalyzer;
    try (Reader rules = config.synonyms().open()) {
      queryAnalyzer = SocialCareAnalyzer.forQueries(rules);
    }
    Analyzer indexAnalyzer = SocialCareAnalyzer.forIndexing();
    Files.createDirectories(dir);
    try {
      return openAt(dir, config, indexAnalyzer, queryAnalyzer);
    } catch (IOException | RuntimeException e) {
      Path aside = dir.resolveSibling(dir.getFileName() + ".corrupt-" + System.currentTimeMillis());
      LOG.log(
          System.Logger.Level.WARNING,
          "text index at {0} cannot be opened ({1}); moved to {2} and starting empty: the database will refill it",
          dir, e.getMessage(), aside);
      Files.move(dir, aside);
      Files.createDirectories(dir);
      return openAt(dir, config, indexAnalyzer, queryAnalyzer);
    }
  }

  private static LuceneBm25Index openAt(Path dir, Config config, Analyzer indexAnalyzer, Analyzer queryAnalyzer)
      throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    try {
      IndexWriterConfig iwc = new IndexWriterConfig(indexAnalyzer);
      iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      iwc.setSimilarity(new BM25Similarity(config.k1(), config.b()));
      writer = new IndexWriter(directory, iwc);
      return new LuceneBm25Index(directory, writer, indexAnalyzer, queryAnalyzer, config);
    } catch (IOException | RuntimeException e) {
      if (writer != null) writer.rollback();
      directory.close();
      throw e;
    }
  }

  private void loadHashes() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          Document d = stored.document(doc, Set.of(RECORD_ID, RECORD_HASH));
          hashes.put(d.get(RECORD_ID), d.get(RECORD_HASH));
        }
      }
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void upsert(String recordId, String recordHash, RecordMeta meta, String title, List<Passage> passages)
      throws IOException {
    List<Document> docs = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      Document d = new Document();
      d.add(new StringField(RECORD_ID, recordId, Field.Store.YES));
      d.add(new StoredField(PASSAGE, p.number()));
      d.add(new StoredField(RECORD_HASH, recordHash));
      d.add(new StringField(CASE_ID, meta.caseId(), Field.Store.NO));
      if (meta.childId() != null) d.add(new StringField(CHILD_ID, meta.childId(), Field.Store.NO));
      if (meta.type() != null) d.add(new StringField(TYPE, meta.type(), Field.Store.NO));
      if (meta.team() != null) d.add(new StringField(TEAM, meta.team(), Field.Store.NO));
      if (meta.date() != null) d.add(new IntPoint(DATE, (int) meta.date().toEpochDay()));
      d.add(new StringField(RESTRICTED, Boolean.toString(meta.restricted()), Field.Store.NO));
      if (title != null && !title.isBlank()) d.add(new TextField(TITLE, title, Field.Store.NO));
      d.add(new TextField(TEXT, p.text(), Field.Store.NO));
      docs.add(d);
    }
    // One atomic call: a concurrent reader sees the old passages or the new ones, never neither.
    writer.updateDocuments(new Term(RECORD_ID, recordId), docs);
    hashes.put(recordId, recordHash);
  }

  @Override
  public boolean delete(String recordId) throws IOException {
    writer.deleteDocuments(new Term(RECORD_ID, recordId));
    return hashes.remove(recordId) != null;
  }

  @Override
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  @Override
  public List<PassageHit> search(String query, int topK, SearchFilter filter) throws IOException {
    if (topK < 1) throw new IllegalArgumentException("topK must be at least 1, got: " + topK);
    Query text = parse(query);
    if (text == null) return List.of();
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    for (Query f : filterClauses(filter)) q.add(f, BooleanClause.Occur.FILTER);
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(q.build(), topK);
      StoredFields stored = s.storedFields();
      List<PassageHit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(RECORD_ID, PASSAGE));
        hits.add(new PassageHit(d.get(RECORD_ID), d.getField(PASSAGE).numericValue().intValue(), sd.score));
      }
      // Lucene breaks ties by docid, which changes as segments merge: break them by id instead.
      hits.sort(PassageHit.BEST_FIRST);
      return hits;
    } finally {
      searchers.release(s);
    }
  }

  /** The free-text query over text and boosted title, or null when nothing searchable is left. */
  Query parse(String query) {
    SimpleQueryParser parser =
        new SimpleQueryParser(queryAnalyzer, Map.of(TEXT, 1.0f, TITLE, config.titleBoost()));
    parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
    Query q = parser.parse(query);
    if (q == null || q instanceof MatchNoDocsQuery) return null;
    if (q instanceof BooleanQuery bq && bq.clauses().isEmpty()) return null;
    return q;
  }

  static List<Query> filterClauses(SearchFilter f) {
    List<Query> out = new ArrayList<>();
    if (!f.caseIds().isEmpty()) out.add(termSet(CASE_ID, f.caseIds()));
    if (!f.childIds().isEmpty()) out.add(termSet(CHILD_ID, f.childIds()));
    if (!f.types().isEmpty()) out.add(termSet(TYPE, f.types()));
    if (!f.teams().isEmpty()) out.add(termSet(TEAM, f.teams()));
    if (f.from() != null || f.to() != null) {
      int lo = f.from() == null ? Integer.MIN_VALUE : (int) f.from().toEpochDay();
      int hi = f.to() == null ? Integer.MAX_VALUE : (int) f.to().toEpochDay();
      out.add(IntPoint.newRangeQuery(DATE, lo, hi));
    }
    if (f.visibleCaseIds() != null) {
      out.add(f.visibleCaseIds().isEmpty() ? new MatchNoDocsQuery("no visible cases") : termSet(CASE_ID, f.visibleCaseIds()));
    }
    if (f.restrictedCaseIds() != null) {
      BooleanQuery.Builder r = new BooleanQuery.Builder();
      r.add(new TermQuery(new Term(RESTRICTED, "false")), BooleanClause.Occur.SHOULD);
      if (!f.restrictedCaseIds().isEmpty()) r.add(termSet(CASE_ID, f.restrictedCaseIds()), BooleanClause.Occur.SHOULD);
      out.add(r.build());
    }
    return out;
  }

  private static Query termSet(String field, Collection<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  @Override
  public String highlight(String query, String text, int maxChars) {
    if (maxChars < 1) throw new IllegalArgumentException("maxChars must be at least 1, got: " + maxChars);
    Query q = parse(query);
    if (q != null) {
      QueryScorer scorer = new QueryScorer(q, TEXT);
      Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), LuceneBm25Index::escapeHtml, scorer);
      h.setTextFragmenter(new SimpleSpanFragmenter(scorer, maxChars));
      try {
        String fragment = h.getBestFragment(indexAnalyzer, TEXT, text);
        if (fragment != null) return fragment.strip();
      } catch (IOException | InvalidTokenOffsetsException e) {
        // Not reachable for in-memory text with a well-behaved analyzer; fall back to a plain snippet.
        LOG.log(System.Logger.Level.DEBUG, "highlighting failed: {0}", e.getMessage());
      }
    }
    return escapeHtml(leading(text, maxChars));
  }

  /**
   * Escapes the characters that matter in HTML text and attributes, and no others: Lucene's
   * SimpleHTMLEncoder also escapes '/' and apostrophes, which turns "04/05/2023" into entities.
   */
  static String escapeHtml(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The start of the text, cut at a word boundary. */
  private static String leading(String text, int maxChars) {
    if (text.length() <= maxChars) return text;
    int cut = text.lastIndexOf(' ', maxChars);
    return text.substring(0, cut > maxChars / 2 ? cut : maxChars) + " ...";
  }

  @Override
  public Map<String, String> recordHashes() {
    return Map.copyOf(hashes);
  }

  @Override
  public int size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
      queryAnalyzer.close();
      indexAnalyzer.close();
    }
  }

}
