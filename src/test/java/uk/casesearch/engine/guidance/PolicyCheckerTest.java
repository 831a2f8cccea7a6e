package uk.casesearch.engine.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.eval.InsightEval;
import uk.casesearch.engine.eval.PolicyEval;

/**
 * The policy check on invented guidance and a local procedure written for this test, and the gate
 * of src/eval/policy/dev.yaml on the judged set (skipped, and says so, without ../shared).
 */
class PolicyCheckerTest {

  static final GuidanceDocument GUIDANCE =
      new GuidanceDocument(
          "G",
          "Safeguarding guidance",
          "Office",
          GuidanceDocument.Kind.STATUTORY,
          "1",
          null,
          """
          Section 1: Visits

          1.1 The social worker is to visit the child at least every 10 working days while a plan is in place.

          1.2 The review meeting is to be held within 4 weeks of the plan starting. The time is counted from the start of the plan, not from the first visit.

          1.3 The child's carers are to be invited to every review meeting.

          1.4 A home assessment is to be started whenever the social worker has reasonable cause to worry.

          1.5 The Family Needs Form (FNF) is no longer used and should not be referred to.
          """);

  static GuidanceDocument local(String text) {
    return new GuidanceDocument(
        "L", "Local procedure", "Council", GuidanceDocument.Kind.LOCAL, "1", null, text);
  }

  static List<PolicyChecker.Finding> check(String text) {
    return new PolicyChecker().check(local(text), List.of(GUIDANCE));
  }

  static PolicyChecker.Finding first(String text, String kind) {
    return check(text).stream()
        .filter(x -> x.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " finding for: " + text));
  }

  @Test
  void documentsAreNamedByAcronymOrByTitleWords() {
    assertEquals(
        java.util.Set.of("CAF", "Common Assessment Framework"),
        PolicyChecker.names("The worker completes a Common Assessment Framework (CAF) form."));
    assertEquals(
        java.util.Set.of("Initial Assessment"),
        PolicyChecker.names("The Initial Assessment form is no longer used."));
    assertEquals(
        java.util.Set.of(),
        PolicyChecker.names("Parents are invited to the Initial Child Protection Conference."));
    assertEquals(java.util.Set.of(), PolicyChecker.names("Before Monday, the worker visits."));
  }

  @Test
  void paragraphsKeepTheirNumbersAndHeadings() {
    List<GuidanceDocument.Paragraph> p = GUIDANCE.paragraphs();
    assertEquals("1.1", p.getFirst().number());
    assertEquals("Section 1: Visits", p.getFirst().heading());
    assertEquals(5, p.size());
    for (GuidanceDocument.Paragraph x : p)
      assertEquals(x.text(), GUIDANCE.text().substring(x.start(), x.end()));
  }

  @Test
  void aLongerTimescaleContradictsAndAStricterOneMeetsIt() {
    PolicyChecker.Finding longer =
        first(
            "The social worker visits the child at least once a month while a plan is in place.",
            "timescale");
    assertTrue(longer.contradiction(), longer.explanation());
    assertEquals("1.1", longer.guidance().paragraph());
    PolicyChecker.Finding stricter =
        first(
            "The social worker visits the child at least every 5 working days while a plan is in"
                + " place.",
            "timescale");
    assertFalse(stricter.contradiction(), stricter.explanation());
    // 20 working days are four weeks: no contradiction from the units alone.
    assertFalse(
        first(
                "The review meeting is held within 20 working days of the plan starting.",
                "timescale")
            .contradiction());
  }

  @Test
  void aTimeCountedFromThePointTheGuidanceExcludesContradicts() {
    PolicyChecker.Finding f =
        first(
            "The review meeting is held within 4 weeks of the first visit to the child.",
            "timescale");
    assertTrue(f.contradiction(), f.explanation());
  }

  @Test
  void leavingOutSomeoneTheGuidanceRequiresContradicts() {
    String text = "Carers are invited to the first review meeting only.";
    PolicyChecker.Finding f = first(text, "attendee");
    assertTrue(f.contradiction(), f.explanation());
    assertEquals(text, f.local().quote());
    assertEquals(0, f.local().start());
    assertFalse(
        check("The child's carers are invited to every review meeting.").stream()
            .anyMatch(PolicyChecker.Finding::contradiction));
  }

  @Test
  void anAddedConditionContradicts() {
    PolicyChecker.Finding f =
        first(
            "A home assessment is started only where at least two managers agree that there is"
                + " cause to worry.",
            "threshold");
    assertTrue(f.contradiction(), f.explanation());
  }

  @Test
  void aReplacedDocumentContradicts() {
    PolicyChecker.Finding f =
        first("The worker completes a Family Needs Form (FNF) with the family.", "reference");
    assertTrue(f.contradiction(), f.explanation());
    assertEquals("1.5", f.guidance().paragraph());
  }

  @Test
  void aSentenceOnNoSubjectOfTheGuidanceIsNotMatched() {
    assertTrue(
        check("Staff parking is available behind the office within 5 minutes of the station.")
            .isEmpty());
    assertNull(GuidanceDocument.Kind.of("advisory"));
  }

  @Test
  void theJudgedSetKeepsItsFigures() throws Exception {
    InsightEval.Expectation e = InsightEval.Expectation.read(Path.of("src/eval/policy/dev.yaml"));
    Path dir = Path.of(e.dataset());
    Assumptions.assumeTrue(
        Files.isRegularFile(dir.resolve("truth.jsonl")),
        "skipped: no judged guidance set at "
            + dir.toAbsolutePath()
            + " (a clone without ../shared)");
    PolicyEval.Result r = PolicyEval.run(dir, new PolicyChecker());
    System.out.println(r.markdown(dir.toString()));
    Map<String, String> checked = e.check(r.report());
    assertTrue(checked.values().stream().allMatch(v -> v.startsWith("OK")), checked.toString());
  }
}
