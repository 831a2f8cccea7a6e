package uk.casesearch.engine.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.casesearch.engine.ingest.CaseRecord;

/** Eco-map and chronology of one invented family, from finding to the drawn map. */
class InsightTest {

  private static final InsightLexicon LEXICON = InsightLexicon.shipped();
  private static final CaseRecord.Child CHILD =
      new CaseRecord.Child("C-1", "Lily Moss", LocalDate.of(2015, 3, 1));
  private static final CaseRecord.Person MUM =
      new CaseRecord.Person("Kerry Moss", "Parent", "mother", "family");
  private static final CaseRecord.Person PARTNER =
      new CaseRecord.Person("Dean Platt", "Mother's partner", "step-father", "family");
  private static final CaseRecord.Person GRAN =
      new CaseRecord.Person("Sandra Moss", "Relative", "maternal grandmother", "family");
  private static final CaseRecord.Person FRIEND =
      new CaseRecord.Person("Tom Hurst", "Family friend", "family friend", "community");
  private static final CaseRecord.Person GP =
      new CaseRecord.Person("Dr Anita Rao", "GP", "GP", "professional");

  static CaseRecord record(
      String id, String type, String title, String date, String text, CaseRecord.Person... people) {
    return new CaseRecord(
        id,
        "CASE-1",
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

  static List<CaseRecord> family() {
    return List.of(
        record(
            "R1",
            "police_notification",
            "Police notification",
            "2024-01-05",
            "Police attended after a 999 call from a neighbour. Dean Platt was arrested at the scene on"
                + " suspicion of assault. Dean had punched Ms Moss during an argument about money. Lily"
                + " was in the house.",
            MUM,
            PARTNER),
        record(
            "R2",
            "case_note",
            "Home visit",
            "2024-01-07",
            "I visited Lily and Mum at home. Mum said the domestic abuse has got worse and Dean punched"
                + " her on Friday. Lily said she goes to Gran when the shouting starts. Dr Rao has"
                + " prescribed Mum medication for her sleep.",
            MUM,
            PARTNER,
            GRAN,
            GP),
        record(
            "R3",
            "safety_plan",
            "Safety plan",
            "2024-02-10",
            "SAFETY PLAN\nSafety network: Sandra Moss (maternal grandmother), Tom Hurst (family friend)\n"
                + "If Kerry feels unsafe she will ring Sandra, who will come round.",
            MUM,
            GRAN,
            FRIEND),
        record(
            "R4",
            "cp_conference",
            "Initial child protection conference minutes",
            "2024-03-01",
            "Attendees: Sam Worker (Social Worker); Priya Kaur (Health Visitor)\n"
                + "Dean Platt assaulted Ms Moss in January and was arrested; he was bailed.",
            MUM,
            PARTNER),
        record(
            "R5",
            "case_note",
            "Visit",
            "2024-05-02",
            "Lily went missing overnight after an argument and was found by police the next morning."
                + " Lily did not return home until 10am and would not say where she had been.",
            MUM),
        record(
            "R6",
            "case_note",
            "Visit",
            "2024-06-02",
            "Lily has a history of going missing in the past. Today she was cheerful and showed me her"
                + " drawings. Mum and Lily baked a cake together.",
            MUM));
  }

  static List<CaseSource> sources(List<CaseRecord> records) {
    InsightFinder finder = new InsightFinder(LEXICON);
    List<CaseSource> out = new ArrayList<>();
    for (CaseRecord r : records) {
      // Through the stored form, as the service reads it.
      RecordInsight stored = RecordInsight.fromJson(finder.find(r).toJson());
      out.add(new CaseSource(r, stored));
    }
    return out;
  }

  private static EcoMap.Node node(EcoMap map, String name) {
    return map.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
  }

  @Test
  void oneNodePerPersonWithRelationsFromTheRows() {
    EcoMap map = new EcoMapBuilder(LEXICON).build("CASE-1", sources(family()));
    EcoMap.Node gran = node(map, "Sandra Moss");
    assertNotNull(gran, map.nodes().toString());
    assertEquals("maternal grandmother", gran.relation());
    // "Gran" in R2 is her: no second grandmother node, and R2 is among her records.
    assertTrue(gran.records().contains("R2"), gran.records().toString());
    assertEquals(1, map.nodes().stream().filter(n -> n.relation().contains("grandmother")).count());
    EcoMap.Node mum = node(map, "Kerry Moss");
    assertEquals("mother", mum.relation());
    // "Ms Moss" and "Mum" resolve to the mother, not to the grandmother who shares the surname.
    assertTrue(
        mum.records().containsAll(List.of("R1", "R2", "R4", "R5")), mum.records().toString());
    assertEquals("GP", node(map, "Dr Anita Rao").relation());
    Set<String> names = map.nodes().stream().map(EcoMap.Node::name).collect(Collectors.toSet());
    assertFalse(names.contains("Lily Moss"), "the child is the centre, not a node");
    assertEquals(names.size(), map.nodes().size(), "no two nodes share a name");
    // A person named only in the text (the health visitor in the minutes' attendees) is a node.
    EcoMap.Node hv = node(map, "Priya Kaur");
    assertNotNull(hv, names.toString());
    assertEquals("health visitor", hv.relation());
    assertEquals("professional", hv.kind());
    assertEquals(List.of("R4"), hv.records());
  }

  @Test
  void stancesFromTheSentencesAroundEachPerson() {
    EcoMap map = new EcoMapBuilder(LEXICON).build("CASE-1", sources(family()));
    EcoMap.Node dean = node(map, "Dean Platt");
    assertEquals("risk", dean.stance());
    assertTrue(dean.evidence().stream().anyMatch(e -> e.reason().startsWith("risk:")));
    assertEquals("protective", node(map, "Sandra Moss").stance());
    assertEquals("protective", node(map, "Tom Hurst").stance());
    assertEquals("neutral", node(map, "Dr Anita Rao").stance(), "professionals are never a risk");
    assertFalse(node(map, "Kerry Moss").stance().equals("risk"), "the victim is not the risk");
  }

  @Test
  void everyEvidenceSentenceIsCopiedFromItsRecord() {
    List<CaseRecord> records = family();
    Map<String, CaseRecord> byId =
        records.stream().collect(Collectors.toMap(CaseRecord::id, r -> r));
    EcoMap map = new EcoMapBuilder(LEXICON).build("CASE-1", sources(records));
    int checked = 0;
    for (EcoMap.Node n : map.nodes()) {
      for (EcoMap.Evidence e : n.evidence()) {
        assertEquals(byId.get(e.recordId()).text().substring(e.start(), e.end()), e.sentence());
        assertEquals(byId.get(e.recordId()).date(), e.date());
        checked++;
      }
    }
    assertTrue(checked >= map.nodes().size(), "every node shows some evidence");
    for (EcoMap.Edge e : map.edges()) assertFalse(e.records().isEmpty(), e.toString());
  }

  @Test
  void oneRowPerEventWithEveryFirstHandSource() {
    List<CaseRecord> records = family();
    Chronology c =
        new ChronologyBuilder(LEXICON).build("CASE-1", sources(records), null, null, Set.of());
    List<Chronology.Row> da =
        c.rows().stream().filter(r -> r.category().equals("domestic_abuse")).toList();
    assertEquals(1, da.size(), c.rows().toString());
    assertEquals(LocalDate.of(2024, 1, 5), da.getFirst().date());
    assertEquals("8y 10m", da.getFirst().age());
    assertEquals(
        List.of("R1", "R2"),
        da.getFirst().sources().stream().map(Chronology.Source::recordId).toList());
    assertTrue(records.getFirst().text().contains(da.getFirst().description()));
    // The conference retells the incident: a milestone row, not a second incident.
    Chronology.Row icpc =
        c.rows().stream()
            .filter(r -> "R4".equals(r.sources().getFirst().recordId()))
            .findFirst()
            .orElseThrow();
    assertEquals("child_protection_conference", icpc.milestone());
    assertEquals("milestone", icpc.significance());
    assertEquals(
        1,
        c.rows().stream().filter(r -> r.category().equals("missing")).count(),
        "history of going missing is no new row");
    for (Chronology.Row r : c.rows())
      for (Chronology.Source s : r.sources()) assertNotNull(s.title());
  }

  @Test
  void chronologyFiltersByDateAndCategory() {
    ChronologyBuilder b = new ChronologyBuilder(LEXICON);
    List<CaseSource> s = sources(family());
    List<Chronology.Row> missing = b.build("CASE-1", s, null, null, Set.of("missing")).rows();
    assertEquals(1, missing.size());
    assertEquals(LocalDate.of(2024, 5, 2), missing.getFirst().date());
    List<Chronology.Row> spring =
        b.build("CASE-1", s, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 30), Set.of()).rows();
    assertTrue(
        spring.stream()
            .allMatch(
                r ->
                    !r.date().isBefore(LocalDate.of(2024, 2, 1))
                        && !r.date().isAfter(LocalDate.of(2024, 4, 30))));
    assertEquals(1, spring.size(), spring.toString());
  }

  @Test
  void aPersonOnlyARestrictedRecordNamesIsAbsentWithoutIt() {
    List<CaseRecord> records = new ArrayList<>(family());
    CaseRecord sealed =
        new CaseRecord(
            "R9",
            "CASE-1",
            CHILD,
            "court_report",
            "Sealed statement",
            LocalDate.of(2024, 7, 1),
            "Sam Worker",
            "Team A",
            "Quentin Vale was arrested for assault and punched a police officer.",
            List.of(new CaseRecord.Person("Quentin Vale", "Parent", "birth father", "family")),
            true,
            "test");
    records.add(sealed);
    List<CaseSource> all = sources(records);
    assertNotNull(node(new EcoMapBuilder(LEXICON).build("CASE-1", all), "Quentin Vale"));
    List<CaseSource> visible = all.stream().filter(s -> !s.record().restricted()).toList();
    EcoMap map = new EcoMapBuilder(LEXICON).build("CASE-1", visible);
    assertNull(node(map, "Quentin Vale"));
    assertFalse(map.toString().contains("R9"));
  }

  @Test
  void theSvgIsWellFormedAndSaysWhoIsThereInWords() throws Exception {
    EcoMap map = new EcoMapBuilder(LEXICON).build("CASE-1", sources(family()));
    String svg = EcoMapSvg.draw(map);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(
        "Eco-map for Lily Moss", doc.getElementsByTagName("title").item(0).getTextContent());
    String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
    assertTrue(desc.contains("Dean Platt (step-father, risk)"), desc);
    // Two labels a node (name, relation), the child's, and the key's nine.
    assertEquals(2 * map.nodes().size() + 1 + 9, doc.getElementsByTagName("text").getLength());
  }

  @Test
  void anEmptyCaseHasAnEmptyMapAndChronology() {
    assertTrue(new EcoMapBuilder(LEXICON).build("CASE-0", List.of()).nodes().isEmpty());
    assertTrue(
        new ChronologyBuilder(LEXICON)
            .build("CASE-0", List.of(), null, null, Set.of())
            .rows()
            .isEmpty());
    assertTrue(
        EcoMapSvg.draw(new EcoMapBuilder(LEXICON).build("CASE-0", List.of()))
            .contains("name nobody"));
  }
}
