package uk.casesearch.engine.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * Questions to one invented child's records: every answer is sentences of the records at the
 * offsets cited, and the records that do not say something are never made to.
 */
class CaseAnswererTest {

  private static final InsightLexicon LEXICON = InsightLexicon.shipped();
  private static final CaseAnswerer ANSWERER = new CaseAnswerer(LEXICON, QuestionLexicon.shipped());
  private static final CaseRecord.Child CHILD =
      new CaseRecord.Child("C-F", "Finn Lowe", LocalDate.of(2012, 4, 9));
  private static final CaseRecord.Person MUM =
      new CaseRecord.Person("Gemma Lowe", "Parent", "mother", "family");
  private static final CaseRecord.Person PARTNER =
      new CaseRecord.Person("Craig Dunn", "Mother's partner", "step-father", "family");
  private static final CaseRecord.Person GP =
      new CaseRecord.Person("Dr Priya Nair", "GP", "GP", "professional");
  private static final CaseRecord.Person DSL =
      new CaseRecord.Person(
          "Helen Ashby", "Designated Safeguarding Lead", "teacher / DSL", "professional");
  private static final CaseRecord.Person TEACHER =
      new CaseRecord.Person("Mark Tindall", "Class teacher", "teacher / DSL", "professional");

  static CaseRecord record(
      String id, String type, String title, String date, String text, CaseRecord.Person... people) {
    return new CaseRecord(
        id,
        "CASE-F",
        CHILD,
        type,
        title,
        LocalDate.parse(date),
        "Sam Worker",
        "Team A",
        text,
        List.of(people),
        false,
        "test");
  }

  static List<CaseRecord> records() {
    return List.of(
        record(
            "F1",
            "referral",
            "MASH contact",
            "2022-01-10",
            "MASH CONTACT RECORD\nReason for contact:\nHelen Ashby (DSL) contacted MASH because Finn had"
                + " bruising to his arm that he could not explain.",
            MUM,
            DSL),
        record(
            "F2",
            "case_note",
            "Home visit",
            "2022-03-05",
            "I visited Finn at home. Finn went missing overnight and was found by police the next"
                + " morning.",
            MUM),
        record(
            "F3",
            "return_home_interview",
            "Return home interview",
            "2022-03-07",
            "RETURN HOME INTERVIEW\nFinn said he went missing because of the shouting at home.",
            MUM),
        record(
            "F4",
            "case_note",
            "Visit",
            "2022-06-20",
            "Finn was reported missing again after he did not come home from school.",
            MUM),
        record(
            "F5",
            "police_notification",
            "Police notification (DA)",
            "2022-08-14",
            "Northvale Police - PUBLIC PROTECTION NOTIFICATION\nSummary: Officers attended after a 999"
                + " call. Craig Dunn was arrested at the scene on suspicion of assault after he punched"
                + " Ms Lowe.",
            MUM,
            PARTNER),
        record(
            "F6",
            "case_note",
            "Visit",
            "2022-09-01",
            "Ms Lowe said the domestic abuse had got worse and Craig punched her at the weekend.",
            MUM,
            PARTNER),
        record(
            "F7",
            "person_record",
            "Person: Dr Priya Nair (GP)",
            "2022-01-11",
            "PERSON RECORD\nName: Dr Priya Nair\nRelationship to child: GP",
            GP),
        record(
            "F8",
            "safety_plan",
            "Safety plan",
            "2022-10-01",
            "SAFETY PLAN for Finn Lowe\nSafety network: Joan Lowe (maternal grandmother), Sam Reid (family"
                + " friend)",
            MUM),
        record(
            "F9",
            "cp_conference",
            "Initial child protection conference",
            "2022-10-12",
            "Initial Child Protection Conference - 12/10/2022\nPresent: Ruth Okoro (Chair); Sam Worker"
                + " (SW); Gemma Lowe (mother); Mark Tindall (class teacher)\nThere is no child protection"
                + " plan; a plan would be considered if things got worse.",
            MUM,
            TEACHER),
        record(
            "F10",
            "core_group",
            "CIN review minutes",
            "2022-12-01",
            "CIN review meeting - 01/12/2022\nFinn is doing well at school.",
            MUM),
        record(
            "F11",
            "case_note",
            "Visit",
            "2023-01-05",
            "Finn has a history of self-harm from when he was younger.",
            MUM));
  }

  static CaseAnswer ask(String question, List<CaseRecord> records) {
    InsightFinder finder = new InsightFinder(LEXICON);
    List<CaseSource> sources = new ArrayList<>();
    for (CaseRecord r : records) sources.add(new CaseSource(r, finder.find(r)));
    EcoMap map = new EcoMapBuilder(LEXICON).build("CASE-F", sources);
    Chronology chronology =
        new ChronologyBuilder(LEXICON).build("CASE-F", sources, null, null, Set.of());
    CaseAnswer a = ANSWERER.ask(question, sources, map, chronology);
    // Every citation's offsets are a sentence of its record that the answer quotes.
    for (CaseAnswer.Citation c : a.citations()) {
      CaseRecord r = records.stream().filter(x -> x.id().equals(c.recordId())).findFirst().get();
      if (c.end() > c.start())
        assertTrue(
            a.answer().contains(r.text().substring(c.start(), c.end()).strip()),
            a.answer() + " quotes " + c.recordId());
      assertTrue(a.answer().contains("[" + c.recordId() + "]"), a.answer());
      assertEquals(r.date(), c.date());
    }
    return a;
  }

