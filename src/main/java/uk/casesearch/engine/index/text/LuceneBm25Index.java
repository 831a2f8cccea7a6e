package uk.casesearch.engine.index.text;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.Passage;

/**
 * A {@link TextIndex} on Lucene: one document per passage, carrying the record's title and
 * filterable attributes, scored by BM25 over passage text and (boosted) title.
 *
 * <p>This class owns the index's files, writer and searchers and runs the queries; what a passage
 * document holds is {@link PassageSchema}'s, how a query is read {@link QueryReader}'s, how a
 * {@link SearchFilter} restricts a search {@link FilterQueries}'.
 *
 * <p>Upserts replace all of a record's passage documents atomically. Searches see changes after
 * {@link #refresh()} (near-real-time readers); {@link #commit()} makes them durable. {@link
 * #close()} commits, as Lucene's IndexWriter does by default, so an orderly shutdown loses nothing;
 * after a crash the index opens at its last completed commit and the caller reconciles it with the
 * database.
 *
 * <p>Like the {@link TextIndex} contract, this class is safe for concurrent searches alongside one
 * writing thread: IndexWriter and SearcherManager are thread-safe, but what {@link #delete} reports
 * rests on the writes since the last {@link #refresh()}, which it tracks for one writer.
 */
public final class LuceneBm25Index implements TextIndex {

  private static final System.Logger LOG = System.getLogger(LuceneBm25Index.class.getName());

  static final String RECORD_ID = PassageFields.RECORD_ID;
  static final String PASSAGE = PassageFields.PASSAGE;
  static final String RECORD_HASH = PassageFields.RECORD_HASH;
  static final String TYPE = PassageFields.TYPE;
  static final String NAME = PassageFields.NAME;
  static final String SPELL = PassageFields.SPELL;

  /** Commit user-data key recording which {@link #SCHEMA_VERSION} wrote the index. */
  static final String SCHEMA_KEY = "casesearch.schema";

  /**
   * The version of the passage documents ({@link PassageSchema#VERSION}) stamped on every commit:
   * an index stamped with another is moved aside and rebuilt.
   */
  static final String SCHEMA_VERSION = PassageSchema.VERSION;

