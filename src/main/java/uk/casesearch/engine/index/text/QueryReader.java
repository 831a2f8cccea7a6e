package uk.casesearch.engine.index.text;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import uk.casesearch.engine.index.text.TextIndex.Expansion;

/**
 * How a free-text query becomes a Lucene query over passages: the social-care analysis (synonyms at
 * query time), the parse and rewrite chain (signs as text, negations hoisted, a word's synonyms
 * counted as one word, concept expansions flattened into one disjunction), spelling forms, and the
 * query that {@link SnippetHighlighter} marks snippets with. Needs no index: {@link
 * LuceneBm25Index} runs what it builds, and a cluster backend translates it into its own query
 * language, so both rank from the same query and mark the same words.
 */
public final class QueryReader implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(QueryReader.class.getName());

  static final String TEXT = PassageFields.TEXT;
  static final String TITLE = PassageFields.TITLE;
  static final String PEOPLE = PassageFields.PEOPLE;
  static final String SPELL = PassageFields.SPELL;

  private final Analyzer queryAnalyzer;
  private final Analyzer indexAnalyzer;
  private final float titleBoost;
  private final float peopleBoost;
  private final SnippetHighlighter snippets;

  private QueryReader(
      Analyzer queryAnalyzer, Analyzer indexAnalyzer, float titleBoost, float peopleBoost) {
    this.queryAnalyzer = queryAnalyzer;
    this.indexAnalyzer = indexAnalyzer;
    this.titleBoost = titleBoost;
    this.peopleBoost = peopleBoost;
    this.snippets = new SnippetHighlighter(this::parse, indexAnalyzer);
  }

  /**
   * A reader with the settings' synonyms and field boosts.
   *
   * @throws IOException if the synonym rules cannot be read
   * @throws IllegalArgumentException if the synonym rules do not parse
   */
  public static QueryReader of(LuceneBm25Index.Config config) throws IOException {
    Objects.requireNonNull(config, "config");
    Analyzer queryAnalyzer;
    try (Reader rules = config.synonyms().open()) {
      queryAnalyzer = SocialCareAnalyzer.forQueries(rules);
    }
    return new QueryReader(
        queryAnalyzer, SocialCareAnalyzer.forIndexing(), config.titleBoost(), config.peopleBoost());
  }

  /** The analyzer passages are indexed with. */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /**
   * The query with its expansions, or null when nothing searchable is left; a query too long for
   * Lucene's clause limit while parsing is shortened to its leading half until it fits.
   */
  public Query build(String query, List<Expansion> expansions) {
    String q = query;
    while (true) {
      try {
        return withExpansions(q, parse(q), expansions);
      } catch (IndexSearcher.TooManyClauses e) {
        q = shorten(q, e);
      }
    }
  }

  /**
   * As {@link #build}, shortened until the whole query holds at most Lucene's clause limit of leaf
   * clauses, the limit an index applies when it runs the query (a cluster's is the same by
   * default).
   */
  public Query buildWithinClauseLimit(String query, List<Expansion> expansions) {
    String q = query;
    while (true) {
      Query built = build(q, expansions);
      int[] leaves = {0};
      if (built != null)
        built.visit(
            new org.apache.lucene.search.QueryVisitor() {
              @Override
              public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                leaves[0] += Math.max(1, terms.length);
              }

              @Override
              public void visitLeaf(Query query) {
                leaves[0]++;
              }

              @Override
              public org.apache.lucene.search.QueryVisitor getSubVisitor(
                  BooleanClause.Occur occur, Query parent) {
                return this;
              }
            });
      if (leaves[0] <= IndexSearcher.getMaxClauseCount()) return built;
      q = shorten(q, new IndexSearcher.TooManyClauses());
    }
  }

  /** A word as the spelling field holds it, or null when it is not one word. */
  public String spellingOf(String typed) throws IOException {
    try (TokenStream ts = indexAnalyzer.tokenStream(SPELL, typed)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String word = ts.incrementToken() ? term.toString() : null;
      if (word != null && ts.incrementToken()) word = null;
      ts.end();
      return word;
    }
  }

  /**
   * {@code best} (a word the records hold, or null), or one of {@code known} that is closer to
   * {@code word}: same first letter, within {@code maxEdits} ("rujaway": runaway, a concept's
   * name).
   */
  public static String closerKnown(String word, String best, int maxEdits, Set<String> known) {
    int bestDistance = best == null ? maxEdits + 1 : distance(best, word);
    for (String k : known) {
      if (k.charAt(0) != word.charAt(0) || Math.abs(k.length() - word.length()) > maxEdits)
        continue;
      int d = distance(k, word);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Spelling candidates for {@code target}: closest first, then the commoner, then alphabetical.
   */
  public static Comparator<String> closestFirst(String target, ToLongFunction<String> frequency) {
    return Comparator.comparingInt((String c) -> distance(c, target))
        .thenComparing(Comparator.comparingLong(frequency).reversed())
        .thenComparing(Comparator.naturalOrder());
  }

  private static final Pattern QUERY_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");

  /**
   * Each distinct word of the query (lower case) as a query of its own, stems and synonyms
   * included; words that leave nothing searchable (stop words) are left out.
   */
  public List<Query> wordQueries(String query) {
    List<Query> words = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    Matcher m = QUERY_WORD.matcher(query);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!seen.add(w)) continue;
      Query q = parse(w);
      if (q != null) words.add(q);
    }
    return words;
  }

  /** Damerau-Levenshtein (optimal string alignment) distance. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * Query syntax ("+word", "-word", quotes, "a | b", "prefix*", "word~1", brackets): a query
   * written with it asks for exactly that, so it is searched without expansions.
   */
  private static final Pattern OPERATORS = Pattern.compile("(^|[\\s(])[+-][\\p{L}\"(]|[\"|*~()]");

  /**
   * The query, or-ed with each expansion's words at the expansion's weight. Expansions are analysed
   * without synonyms (they are already the words records use) and searched in the text field only.
   * A query with operators is left as written.
   *
   * <p>The result is one flat disjunction of the query's words and the expansions' words, each
   * carrying its boost: it scores as the nested form (a sum either way), but Lucene's max-score
   * pruning then skips the common expansion words' postings, which a disjunction nested inside a
   * disjunction cannot (at a million passages the 90th percentile went from 263 to 41 ms; see
   * bench/results/latency-split-1m.txt).
   */
  public Query withExpansions(String text, Query query, List<Expansion> expansions) {
    if (expansions.isEmpty() || OPERATORS.matcher(text).find()) {
      return query;
    }
    List<Query> clauses = new ArrayList<>();
    if (query != null) {
      flatten(query, 1f, clauses);
    }
    // Operators off: expansion text is words, whatever characters it holds.
    SimpleQueryParser words = new SimpleQueryParser(indexAnalyzer, Map.of(TEXT, 1.0f), 0);
    words.setDefaultOperator(BooleanClause.Occur.SHOULD);
    int queryTerms = query == null ? 1 : Math.max(1, clauses(query));
    for (Expansion e : expansions) {
      Query parsed = words.parse(e.text());
      if (parsed != null && !(parsed instanceof MatchNoDocsQuery)) {
        // As in RM3, the expansion as a whole weighs e.weight() times the query as a whole: each
        // of its words counts for less the more words it has, so a long description does not
        // outrank a passage that matches the query itself.
        flatten(parsed, e.weight() * queryTerms / Math.max(1, clauses(parsed)), clauses);
      }
    }
    if (clauses.isEmpty()) {
      return null;
    }
    if (clauses.size() == 1) {
      return clauses.getFirst();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query c : clauses) {
      b.add(c, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Adds {@code q}'s optional leaves to {@code out}, each boosted by {@code boost} times its own
   * boosts: a pure disjunction (only SHOULD clauses, no minimum) scores the sum of its matching
   * clauses, so its leaves can join the parent disjunction unchanged. Anything else is kept whole.
   */
  private static void flatten(Query q, float boost, List<Query> out) {
    if (q instanceof BoostQuery bq) {
      flatten(bq.getQuery(), boost * bq.getBoost(), out);
    } else if (q instanceof BooleanQuery bq
        && bq.getMinimumNumberShouldMatch() == 0
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      for (BooleanClause c : bq.clauses()) {
        flatten(c.query(), boost, out);
      }
    } else {
      out.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
  }

  /** The number of top-level clauses: about the number of words searched. */
  private static int clauses(Query q) {
    return q instanceof BooleanQuery bq ? bq.clauses().size() : 1;
  }

  /**
   * The leading half of a query that exceeded Lucene's clause limit. A pasted paragraph can (each
   * word becomes clauses on two fields, more with synonyms), when parsing or when searching; rather
   * than fail, the caller retries with fewer words.
   */
  public static String shorten(String query, IndexSearcher.TooManyClauses cause) {
    String[] words = query.strip().split("\\s+");
    if (words.length <= 1) {
      throw cause;
    }
    LOG.log(
        System.Logger.Level.DEBUG, "query of {0} words too long; retrying with half", words.length);
    return String.join(" ", List.of(words).subList(0, words.length / 2));
  }

  /**
   * The free-text query over text and boosted title, or null when nothing searchable is left (for
   * example only stop words). SimpleQueryParser never throws on syntax: stray quotes, brackets and
   * operators are treated as well as they can be.
   */
  public Query parse(String query) {
    SimpleQueryParser parser =
        new SimpleQueryParser(
            queryAnalyzer, Map.of(TEXT, 1.0f, TITLE, titleBoost, PEOPLE, peopleBoost));
    parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
    Query q = parser.parse(signsAsText(query));
    if (q == null || q instanceof MatchNoDocsQuery || isNegation(q)) {
      return null;
    }
    q = hoistNegations(q);
    q = synonymsAsOneWord(q);
    if (q instanceof BooleanQuery bq
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      // Nothing left to score (no clauses, or only exclusions): no hits, as for stop words.
      return null;
    }
    return q;
  }

  /**
   * Makes "-word" exclude. SimpleQueryParser writes "-dad" as (everything except "dad"), and under
   * the SHOULD default operator that becomes an optional clause, so "mum -dad" would match every
   * record without "dad". Such clauses are turned into MUST_NOT clauses of their parent.
   */
  private static Query hoistNegations(Query q) {
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) {
      Query sub = hoistNegations(c.query());
      if (c.occur() == BooleanClause.Occur.SHOULD && isNegation(sub)) {
        for (BooleanClause n : ((BooleanQuery) sub).clauses()) {
          if (n.occur() == BooleanClause.Occur.MUST_NOT) {
            b.add(n.query(), BooleanClause.Occur.MUST_NOT);
          }
        }
      } else {
        b.add(sub, c.occur());
      }
    }
    return b.build();
  }

  /**
   * Escapes every "+" and "-" that is not written as an operator, so that only "+word", "-word",
   * "-\"a phrase\"" and "-(...)" at the start of a word require or exclude. SimpleQueryParser reads
   * a "+" anywhere as AND and a "-" at any token start as NOT, so "PD-1+CD8 cells" would require
   * its parts, "E2f-1, -2, -3" would exclude the numbers and "(H2A)-histone" would exclude
   * "histone".
   */
  static String signsAsText(String query) {
    StringBuilder b = null;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if ((c == '+' || c == '-') && !writtenAsOperator(query, i)) {
        if (b == null) b = new StringBuilder(query.length() + 8).append(query, 0, i);
        b.append('\\');
      }
      if (b != null) b.append(c);
    }
    return b == null ? query : b.toString();
  }

  /**
   * Whether the sign at {@code i} starts a word and stands before a letter, a quote or a bracket.
   */
  private static boolean writtenAsOperator(String query, int i) {
    boolean wordStart =
        i == 0 || Character.isWhitespace(query.charAt(i - 1)) || query.charAt(i - 1) == '(';
    if (!wordStart || i + 1 == query.length()) return false;
    char next = query.charAt(i + 1);
    return Character.isLetter(next) || next == '"' || next == '(';
  }

  /**
   * Makes each query word's synonyms count as that one word. The analyzer writes a word with
   * synonyms as a disjunction of its alternatives, a several-word one as a conjunction ("SGO": sgo
   * or +special +guardianship +order), and a disjunction scores the sum of what matches: a record
   * that spells the synonym out scored three words' worth against the one word of a record that
   * uses the query's own, and records matching several variants ("looked after child", "children
   * looked after") scored each. Now a word's alternatives score their best (a disjunction-max), a
   * several-word alternative the mean of its words.
   */
  static Query synonymsAsOneWord(Query q) {
    if (q instanceof BoostQuery b)
      return new BoostQuery(synonymsAsOneWord(b.getQuery()), b.getBoost());
    if (!(q instanceof BooleanQuery bq)) return q;
    boolean alternatives =
        bq.getMinimumNumberShouldMatch() == 0
            && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)
            && bq.clauses().stream().anyMatch(c -> wordsOfOneSynonym(c.query()) > 1);
    if (alternatives) {
      List<Query> each = new ArrayList<>(bq.clauses().size());
      for (BooleanClause c : bq.clauses()) {
        int words = wordsOfOneSynonym(c.query());
        each.add(words > 1 ? new BoostQuery(c.query(), 1f / words) : synonymsAsOneWord(c.query()));
      }
      return new DisjunctionMaxQuery(each, 0f);
    }
    BooleanQuery.Builder out =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) out.add(synonymsAsOneWord(c.query()), c.occur());
    return out.build();
  }

  /**
   * The words of a several-word synonym (a conjunction of terms, as the analyzer writes one), else
   * 0.
   */
  private static int wordsOfOneSynonym(Query q) {
    if (!(q instanceof BooleanQuery bq) || bq.clauses().size() < 2) return 0;
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() != BooleanClause.Occur.MUST || !(c.query() instanceof TermQuery)) return 0;
    }
    return bq.clauses().size();
  }

  /** Whether {@code q} is SimpleQueryParser's form of "-word": exclusions plus match-all. */
  private static boolean isNegation(Query q) {
    if (!(q instanceof BooleanQuery bq)) {
      return false;
    }
    boolean excludes = false;
    boolean matchAll = false;
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() == BooleanClause.Occur.MUST_NOT) {
        excludes = true;
      } else if (c.query() instanceof MatchAllDocsQuery) {
        matchAll = true;
      } else {
        return false;
      }
    }
    return excludes && matchAll;
  }

  /**
   * A fragment of {@code text} of at most about {@code maxChars} characters around the query's
   * terms, as {@link TextIndex#highlight} describes; {@link SnippetHighlighter} marks them.
   */
  public String highlight(String query, String text, int maxChars) {
    return snippets.highlight(query, text, maxChars);
  }

  @Override
  public void close() {
    queryAnalyzer.close();
    indexAnalyzer.close();
  }
}
