package uk.casesearch.app.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.guidance.GuidanceDocument;
import uk.casesearch.engine.guidance.GuidanceLibrary;
import uk.casesearch.engine.guidance.PolicyChecker;

/**
 * The demo's invented guidance (src/main/resources/demo/guidance, as {@link DemoSet} reads it): the
 * rules planted in its local procedure to fall short of its national guidance are the
 * contradictions the check reports, and its rules that meet the guidance (one stricter, some the
 * same) are not.
 */
class DemoGuidanceTest {

  @Test
  void theCheckFindsThePlantedContradictionsAndNoOther() throws Exception {
    GuidanceLibrary library = new GuidanceLibrary(DemoSet.guidance());
    GuidanceDocument local = library.document("demo-ashby-vale-cp").orElseThrow();
    Map<String, String> found = new TreeMap<>();
    for (PolicyChecker.Finding f : library.check(local)) {
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
    GuidanceLibrary library = new GuidanceLibrary(DemoSet.guidance());
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
