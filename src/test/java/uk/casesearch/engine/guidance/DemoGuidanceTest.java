package uk.casesearch.engine.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The demo's invented guidance (src/main/resources/demo/guidance): the rules planted in its local
 * procedure to fall short of its national guidance are the contradictions the check reports, and
 * its rules that meet the guidance (one stricter, some the same) are not.
 */
class DemoGuidanceTest {

  private static final Path DIR = Path.of("src/main/resources/demo/guidance");

  static List<GuidanceDocument> demo() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<GuidanceDocument> docs = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("guidance-manifest.jsonl"))) {
      if (line.isBlank()) continue;
      JsonNode m = json.readTree(line);
      docs.add(
          new GuidanceDocument(
              m.get("id").asText(),
              m.get("title").asText(),
              m.get("issuer").asText(),
              GuidanceDocument.Kind.of(m.get("kind").asText()),
              m.get("version").asText(),
              LocalDate.parse(m.get("date").asText()),
              Files.readString(DIR.resolve(m.get("path").asText()), StandardCharsets.UTF_8)));
    }
    return docs;
  }

  @Test
  void theCheckFindsThePlantedContradictionsAndNoOther() throws Exception {
    GuidanceLibrary library = new GuidanceLibrary(demo());
    GuidanceDocument local = library.document("demo-ashby-vale-cp").orElseThrow();
    Map<String, String> found = new TreeMap<>();
    for (PolicyChecker.Finding f : library.check(local)) {
      System.out.println(f);
      assertEquals(
          local.text().substring(f.local().start(), f.local().end()),
          f.local().quote(),
          "the local quote stands at its offsets");
      if (f.contradiction()) found.put(paragraph(local, f.local().start()), f.kind());
    }
    assertEquals(
        Map.of("4.2", "timescale", "4.3", "attendee", "4.4", "reference", "6.1", "timescale"),
        found);
  }

  @Test
  void aQuestionIsAnsweredFromTheNationalGuidanceWithItsParagraph() throws Exception {
    GuidanceLibrary library = new GuidanceLibrary(demo());
    GuidanceLibrary.Answer a =
        library.ask("How soon must a return home interview be offered after a child goes missing?");
    assertTrue(a.found(), a.toString());
    assertEquals("3.1", a.citations().getFirst().paragraph(), a.toString());
  }

  private static String paragraph(GuidanceDocument d, int offset) {
    for (GuidanceDocument.Paragraph p : d.paragraphs())
      if (p.start() <= offset && offset < p.end()) return p.number();
    return null;
  }
}
