package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptLexiconTest {

  static final ConceptLexicon SHIPPED = ConceptLexicon.shipped();

  static List<String> concepts(String query) {
    return SHIPPED.conceptsIn(query).stream().map(ConceptLexicon.Concept::id).toList();
  }

  @Test
  void shippedLexiconIsWellFormed() {
    assertTrue(SHIPPED.concepts().size() >= 40, "concepts: " + SHIPPED.concepts().size());
    Set<String> ids = new HashSet<>();
    for (ConceptLexicon.Concept c : SHIPPED.concepts()) {
      assertTrue(ids.add(c.id()), "duplicate id " + c.id());
      // A description is what gets embedded and searched: a few sentences, not a label.
      assertTrue(c.looksLike().split("\\s+").length >= 25, c.id() + " has too short a description");
    }
    assertTrue(SHIPPED.recordTypes().containsKey("safety_plan"));
  }

  @Test
  void namesMatchWholeWordsIgnoringCasePunctuationAndPlurals() {
    assertEquals(List.of("neglect"), concepts("Instances of NEGLECT"));
    assertEquals(List.of("school_attendance"), concepts("truanting"));
    assertEquals(List.of("cce"), concepts("CCE"));
    assertEquals(List.of("missing"), concepts("missing episodes since the summer"));
    assertEquals(List.of("self_harm"), concepts("self-harm"));
    // Part of a word is not the word.
    assertEquals(List.of(), concepts("neglectfulness studies"));
    assertEquals(List.of(), concepts("dentist appointment booked"));
  }

  @Test
  void longestNameWinsWhereNamesOverlap() {
    // "weight loss" (faltering growth) is read before "loss" (bereavement) could be.
    assertEquals(List.of("faltering_growth"), concepts("weight loss"));
    assertEquals(
        List.of("missing", "cse"), concepts("young people who go missing and are at risk of CSE"));
  }

  @Test
  void recordTypesAreReadFromTheirListedNamesOnly() {
    assertEquals(List.of("cp_conference"), SHIPPED.recordTypesIn("ICPC minutes for Ethan"));
    assertEquals(List.of("lac_review"), SHIPPED.recordTypesIn("LAC reviews"));
    assertEquals(List.of("safety_plan"), SHIPPED.recordTypesIn("Matilda's safety plans"));
    assertEquals(List.of("court_report"), SHIPPED.recordTypesIn("court report"));
    assertEquals(List.of(), SHIPPED.recordTypesIn("teeth"));
    // A referral to a service is not a referral record.
    assertEquals(List.of(), SHIPPED.recordTypesIn("CAMHS referral"));
    assertEquals(List.of("referral"), SHIPPED.recordTypesIn("MASH contact for Mason"));
  }

  @Test
  void aCouncilFileReplacesTheShippedOne() throws IOException {
    ConceptLexicon own =
        ConceptLexicon.parse(
            new StringReader(
                """
                concepts:
                  - id: fire_setting
                    names: [fire setting, arson]
                    looks_like: Lit a fire in the bin at school and burnt papers in the bedroom.
                record_types:
                  fire_report: [fire service report]
                """));
    assertEquals(1, own.concepts().size());
    assertEquals("fire_setting", own.conceptsIn("Arson").getFirst().id());
    assertEquals(List.of(), own.conceptsIn("neglect"));
    assertEquals(List.of("fire_report"), own.recordTypesIn("fire service reports"));
    assertEquals(List.of(), own.recordTypesIn("fire report"));
  }

  @Test
  void anEmptyFileIsAnEmptyLexicon() throws IOException {
    ConceptLexicon none = ConceptLexicon.parse(new StringReader(""));
    assertTrue(none.concepts().isEmpty());
    assertFalse(none.recordTypesIn("safety plan").iterator().hasNext());
  }

  @Test
  void invalidFilesAreRejectedWithAReason() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConceptLexicon.parse(new StringReader("concepts:\n  - id: a\n    nmes: [x]\n")));
    assertTrue(unknown.getMessage().contains("nmes"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("line"), unknown.getMessage());
    IllegalArgumentException noDescription =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConceptLexicon.parse(new StringReader("concepts:\n  - id: a\n    names: [x]\n")));
    assertTrue(noDescription.getMessage().contains("looks_like"), noDescription.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ConceptLexicon.parse(
                    new StringReader(
                        "concepts:\n  - {id: a, names: [x], looks_like: y}\n  - {id: a, names: [z], looks_like: w}\n")));
    assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ConceptLexicon.parse(
                new StringReader("concepts:\n  - {id: a, names: ['  '], looks_like: y}\n")));
  }
}