  static CaseAnswer ask(String question) {
    return ask(question, records());
  }

  static List<String> cited(CaseAnswer a) {
    return a.citations().stream().map(CaseAnswer.Citation::recordId).toList();
  }

  @Test
  void whoIsAPersonOfTheCase() {
    CaseAnswer gp = ask("Who is Finn's GP?");
    assertTrue(gp.found());
    assertTrue(gp.answer().contains("Dr Priya Nair"), gp.answer());
    assertEquals(List.of("F7"), cited(gp));
    assertEquals("person", gp.understood().asks());
    assertEquals("GP", gp.understood().relation());
    // Two people share a relation: the question's own words say which.
    CaseAnswer teacher = ask("Who is Finn's class teacher?");
    assertTrue(teacher.answer().contains("Mark Tindall"), teacher.answer());
    CaseAnswer dsl = ask("Who is the designated safeguarding lead at Finn's school?");
    assertTrue(dsl.answer().contains("Helen Ashby"), dsl.answer());
    // Named with the role beside the name, in the records of the topic asked about.
    CaseAnswer chair = ask("Who chaired Finn's child protection conference?");
    assertTrue(chair.answer().contains("Ruth Okoro"), chair.answer());
    assertEquals(List.of("F9"), cited(chair));
  }

  @Test
  void aPersonNoRecordNamesIsNotFound() {
    for (String q : List.of("Who is Finn's youth worker?", "Who are Finn's foster carers?")) {
      CaseAnswer a = ask(q);
      assertFalse(a.found(), q);
      assertEquals("", a.answer());
      assertTrue(a.citations().isEmpty());
      assertNull(a.confidence());
    }
  }

  @Test
  void firstAndLastAreDatedAndCited() {
    CaseAnswer first = ask("When did Finn first go missing?");
    assertTrue(first.answer().startsWith("5 March 2022: "), first.answer());
    assertEquals(List.of("F2"), cited(first));
    assertEquals("first", first.understood().form());
    assertEquals("missing", first.understood().topic());
    // The return home interview two days later tells the same episode; the last is June's.
    CaseAnswer last = ask("When was Finn last reported missing?");
    assertTrue(last.answer().startsWith("20 June 2022: "), last.answer());
    assertEquals(List.of("F4"), cited(last));
    CaseAnswer referral = ask("When was the first referral about Finn received?");
    assertEquals(List.of("F1"), cited(referral));
    assertEquals("high", referral.confidence());
  }

  @Test
  void anAgencyTheQuestionNamesNarrowsTheRecords() {
    CaseAnswer any = ask("When was the most recent domestic abuse incident?");
    assertEquals(List.of("F6"), cited(any));
    CaseAnswer police = ask("When was the most recent police call-out for domestic abuse?");
    assertEquals(List.of("F5"), cited(police));
    assertEquals(List.of("police"), police.understood().narrowedBy());
  }

  @Test
  void aRecordFiledAsOneThingButTitledAnotherIsWhatItsTitleSays() {
    // F10 is filed as a core group but is a child in need review: no core group is recorded.
    CaseAnswer a = ask("When was the last core group meeting for Finn?");
    assertFalse(a.found(), a.answer());
  }

  @Test
  void yesNeedsARecordThatSaysSoAndNoIsNeverClaimed() {
    CaseAnswer missing = ask("Has Finn ever been reported missing?");
    assertTrue(missing.answer().startsWith("Yes. 5 March 2022: "), missing.answer());
    assertEquals("yes_no", missing.understood().asks());
    // "There is no child protection plan; a plan would be considered": not a yes.
    CaseAnswer plan = ask("Has Finn ever been subject to a child protection plan?");
    assertFalse(plan.found());
    assertTrue(plan.citations().isEmpty());
    assertEquals(
        "Nothing found: none of the 11 records you may see in this case says so.", plan.answer());
    // History is not news: "a history of self-harm" is no dated self-harm.
    CaseAnswer selfHarm = ask("When was Finn's self-harm first recorded?");
    assertFalse(selfHarm.found(), selfHarm.answer());
  }

  @Test
  void aListIsTheLatestSentenceThatHoldsIt() {
    CaseAnswer a = ask("Who is in Finn's safety network?");
    assertTrue(a.answer().contains("Joan Lowe"), a.answer());
    assertTrue(a.answer().contains("Sam Reid"), a.answer());
    assertEquals(List.of("F8"), cited(a));
    assertEquals("list", a.understood().asks());
  }

  @Test
  void anOpenQuestionIsAnsweredWithTheSentencesHoldingItsWords() {
    CaseAnswer a = ask("What did Finn say about the shouting at home?");
    assertTrue(a.found());
    assertEquals("open", a.understood().asks());
    assertEquals("F3", cited(a).getFirst());
    assertEquals("low", a.confidence());
    assertFalse(ask("What does Finn think about his new bicycle helmet?").found());
  }

  @Test
  void onlyTheRecordsGivenAreRead() {
    List<CaseRecord> without =
        records().stream().filter(r -> !r.id().equals("F7") && !r.id().equals("F1")).toList();
    CaseAnswer gp = ask("Who is Finn's GP?", without);
    assertFalse(gp.found(), gp.answer());
    assertEquals(9, gp.understood().recordsSearched());
  }
}
