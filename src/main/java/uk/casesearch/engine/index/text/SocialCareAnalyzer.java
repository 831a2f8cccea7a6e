package uk.casesearch.engine.index.text;

import java.io.IOException;
import java.io.Reader;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * UK English analysis for case records: standard tokenisation, possessives dropped, lower case,
 * accents folded, English stop words removed and Porter stemming (which maps "behaviours" to
 * "behaviour" and "organisation" to "organis"). The query-time variant first expands social-care
 * abbreviations and synonyms ("LAC" to "looked after child") with a synonym graph, so multi-word
 * synonyms match as phrases of words; synonyms are applied to queries only, which keeps the index
 * small and lets a council change the synonym file without re-indexing.
 */
public final class SocialCareAnalyzer extends Analyzer {

  private final SynonymMap synonyms;

  private SocialCareAnalyzer(SynonymMap synonyms) {
    this.synonyms = synonyms;
  }

  /** The analyzer used to index passages and titles. */
  public static SocialCareAnalyzer forIndexing() {
    return new SocialCareAnalyzer(null);
  }

  /**
   * The analyzer used for queries, with synonyms.
   *
   * @param synonymRules Solr-format synonym rules
   * @throws IOException if the rules cannot be read
   * @throws IllegalArgumentException if a rule does not parse (the message names the line)
   */
  public static SocialCareAnalyzer forQueries(Reader synonymRules) throws IOException {
    // Rules are analysed like query words up to (not including) stop words and stemming, the
    // point in the chain where the synonym filter sits.
    try (Analyzer ruleAnalyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, baseChain(source));
          }
        }) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
      parser.parse(synonymRules);
      return new SocialCareAnalyzer(parser.build());
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "synonym rules do not parse near line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }

  private static TokenStream baseChain(TokenStream in) {
    TokenStream ts = new EnglishPossessiveFilter(in);
    ts = new LowerCaseFilter(ts);
    return new ASCIIFoldingFilter(ts);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream ts = baseChain(source);
    if (synonyms != null) ts = new SynonymGraphFilter(ts, synonyms, true);
    ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    ts = new PorterStemFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
