package uk.casesearch.engine.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What social-care terms mean on the page. A practitioner searches for a concept ("neglect", "CCE",
 * "non-engagement"); case notes describe what was seen ("no food in the cupboards", "found with two
 * phones and cash", "no answer at the door again"). Each concept has the names people search by and
 * a short description written the way records describe it; the searcher expands a query that names
 * a concept with its description, a hand-written form of hypothetical-document expansion (HyDE)
 * that needs no language model at query time.
 *
 * <p>The shipped lexicon ({@code concepts.yaml}) is drawn from the Children in Need census factors,
 * Working Together to Safeguard Children and everyday practice language, not from any evaluation
 * set. A council can replace it with its own file; the format is documented in the shipped file.
 * Also the home of the record-type names ("safety plan", "ICPC minutes"), which boost records of
 * the type a query names.
 */
public final class ConceptLexicon {

  /**
   * A concept.
   *
   * @param id a short stable name
   * @param names what people search for it by (words and phrases; plurals match singulars)
   * @param looksLike how records describe it, in the words of a case note
   */
  public record Concept(String id, List<String> names, String looksLike) {
    public Concept {
      if (id == null || id.isBlank()) throw new IllegalArgumentException("a concept needs an id");
      names = names == null ? List.of() : List.copyOf(names);
      if (names.isEmpty())
        throw new IllegalArgumentException("concept '" + id + "' needs at least one name");
      if (looksLike == null || looksLike.isBlank()) {
        throw new IllegalArgumentException("concept '" + id + "' needs a looks_like description");
      }
      looksLike = looksLike.strip();
    }
  }

  /** The file's shape. */
  private record File(
      List<FileConcept> concepts,
      @JsonProperty("record_types") Map<String, List<String>> recordTypes) {}

  private record FileConcept(
      String id, List<String> names, @JsonProperty("looks_like") String looksLike) {}

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final List<Concept> concepts;
  private final Map<String, List<String>> recordTypes;
  private final PhraseMatcher<Concept> conceptNames = new PhraseMatcher<>();
  private final PhraseMatcher<String> typeNames = new PhraseMatcher<>();

  private ConceptLexicon(List<Concept> concepts, Map<String, List<String>> recordTypes) {
    this.concepts = List.copyOf(concepts);
    this.recordTypes = Map.copyOf(recordTypes);
    for (Concept c : concepts) {
      for (String name : c.names()) conceptNames.add(name, c);
    }
    for (Map.Entry<String, List<String>> e : recordTypes.entrySet()) {
      // Only the names listed: a type id such as "referral" is also a word in "CAMHS referral".
      for (String name : e.getValue()) typeNames.add(name, e.getKey());
    }
  }

  /** An empty lexicon: no expansion, no record-type names. */
  public static ConceptLexicon empty() {
    return new ConceptLexicon(List.of(), Map.of());
  }

  /** The lexicon shipped with Casesearch. */
  public static ConceptLexicon shipped() {
    try (InputStream in = ConceptLexicon.class.getResourceAsStream("concepts.yaml")) {
      if (in == null)
        throw new IllegalStateException("the shipped concepts.yaml is missing from the classpath");
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(
          "the shipped concepts.yaml cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * A council's own lexicon file (UTF-8 YAML, the shipped file's format).
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not a valid lexicon (the message says where)
   */
  public static ConceptLexicon fromFile(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    }
  }

  /**
   * Reads a lexicon.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not a valid lexicon (the message says where)
   */
  public static ConceptLexicon parse(Reader yaml) throws IOException {
    StringWriter all = new StringWriter();
    yaml.transferTo(all);
    String content = all.toString();
    // A file of nothing but comments switches expansion off, as an empty one does.
    if (content.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#")))
      return empty();
    File f;
    try {
      f = YAML.readValue(content, File.class);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(
          "concept lexicon: " + e.getOriginalMessage() + " " + location(e), e);
    }
    if (f == null) return empty();
    List<Concept> concepts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (FileConcept c : f.concepts() == null ? List.<FileConcept>of() : f.concepts()) {
      if (c == null) continue;
      Concept concept = new Concept(c.id(), c.names(), c.looksLike());
      if (!ids.add(concept.id()))
        throw new IllegalArgumentException(
            "concept lexicon: id '" + concept.id() + "' appears twice");
      concepts.add(concept);
    }
    Map<String, List<String>> types = f.recordTypes() == null ? Map.of() : f.recordTypes();
    for (Map.Entry<String, List<String>> e : types.entrySet()) {
      if (e.getValue() == null) e.setValue(List.of());
    }
    return new ConceptLexicon(concepts, types);
  }

  private static String location(JsonMappingException e) {
    return e.getLocation() == null ? "" : "(line " + e.getLocation().getLineNr() + ")";
  }

  /** Every concept, in file order. */
  public List<Concept> concepts() {
    return concepts;
  }

  /** Record type to the names people use for it. */
  public Map<String, List<String>> recordTypes() {
    return recordTypes;
  }

  /** The concepts a query names, in order of first mention. */
  public List<Concept> conceptsIn(String query) {
    return List.copyOf(conceptNames.values(query));
  }

  /** The record types a query names ("ICPC minutes for Ethan": cp_conference), in order. */
  public List<String> recordTypesIn(String query) {
    return List.copyOf(typeNames.values(query));
  }
}
