package uk.casesearch.app.insight;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import uk.casesearch.app.CasesearchConfig;
import uk.casesearch.engine.insight.CaseAnswerer;
import uk.casesearch.engine.insight.ChronologyBuilder;
import uk.casesearch.engine.insight.EcoMapBuilder;
import uk.casesearch.engine.insight.InsightFinder;
import uk.casesearch.engine.insight.InsightLexicon;
import uk.casesearch.engine.insight.QuestionLexicon;

/** The engine's insight parts, made once from the configuration. */
public class InsightBeans {

  @Produces
  @Singleton
  InsightLexicon lexicon(CasesearchConfig config) {
    return config
        .insight()
        .lexicon()
        .map(
            p -> {
              try {
                return InsightLexicon.load(p);
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read the insight lexicon " + p, e);
              }
            })
        .orElseGet(InsightLexicon::shipped);
  }

  @Produces
  @Singleton
  CaseAnswerer answerer(CasesearchConfig config, InsightLexicon lexicon) {
    QuestionLexicon questions =
        config
            .insight()
            .questions()
            .map(
                p -> {
                  try {
                    return QuestionLexicon.load(p);
                  } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the question lexicon " + p, e);
                  }
                })
            .orElseGet(QuestionLexicon::shipped);
    return new CaseAnswerer(lexicon, questions);
  }

  @Produces
  @Singleton
  InsightFinder finder(InsightLexicon lexicon) {
    return new InsightFinder(lexicon);
  }

  @Produces
  @Singleton
  EcoMapBuilder ecoMaps(InsightLexicon lexicon) {
    return new EcoMapBuilder(lexicon);
  }

  @Produces
  @Singleton
  ChronologyBuilder chronologies(InsightLexicon lexicon) {
    return new ChronologyBuilder(lexicon);
  }
}
