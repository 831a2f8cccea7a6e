package uk.casesearch.engine.insight;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the eco-map and the chronology read in records: words for people by their relation to the
 * child, honorifics, the cues of a person's stance, the cues of significant events, what marks
 * history, which records retell, and the statutory milestones. The shipped file ({@code
 * insight.yaml}) is written from practice language; a council may replace it with its own.
 */
public final class InsightLexicon {

  /** A person's stance towards the child, as an eco-map shows it. */
  public enum Stance {
    RISK,
    PROTECTIVE,
    CONCERN,
    NEUTRAL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** An event category of the chronology and how it matters. */
  public record EventKind(String id, String significance, List<String> cues) {}

  /** A statutory milestone: by record type, or a phrase of the record's title. */
  public record Milestone(String id, List<String> types, List<String> titles) {}

  private record File(
      Map<String, Map<String, List<String>>> roles,
      Map<String, String> authors,
      Map<String, String> titleRelations,
      Map<String, List<String>> titles,
      Map<String, List<String>> stance,
      Map<String, EventFile> events,
      Map<String, List<String>> prefer,
      List<String> passiveSubject,
      List<String> history,
      Retelling retelling,
      Map<String, MilestoneFile> milestones) {}

  private record EventFile(String significance, List<String> cues) {}

  private record Retelling(List<String> types, List<String> titles) {}

  private record MilestoneFile(List<String> types, List<String> titles) {}

  final CueMatcher<String> roles = new CueMatcher<>();

  /** The words of {@code roles}, by the relation they name. */
  final Map<String, List<String>> roleWords = new LinkedHashMap<>();

  /** The kind of person each relation of {@code roles} names: family, professional or place. */
  final Map<String, String> roleKinds = new LinkedHashMap<>();

  /** Who the author of a record of a type is to the child ("default" for any other type). */
  final Map<String, String> authors = new LinkedHashMap<>();

  /** Who a titled professional is when nothing else says, by title (lower case). */
  final Map<String, String> titleRelations = new LinkedHashMap<>();

  final Set<String> personalTitles = new LinkedHashSet<>();
  final Set<String> professionalTitles = new LinkedHashSet<>();
  final Set<String> allTitles = new LinkedHashSet<>();
  final Set<String> writtenTitles = new LinkedHashSet<>();
  final CueMatcher<Stance> stance = new CueMatcher<>();
  final CueMatcher<String> events = new CueMatcher<>();
  final CueMatcher<Boolean> history = new CueMatcher<>();

  /** Stance cues that stay with the sentence's subject when passive ("was arrested"). */
  final Set<String> passiveSubject = new LinkedHashSet<>();

  /** A category and those it wins over when a record clearly holds both. */
  final Map<String, List<String>> prefer = new LinkedHashMap<>();

  final Map<String, EventKind> eventKinds = new LinkedHashMap<>();
  final Set<String> retellingTypes = new LinkedHashSet<>();
  final CueMatcher<Boolean> retellingTitles = new CueMatcher<>();
  final List<Milestone> milestones;
  final CueMatcher<String> milestoneTitles = new CueMatcher<>();

  private InsightLexicon(File f) {
    require(f.roles(), "roles");
    require(f.titles(), "titles");
    require(f.stance(), "stance");
    require(f.events(), "events");
    require(f.retelling(), "retelling");
    require(f.milestones(), "milestones");
    f.roles()
        .forEach(
            (kind, byRelation) ->
                byRelation.forEach(
                    (relation, words) -> {
                      roleKinds.put(relation, kind);
                      words.forEach(w -> roles.add(w, relation));
                      roleWords.put(relation, List.copyOf(words));
                    }));
    if (f.titleRelations() != null)
      f.titleRelations().forEach((t, rel) -> titleRelations.put(lower(t), rel));
    if (f.authors() != null) f.authors().forEach((type, rel) -> authors.put(lower(type), rel));
    f.titles().getOrDefault("personal", List.of()).forEach(t -> personalTitles.add(lower(t)));
    f.titles()
        .getOrDefault("professional", List.of())
        .forEach(t -> professionalTitles.add(lower(t)));
    f.titles().values().forEach(l -> l.forEach(t -> writtenTitles.add(t.strip())));
    allTitles.addAll(personalTitles);
    allTitles.addAll(professionalTitles);
    f.stance()
        .forEach(
            (name, cues) -> {
              Stance s = Stance.valueOf(name.toUpperCase(Locale.ROOT));
              cues.forEach(c -> stance.add(c, s));
            });
    f.events()
        .forEach(
            (id, e) -> {
              eventKinds.put(id, new EventKind(id, e.significance(), List.copyOf(e.cues())));
              e.cues().forEach(c -> events.add(c, id));
            });
    if (f.history() != null) f.history().forEach(h -> history.add(h, true));
    if (f.passiveSubject() != null) f.passiveSubject().forEach(c -> passiveSubject.add(lower(c)));
    if (f.prefer() != null) f.prefer().forEach((k, v) -> prefer.put(k, List.copyOf(v)));
    f.retelling().types().forEach(t -> retellingTypes.add(lower(t)));
    f.retelling().titles().forEach(t -> retellingTitles.add(t, true));
    milestones =
        f.milestones().entrySet().stream()
            .map(
                e ->
                    new Milestone(
                        e.getKey(),
                        e.getValue().types() == null
                            ? List.of()
                            : e.getValue().types().stream().map(InsightLexicon::lower).toList(),
                        e.getValue().titles() == null ? List.of() : e.getValue().titles()))
            .toList();
    for (Milestone m : milestones) m.titles().forEach(t -> milestoneTitles.add(t, m.id()));
  }

  private static void require(Object o, String field) {
    if (o == null)
      throw new IllegalArgumentException("insight lexicon: '" + field + "' is missing");
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** The event categories, in the file's order. */
  public Map<String, EventKind> eventKinds() {
    return java.util.Collections.unmodifiableMap(eventKinds);
  }

  /** The milestone ids, in the file's order. */
  public List<String> milestoneIds() {
    return milestones.stream().map(Milestone::id).toList();
  }

  /** The shipped lexicon. */
  public static InsightLexicon shipped() {
    try (InputStream in = InsightLexicon.class.getResourceAsStream("insight.yaml")) {
      if (in == null) throw new IllegalStateException("insight.yaml is missing from the jar");
      return new InsightLexicon(strictYaml().readValue(in, File.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A council's own lexicon, which replaces the shipped one. */
  public static InsightLexicon load(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return new InsightLexicon(strictYaml().readValue(in, File.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "insight lexicon " + path + " does not parse: " + e.getOriginalMessage(), e);
    }
  }

  /** YAML read strictly: an unknown field is an error; fields in snake case. */
  static ObjectMapper strictYaml() {
    return YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .build();
  }
}