  /**
   * Best first with ties broken by record id then passage number, inside Lucene's top-k selection:
   * re-sorting Lucene's own top k afterwards would still let docids (which change as segments
   * merge) decide which of several tied passages make the cut.
   */
  private static final Sort BEST_FIRST =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(RECORD_ID, SortField.Type.STRING),
          new SortField(PASSAGE, SortField.Type.INT));

  private static final DateTimeFormatter ASIDE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

  /** Where synonym rules come from: each call opens them afresh. */
  @FunctionalInterface
  public interface SynonymSource {
    /**
     * Opens the rules (Solr synonym format).
     *
     * @throws IOException if the rules cannot be read
     */
    Reader open() throws IOException;

    /** The social-care rules shipped with Casesearch. */
    static SynonymSource shipped() {
      return () -> {
        InputStream in = LuceneBm25Index.class.getResourceAsStream("synonyms.txt");
        if (in == null) {
          throw new IOException("the shipped synonyms.txt is missing from the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
      };
    }

    /**
     * A council's own rules file, read as UTF-8.
     *
     * @param file the rules file
     */
    static SynonymSource fromFile(Path file) {
      Objects.requireNonNull(file, "file");
      return () -> Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /**
     * Rules given as text.
     *
     * @param rules the rules, in Solr synonym format
     */
    static SynonymSource ofText(String rules) {
      Objects.requireNonNull(rules, "rules");
      return () -> new StringReader(rules);
    }
  }

  /**
   * Index settings.
   *
   * @param k1 BM25 term-frequency saturation, in [0, 3]
   * @param b BM25 length normalisation, in [0, 1]
   * @param titleBoost weight of a title match relative to a passage-text match, in (0, 100]
   * @param peopleBoost weight of a match on the people a record names (their names, roles and
   *     relation to the child) relative to a passage-text match, in (0, 100]
   * @param synonyms query-time synonym rules (null for the shipped ones)
   */
  public record Config(
      float k1, float b, float titleBoost, float peopleBoost, SynonymSource synonyms) {

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a value is out of its range
     */
    public Config {
      if (!(k1 >= 0 && k1 <= 3)) {
        throw new IllegalArgumentException("k1 must be in [0, 3], got: " + k1);
      }
      if (!(b >= 0 && b <= 1)) {
        throw new IllegalArgumentException("b must be in [0, 1], got: " + b);
      }
      if (!(titleBoost > 0 && titleBoost <= 100)) {
        throw new IllegalArgumentException("titleBoost must be in (0, 100], got: " + titleBoost);
      }
      if (!(peopleBoost > 0 && peopleBoost <= 100)) {
        throw new IllegalArgumentException("peopleBoost must be in (0, 100], got: " + peopleBoost);
      }
      synonyms = synonyms == null ? SynonymSource.shipped() : synonyms;
    }

    /** The default people boost. */
    public Config(float k1, float b, float titleBoost, SynonymSource synonyms) {
      this(k1, b, titleBoost, DEFAULT_PEOPLE_BOOST, synonyms);
    }

    /**
     * k1 0.9 and b 0.4 (Anserini's defaults for short passages), title boost 0.5 and people boost 1
     * (measured in docs/quality.md), shipped synonyms.
     */
    public static Config defaults() {
      return new Config(0.9f, 0.4f, 0.5f, DEFAULT_PEOPLE_BOOST, null);
    }
  }

  private static final float DEFAULT_PEOPLE_BOOST = 1.0f;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final QueryReader reader;
  private final Analyzer indexAnalyzer;

  /**
   * Records written since the last refresh, which the current searcher does not see yet: true for
   * an upsert, false for a delete. Only the writing thread changes it.
   */
  private final Map<String, Boolean> unrefreshed = new ConcurrentHashMap<>();

  private final AtomicBoolean closed = new AtomicBoolean();

  /** The last commit's name, read as the index closed (its writer may commit merges at close). */
  private volatile String closedCommitId;

  private LuceneBm25Index(
      Directory directory, IndexWriter writer, SearcherManager searchers, QueryReader reader) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.reader = reader;
    this.indexAnalyzer = reader.indexAnalyzer();
  }

  /**
   * Opens (or creates) the index in {@code dir}. An index whose files are damaged, or that was
   * written by an incompatible Lucene version or index schema, is moved aside to a sibling
   * directory named {@code <dir>.corrupt-<UTC timestamp>} and a new empty index is created, with a
   * warning: the caller reconciles the index with the database at start-up, so rebuilding is always
   * possible, and the old files are kept for diagnosis. Any other failure (for example the index
   * being locked by another writer, or the directory not being writable) is thrown and the
   * directory left alone, because moving a healthy index aside would lose it.
   *
   * @param dir the index directory (created if missing)
   * @param config the settings
   * @return the open index
   * @throws IOException if the directory cannot be created, read or written, or the index is locked
   *     by another writer
   * @throws IllegalArgumentException if the synonym rules do not parse
   */
  public static LuceneBm25Index open(Path dir, Config config) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(config, "config");
    QueryReader reader = QueryReader.of(config);
    try {
      Files.createDirectories(dir);
      try {
        return openAt(dir, config, reader);
      } catch (IOException e) {
        if (!isDamaged(e)) {
          throw e;
        }
        Path aside = moveAside(dir);
        LOG.log(
            System.Logger.Level.WARNING,
            "text index at {0} cannot be used ({1}); moved it to {2} and started an empty one:"
                + " reconciliation with the database will refill it",
            dir,
            e.toString(),
            aside);
        Files.createDirectories(dir);
        return openAt(dir, config, reader);
      }
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /**
   * Whether a failure to open means the files themselves are unusable. Lock and permission errors
   * are deliberately not included: there the index is healthy but busy or misconfigured.
   */
  private static boolean isDamaged(IOException e) {
    return e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException
        || e instanceof IncompatibleSchemaException
        || e instanceof EOFException
        || e instanceof NoSuchFileException
        || e instanceof FileNotFoundException;
  }

  private static Path moveAside(Path dir) throws IOException {
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(ASIDE_STAMP);
    Path aside = dir.resolveSibling(dir.getFileName() + ".corrupt-" + stamp);
    for (int n = 1; Files.exists(aside); n++) {
      aside = dir.resolveSibling(dir.getFileName() + ".corrupt-" + stamp + "-" + n);
    }
    return Files.move(dir, aside);
  }

  /** The index was written with another {@link #SCHEMA_VERSION}. */
  private static final class IncompatibleSchemaException extends IOException {
    IncompatibleSchemaException(String found) {
      super("index schema " + found + " is not the current schema " + SCHEMA_VERSION);
    }
  }

  private static LuceneBm25Index openAt(Path dir, Config config, QueryReader reader)
      throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    SearcherManager searchers = null;
    try {
      BM25Similarity similarity = new BM25Similarity(config.k1(), config.b());
      boolean existed = DirectoryReader.indexExists(directory);
      IndexWriterConfig iwc = new IndexWriterConfig(reader.indexAnalyzer());
      iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      iwc.setSimilarity(similarity);
      writer = new IndexWriter(directory, iwc);
      if (existed) {
        String found = schemaOf(writer);
        if (!SCHEMA_VERSION.equals(found)) {
          throw new IncompatibleSchemaException(found);
        }
      }
      // Stamped on every commit from now on, including the first one of a new index.
      writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
      searchers =
          new SearcherManager(
              writer,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                  IndexSearcher s = new IndexSearcher(reader);
                  s.setSimilarity(similarity);
                  return s;
                }
              });
      return new LuceneBm25Index(directory, writer, searchers, reader);
    } catch (IOException | RuntimeException e) {
      // Release the files and the write lock so the caller may move the directory aside.
      try {
        if (searchers != null) {
          searchers.close();
        }
        if (writer != null) {
          writer.rollback();
        }
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      } finally {
        directory.close();
      }
      throw e;
    }
  }

  private static String schemaOf(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (SCHEMA_KEY.equals(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return "1 (unstamped)";
  }

  /**
   * Record id to hash for the live documents, read from doc values when asked (only a full
   * reconciliation asks): a map of them held from open cost seconds of start-up and a million
   * entries of heap at a million records.
   */
  private Map<String, String> readHashes() throws IOException {
    searchers.maybeRefreshBlocking(); // every write so far, as an in-memory map would have held
    Map<String, String> hashes = new HashMap<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        SortedDocValues ids = DocValues.getSorted(reader, RECORD_ID);
        BinaryDocValues hashValues = reader.getBinaryDocValues(PassageSchema.RECORD_HASH_DV);
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
            continue;
          }
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          // All live passages of a record share its hash: read once per record.
          if (!hashes.containsKey(id)) {
            String hash =
                hashValues != null && hashValues.advanceExact(doc)
                    ? hashValues.binaryValue().utf8ToString()
                    : stored.document(doc, Set.of(RECORD_HASH)).get(RECORD_HASH);
            hashes.put(id, hash);
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return hashes;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code passages} is empty (a record with no text still
   *     needs one empty passage to be found by title; to remove a record use {@link #delete})
   */
  @Override
  public void upsert(
      String recordId,
      String recordHash,
      RecordMeta meta,
      String title,
      String people,
      Collection<String> names,
      List<Passage> passages)
      throws IOException {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(recordHash, "recordHash");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(passages, "passages");
    if (passages.isEmpty()) {
      // With no documents the record would vanish from the index at the next open while the
      // in-memory hash said it was indexed, and reconciliation would disagree across restarts.
      throw new IllegalArgumentException("passages must not be empty, got none for " + recordId);
    }
    List<Document> docs =
        PassageSchema.documents(recordId, recordHash, meta, title, people, names, passages);
    // One atomic call: a concurrent reader sees the old passages or the new ones, never neither.
    writer.updateDocuments(new Term(RECORD_ID, recordId), docs);
    unrefreshed.put(recordId, true);
  }

  @Override
  public boolean delete(String recordId) throws IOException {
    Objects.requireNonNull(recordId, "recordId");
    Boolean written = unrefreshed.get(recordId);
    boolean held = written != null ? written : refreshedHolds(recordId);
    writer.deleteDocuments(new Term(RECORD_ID, recordId));
    unrefreshed.put(recordId, false);
    return held;
  }

  @Override
  public boolean anyDated(LocalDate from, LocalDate to) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(FilterQueries.dateRange(from, to)) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /** Whether the current searcher sees a passage of the record. */
  private boolean refreshedHolds(String recordId) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(new TermQuery(new Term(RECORD_ID, recordId))) > 0;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void mergeDeletes() throws IOException {
    writer.forceMergeDeletes(true);
  }

  @Override
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    unrefreshed.clear();
  }

  @Override
  public List<PassageHit> search(
      String query, List<Expansion> expansions, int topK, SearchFilter filter, Set<String> names)
      throws IOException {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(expansions, "expansions");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(names, "names");
    if (topK < 1) {
      throw new IllegalArgumentException("topK must be at least 1, got: " + topK);
    }
    String q = query;
    while (true) {
      try {
        Query text = reader.build(q, expansions);
        return text == null ? List.of() : run(text, topK, filter, names);
      } catch (IndexSearcher.TooManyClauses e) {
        q = QueryReader.shorten(q, e);
      }
    }
  }

  @Override
  public String name(String typed, int maxEdits, SearchFilter filter) throws IOException {
    Objects.requireNonNull(typed, "typed");
    IndexSearcher s = searchers.acquire();
    try {
      if (holds(s, NAME, typed, filter)) return typed;
      if (maxEdits < 1) return null;
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), NAME);
      if (terms == null) return null;
      // Closest first, then the name more records hold; a candidate only a hidden record holds is
      // passed over.
      List<String> words = List.of(typed.split(" "));
      List<String> close = new ArrayList<>();
      FuzzyTermsEnum e =
          new FuzzyTermsEnum(terms, new Term(NAME, typed), Math.min(maxEdits, 2), 1, true);
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String candidate = t.utf8ToString();
        List<String> cw = List.of(candidate.split(" "));
        if (cw.size() != words.size()) continue;
        boolean sameInitials = true;
        for (int i = 0; i < cw.size(); i++)
          sameInitials &= cw.get(i).charAt(0) == words.get(i).charAt(0);
        if (sameInitials) close.add(candidate);
      }
      close.sort(QueryReader.closestFirst(typed, c -> docFreq(s, NAME, c)));
      for (String c : close) {
        if (QueryReader.distance(c, typed) <= maxEdits && holds(s, NAME, c, filter)) return c;
      }
      return null;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public Set<String> recordsNaming(Set<String> names, SearchFilter filter, int max)
      throws IOException {
    Set<String> out = new LinkedHashSet<>();
    if (names.isEmpty()) return out;
    BooleanQuery.Builder q =
        FilterQueries.addTo(
            new BooleanQuery.Builder()
                .add(FilterQueries.termSet(NAME, names), BooleanClause.Occur.FILTER),
            filter);
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Scorer scorer =
            s.createWeight(s.rewrite(q.build()), ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
        if (scorer == null) continue;
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), RECORD_ID);
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (ids.advanceExact(doc)) out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
          if (out.size() >= max) return out;
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public Map<String, String> corrections(
      Collection<String> words, Set<String> known, SearchFilter filter) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    IndexSearcher s = searchers.acquire();
    try {
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), SPELL);
      if (terms == null) return out;
      for (String typed : words) {
        String word = reader.spellingOf(typed);
        if (word == null || word.length() < 4 || out.containsKey(typed)) continue;
        if (known.contains(word) || holds(s, SPELL, word, filter)) continue;
        int maxEdits = word.length() < 10 ? 1 : 2;
        List<String> close = new ArrayList<>();
        FuzzyTermsEnum e = new FuzzyTermsEnum(terms, new Term(SPELL, word), maxEdits, 1, true);
        for (BytesRef t = e.next(); t != null; t = e.next()) close.add(t.utf8ToString());
        close.sort(QueryReader.closestFirst(word, c -> docFreq(s, SPELL, c)));
        String best = null;
        for (String c : close) {
          if (QueryReader.distance(c, word) <= maxEdits && holds(s, SPELL, c, filter)) {
            best = c;
            break;
          }
        }
        best = QueryReader.closerKnown(word, best, maxEdits, known);
        if (best != null) out.put(typed, best);
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public double wordsHeld(String query, Collection<String> recordIds) throws IOException {
    List<Query> words = reader.wordQueries(query);
    if (words.isEmpty() || recordIds.isEmpty()) return words.isEmpty() ? 1 : 0;
    IndexSearcher s = searchers.acquire();
    try {
      double best = 0;
      for (String id : recordIds) {
        int held = 0;
        for (Query w : words) {
          Query inRecord =
              new BooleanQuery.Builder()
                  .add(w, BooleanClause.Occur.MUST)
                  .add(new TermQuery(new Term(RECORD_ID, id)), BooleanClause.Occur.FILTER)
                  .build();
          if (s.count(inRecord) > 0) held++;
        }
        best = Math.max(best, (double) held / words.size());
      }
      return best;
    } finally {
      searchers.release(s);
    }
  }

  /** How many names a suggestion looks at before checking who may see them. */
  private static final int NAMES_LOOKED_AT = 200;

  @Override
  public List<String> namesStarting(String prefix, SearchFilter filter, int max)
      throws IOException {
    if (prefix.isBlank() || max < 1) return List.of();
    IndexSearcher s = searchers.acquire();
    try {
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), NAME);
      if (terms == null) return List.of();
      Map<String, Integer> found = new LinkedHashMap<>();
      TermsEnum e = terms.iterator();
      BytesRef start = new BytesRef(prefix);
      if (e.seekCeil(start) != TermsEnum.SeekStatus.END) {
        for (BytesRef t = e.term(); t != null && found.size() < NAMES_LOOKED_AT; t = e.next()) {
          if (!StringHelper.startsWith(t, start)) break;
          found.put(t.utf8ToString(), e.docFreq());
        }
      }
      // A surname typed alone: every name ends in a word, so look through them all once.
      if (!prefix.contains(" ") && found.size() < NAMES_LOOKED_AT) {
        e = terms.iterator();
        for (BytesRef t = e.next(); t != null && found.size() < NAMES_LOOKED_AT; t = e.next()) {
          String name = t.utf8ToString();
          if (name.substring(name.lastIndexOf(' ') + 1).startsWith(prefix))
            found.putIfAbsent(name, e.docFreq());
        }
      }
      List<String> ranked = new ArrayList<>(found.keySet());
      ranked.sort(
          Comparator.comparingInt((String n) -> found.get(n))
              .reversed()
              .thenComparing(Comparator.naturalOrder()));
      List<String> out = new ArrayList<>();
      for (String n : ranked) {
        if (out.size() == max) break;
        if (holds(s, NAME, n, filter)) out.add(n);
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public boolean holdsType(String type, SearchFilter filter) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return holds(s, TYPE, type, filter);
    } finally {
      searchers.release(s);
    }
  }

  /** Whether a passage of a record passing {@code filter} holds the term. */
  private static boolean holds(IndexSearcher s, String field, String term, SearchFilter filter)
      throws IOException {
    BooleanQuery.Builder q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(field, term)), BooleanClause.Occur.FILTER);
    return s.count(FilterQueries.addTo(q, filter).build()) > 0;
  }

  private static int docFreq(IndexSearcher s, String field, String term) {
    try {
      return s.getIndexReader().docFreq(new Term(field, term));
    } catch (IOException e) {
      return 0;
    }
  }

  private List<PassageHit> run(Query text, int topK, SearchFilter filter, Set<String> names)
      throws IOException {
    BooleanQuery.Builder q =
        FilterQueries.addTo(new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST), filter);
    if (!names.isEmpty()) q.add(FilterQueries.termSet(NAME, names), BooleanClause.Occur.FILTER);
    IndexSearcher s = searchers.acquire();
    try {
      TopFieldDocs top = s.search(q.build(), topK, BEST_FIRST);
      List<PassageHit> hits = hits(s, top.scoreDocs);
      // Lucene already returns this order, except that it compares ids as UTF-8 bytes and
      // PassageHit as UTF-16 strings; sorting again keeps the one order the rest of the engine
      // uses.
      hits.sort(PassageHit.BEST_FIRST);
      return hits;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Each hit's record id and passage number, read from doc values in doc order, leaf by leaf: a hit
   * costs a doc-values lookup, not the decompression of a stored-fields block (a visible share of
   * BM25's time for the 200 candidates of a hybrid search). Every document of the current {@link
   * #SCHEMA_VERSION} has both doc-values fields.
   */
  private static List<PassageHit> hits(IndexSearcher s, ScoreDoc[] scoreDocs) throws IOException {
    ScoreDoc[] byDoc = scoreDocs.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    List<PassageHit> hits = new ArrayList<>(byDoc.length);
    LeafReaderContext leaf = null;
    SortedDocValues ids = null;
    NumericDocValues passages = null;
    for (ScoreDoc sd : byDoc) {
      if (leaf == null || sd.doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        ids = DocValues.getSorted(leaf.reader(), RECORD_ID);
        passages = DocValues.getNumeric(leaf.reader(), PASSAGE);
      }
      // The first sort value is the score; ScoreDoc.score is only filled when asked to rescore.
      float score = (Float) ((FieldDoc) sd).fields[0];
      int local = sd.doc - leaf.docBase;
      if (!ids.advanceExact(local) || !passages.advanceExact(local)) {
        throw new IllegalStateException(
            "passage document " + sd.doc + " has no record id or passage number");
      }
      hits.add(
          new PassageHit(
              ids.lookupOrd(ids.ordValue()).utf8ToString(), (int) passages.longValue(), score));
    }
    return hits;
  }

  @Override
  public String highlight(String query, String text, int maxChars) {
    return reader.highlight(query, text, maxChars);
  }

  @Override
  public Map<String, String> recordHashes() {
    try {
      return Collections.unmodifiableMap(readHashes());
    } catch (IOException e) {
      throw new UncheckedIOException("reading the text index's record hashes failed", e);
    }
  }

  /** The latest commit's generation and random id: another commit, or a rebuilt index, differs. */
  @Override
  public String commitId() throws IOException {
    if (closed.get()) {
      if (closedCommitId == null)
        throw new IOException("the text index closed without a readable commit");
      return closedCommitId;
    }
    return commitIdOf(directory);
  }

  private static String commitIdOf(Directory directory) throws IOException {
    SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
    return latest.getGeneration() + "-" + StringHelper.idToString(latest.getId());
  }

  @Override
  public int size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  /**
   * Copies only the files of the latest commit, so files of older commits not yet deleted stay
   * behind.
   */
  @Override
  public void snapshot(Path target) throws IOException {
    writer.commit();
    Collection<String> files = SegmentInfos.readLatestCommit(directory).files(true);
    try (Directory out = FSDirectory.open(Files.createDirectories(target))) {
      if (out.listAll().length > 0)
        throw new IOException("snapshot target " + target + " is not empty");
      for (String file : files) out.copyFrom(directory, file, file, IOContext.READONCE);
      out.sync(files);
      out.syncMetaData();
    }
  }

  /**
   * Commits pending changes and releases the index. Committing here follows Lucene's default
   * ({@code commitOnClose}), so a clean shutdown never needs a separate {@link #commit()}. Calling
   * it again does nothing.
   *
   * @throws IOException if the final commit fails (the last completed commit stays intact)
   */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      searchers.close();
      writer.close();
      closedCommitId = commitIdOf(directory);
    } finally {
      directory.close();
      reader.close();
    }
  }
}
