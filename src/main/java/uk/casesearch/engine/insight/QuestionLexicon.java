package uk.casesearch.engine.insight;

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
import uk.casesearch.engine.search.PhraseMatcher;

/**
 * How a question put to a child's record is read: the words of its forms (first, last, yes/no,
 * when, who), the topics it may ask about and where the record holds them (the chronology's events
 * and milestones, record types, phrases), the lists a record writes on one line, and the words for
 * the people it may ask for. The shipped file ({@code questions.yaml}) is written from practice
 * language; a council may replace it with its own.
 */
public final class QuestionLexicon {

  /**
   * A topic and where the record holds it.
   *
   * @param events chronology event categories
   * @param milestones chronology milestones
   * @param types record types
   * @param titles phrases of record titles
   * @param says phrases a sentence states it in
   */
  public record Topic(
      String id,
      List<String> events,
      List<String> milestones,
      Set<String> types,
      List<String> titles,
      List<String> says) {}

  private record File(
      List<String> first,
      List<String> last,
      List<String> yesNo,
      List<String> when,
      List<String> who,
      Map<String, TopicFile> topics,
      Map<String, List<String>> lists,
      Map<String, List<String>> roles,
      Map<String, Map<String, List<String>>> roleWords,
      Map<String, List<String>> narrowBy,
      List<String> notSaid,
      List<String> childLines,
      List<String> plans) {}

  private record TopicFile(
      List<String> cues,
      List<String> events,
      List<String> milestones,
      List<String> types,
      List<String> titles,
      List<String> says) {}

  final CueMatcher<Boolean> first = new CueMatcher<>();
  final CueMatcher<Boolean> last = new CueMatcher<>();
  final List<List<String>> yesNo;
  final List<List<String>> when;
  final List<List<String>> who;
  final CueMatcher<String> topicCues = new CueMatcher<>();
  final Map<String, Topic> topics = new LinkedHashMap<>();
  final Map<String, CueMatcher<Boolean>> says = new LinkedHashMap<>();
  final Map<String, CueMatcher<Boolean>> titles = new LinkedHashMap<>();
  final CueMatcher<String> lists = new CueMatcher<>();
  final Map<String, List<String>> roles = new LinkedHashMap<>();

  /** By relation: the words of each role it holds several of, to the role. */
  final Map<String, CueMatcher<String>> roleWords = new LinkedHashMap<>();

  final CueMatcher<Boolean> notSaid = new CueMatcher<>();
  final CueMatcher<String> narrowBy = new CueMatcher<>();
  final CueMatcher<Boolean> childLines = new CueMatcher<>();
  final Set<String> plans = new LinkedHashSet<>();
  final Map<String, CueMatcher<Boolean>> agencyWords = new LinkedHashMap<>();

  private QuestionLexicon(File f) {
    require(f.first(), "first");
    require(f.last(), "last");
    require(f.yesNo(), "yes_no");
    require(f.when(), "when");
    require(f.who(), "who");
    require(f.topics(), "topics");
    f.first().forEach(w -> first.add(w, true));
    f.last().forEach(w -> last.add(w, true));
    yesNo = f.yesNo().stream().map(PhraseMatcher::words).toList();
    when = f.when().stream().map(PhraseMatcher::words).toList();
    who = f.who().stream().map(PhraseMatcher::words).toList();
    f.topics()
        .forEach(
            (id, t) -> {
              if (t.cues() == null || t.cues().isEmpty())
                throw new IllegalArgumentException(
                    "question lexicon: topic '" + id + "' has no cues");
              t.cues().forEach(c -> topicCues.add(c, id));
              Set<String> types = new LinkedHashSet<>();
              if (t.types() != null) t.types().forEach(x -> types.add(x.toLowerCase(Locale.ROOT)));
              topics.put(
                  id,
                  new Topic(
                      id,
                      copy(t.events()),
                      copy(t.milestones()),
                      Set.copyOf(types),
                      copy(t.titles()),
                      copy(t.says())));
              CueMatcher<Boolean> said = new CueMatcher<>();
              copy(t.says()).forEach(s -> said.add(s, true));
              says.put(id, said);
              CueMatcher<Boolean> title = new CueMatcher<>();
              copy(t.titles()).forEach(s -> title.add(s, true));
              titles.put(id, title);
            });
    if (f.lists() != null) f.lists().forEach((name, cues) -> cues.forEach(c -> lists.add(c, name)));
    if (f.roles() != null) f.roles().forEach((rel, words) -> roles.put(rel, List.copyOf(words)));
    if (f.roleWords() != null)
      f.roleWords()
          .forEach(
              (rel, byRole) -> {
                CueMatcher<String> m = new CueMatcher<>();
                byRole.forEach((role, words) -> words.forEach(w -> m.add(w, role)));
                roleWords.put(rel, m);
              });
    if (f.narrowBy() != null)
      f.narrowBy()
          .forEach(
              (agency, words) -> {
                CueMatcher<Boolean> m = new CueMatcher<>();
                words.forEach(
                    w -> {
                      narrowBy.add(w, agency);
                      m.add(w, true);
                    });
                agencyWords.put(agency, m);
              });
    if (f.childLines() != null) f.childLines().forEach(w -> childLines.add(w, true));
    if (f.plans() != null) f.plans().forEach(t -> plans.add(t.toLowerCase(Locale.ROOT)));
    if (f.notSaid() != null) f.notSaid().forEach(w -> notSaid.add(w, true));
  }

  private static void require(Object o, String field) {
    if (o == null)
      throw new IllegalArgumentException("question lexicon: '" + field + "' is missing");
  }

  private static List<String> copy(List<String> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** The topic ids, in the file's order. */
  public Set<String> topicIds() {
    return java.util.Collections.unmodifiableSet(topics.keySet());
  }

  /** The shipped lexicon. */
  public static QuestionLexicon shipped() {
    try (InputStream in = QuestionLexicon.class.getResourceAsStream("questions.yaml")) {
      if (in == null) throw new IllegalStateException("questions.yaml is missing from the jar");
      return new QuestionLexicon(InsightLexicon.strictYaml().readValue(in, File.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A council's own lexicon, which replaces the shipped one. */
  public static QuestionLexicon load(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return new QuestionLexicon(InsightLexicon.strictYaml().readValue(in, File.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "question lexicon " + path + " does not parse: " + e.getOriginalMessage(), e);
    }
  }
}
