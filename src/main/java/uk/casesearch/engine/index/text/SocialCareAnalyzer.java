package uk.casesearch.engine.index.text;

import java.io.IOException;
import java.io.Reader;
import java.text.ParseException;
import java.util.Objects;
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
 * UK English analysis for case records, with an index-time and a query-time variant.
 *
 * <p>Both run: StandardTokenizer (Unicode word breaks, so "s47" stays one token), possessives
 * dropped ("child's", "Kian’s"), lower case, accents folded ("café"), English stop words removed,
 * then Porter stemming. Porter was chosen over KStem and the minimal stemmer by trying them on UK
 * case-note words: all three join "behaviour"/"behaviours", but only Porter also joins
 * "organise"/"organised"/"organisation", "paediatric"/"paediatrics" and "abuse"/"abusive" (KStem's
 * dictionary knows US spellings, so it leaves the UK forms apart), while still keeping "carer"
 * apart from "care" and "police" from "policy". Its known over-reach, US "organization" to "organ",
 * hardly occurs in UK records.
 *
 * <p>The query-time variant first expands social-care abbreviations and synonyms ("LAC" to "looked
 * after child") with a SynonymGraphFilter, so multi-word synonyms match all their words. Synonyms
 * are applied to queries only: the index stays small, and a council can change its synonym file
 * with a restart rather than a re-index. The filter sits before stop-word removal and stemming
 * because the synonym parser rejects rules whose words analyse to holes (stop words), so rules are
 * written, and matched, as the surface words people type (plurals listed separately).
 */
public final class SocialCareAnalyzer extends Analyzer {

  /**
   * The field whose words are kept as written (lower case, accents folded, no stop words removed or
   * stems taken), for telling a misspelt word from a word the records hold.
   */
  public static final String SPELLING_FIELD = "spell";

  private final SynonymMap synonyms;

  private SocialCareAnalyzer(SynonymMap synonyms) {
    // The spelling field has a chain of its own: components are kept per field, not shared.
    super(PER_FIELD_REUSE_STRATEGY);
    this.synonyms = synonyms;
  }

  /** The analyzer used to index passages and titles (no synonyms). */
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
    Objects.requireNonNull(synonymRules, "synonymRules");
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
      SynonymMap map = parser.build();
      // A council may ship an empty file to switch synonyms off; SynonymGraphFilter rejects an
      // empty map, so leave the filter out instead.
      return new SocialCareAnalyzer(map.fst == null ? null : map);
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
    if (SPELLING_FIELD.equals(fieldName)) return new TokenStreamComponents(source, ts);
    if (synonyms != null) {
      ts = new SynonymGraphFilter(ts, synonyms, true);
    }
    ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    ts = new PorterStemFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  /** Multi-term queries (prefix, fuzzy) are normalised without stemming: "Behav*" is "behav*". */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
