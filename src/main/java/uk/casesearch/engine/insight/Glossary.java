package uk.casesearch.engine.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plain words beside the jargon of case records (ICPC, CP plan, LAC review, PLO, SGO ...), for a
 * care leaver reading their own file. The shipped file ({@code glossary.yaml}) may be replaced by a
 * council's own.
 */
public final class Glossary {

  /**
   * A term and what it means.
   *
   * @param term the term as the glossary writes it first
   */
  public record Entry(String term, String means) {}

  private record File(List<TermFile> terms) {}

  private record TermFile(List<String> words, String means) {}

  private final CueMatcher<Entry> terms = new CueMatcher<>();

  private Glossary(File f) {
    if (f.terms() == null) throw new IllegalArgumentException("glossary: 'terms' is missing");
    for (TermFile t : f.terms()) {
      if (t.words() == null || t.words().isEmpty() || t.means() == null || t.means().isBlank())
        throw new IllegalArgumentException("glossary: every term needs words and means");
      Entry e = new Entry(t.words().getFirst(), t.means().strip());
      t.words().forEach(w -> terms.add(w, e));
    }
  }

  /** The terms a text holds, in text order, each once. */
  public List<Entry> in(String text) {
    Set<Entry> out = new LinkedHashSet<>();
    for (CueMatcher.Hit<Entry> h : terms.find(TextSpans.words(text, 0, text.length())))
      out.add(h.value());
    return List.copyOf(new ArrayList<>(out));
  }

  /** The shipped glossary. */
  public static Glossary shipped() {
    try (InputStream in = Glossary.class.getResourceAsStream("glossary.yaml")) {
      if (in == null) throw new IllegalStateException("glossary.yaml is missing from the jar");
      return new Glossary(InsightLexicon.strictYaml().readValue(in, File.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A council's own glossary, which replaces the shipped one. */
  public static Glossary load(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return new Glossary(InsightLexicon.strictYaml().readValue(in, File.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "glossary " + path + " does not parse: " + e.getOriginalMessage(), e);
    }
  }
}
