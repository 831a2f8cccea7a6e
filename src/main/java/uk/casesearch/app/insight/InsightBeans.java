package uk.casesearch.app.insight;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.engine.insight.CaseAnswerer;
import uk.casesearch.engine.insight.CaseSummarizer;
import uk.casesearch.engine.insight.ChronologyBuilder;
import uk.casesearch.engine.insight.EcoMapBuilder;
import uk.casesearch.engine.insight.Glossary;
import uk.casesearch.engine.insight.InsightFinder;
import uk.casesearch.engine.insight.InsightLexicon;
import uk.casesearch.engine.insight.QuestionLexicon;

/** The engine's insight parts, made once from the configuration. */
public class InsightBeans {

  private interface Loader<T> {
    T load(Path path) throws IOException;
  }

  /** A council's own file when configured, else the shipped one. */
  private static <T> T ownOrShipped(
      Optional<Path> own, Loader<T> loader, Supplier<T> shipped, String what) {
    if (own.isEmpty()) return shipped.get();
    try {
      return loader.load(own.get());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + what + " " + own.get(), e);
    }
  }

  @Produces
  @Singleton
  InsightLexicon lexicon(CasesearchConfig config) {
    return ownOrShipped(
        config.insight().lexicon(),
        InsightLexicon::load,
        InsightLexicon::shipped,
        "insight lexicon");
  }

  @Produces
  @Singleton
  QuestionLexicon questions(CasesearchConfig config) {
    return ownOrShipped(
        config.insight().questions(),
        QuestionLexicon::load,
        QuestionLexicon::shipped,
        "question lexicon");
  }

  @Produces
  @Singleton
  Glossary glossary(CasesearchConfig config) {
    return ownOrShipped(config.insight().glossary(), Glossary::load, Glossary::shipped, "glossary");
  }

  @Produces
  @Singleton
  CaseAnswerer answerer(InsightLexicon lexicon, QuestionLexicon questions) {
    return new CaseAnswerer(lexicon, questions);
  }

  @Produces
  @Singleton
  CaseSummarizer summarizer(QuestionLexicon questions, Glossary glossary) {
    return new CaseSummarizer(questions, glossary);
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
