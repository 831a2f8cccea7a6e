package uk.casesearch.engine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordParserTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final RecordParser parser = new RecordParser(RecordParser.Limits.defaults());

  private RecordParser.Result parse(String json) throws Exception {
    return parser.parse(mapper.readTree(json), true);
  }

  @Test
  void parsesAFullRecord() throws Exception {
    RecordParser.Result r =
        parse(
            """
            {"id":"R1","case_id":"C1","child":{"id":"K1","name":"Sam","dob":"2015-01-02"},
             "type":"case_note","title":"Visit","date":"2024-03-05","author":"A","team":"T",
             "text":"Seen at home.","people":[{"name":"Jo","role":"Parent","relation_to_child":"mother","kind":"family"},
               {"name":"Vale Recovery","role":"Drug service","relation_to_child":"mother's drug service","kind":"organisation"}],
             "restricted":true,"source_system":"S"}""");
    assertTrue(r.ok(), () -> r.errors().toString());
    CaseRecord c = r.record();
    assertEquals("R1", c.id());
    assertEquals(LocalDate.of(2015, 1, 2), c.child().dob());
    assertEquals(LocalDate.of(2024, 3, 5), c.date());
    assertEquals("mother", c.people().getFirst().relationToChild());
    assertEquals(
        "organisation", c.people().get(1).kind(), "a service, school or team is an organisation");
    assertTrue(c.restricted());
    assertEquals("K1", c.meta().childId());
  }

  @Test
  void reportsEveryProblemAtOnce() throws Exception {
    RecordParser.Result r =
        parse(
            """
            {"id":"R 1","text":5,"date":"05/03/2024","restricted":"yes","people":[{"kind":"alien"}],"colour":"red"}""");
    assertFalse(r.ok());
    String all = String.join("\n", r.errors());
    for (String expected :
        new String[] {
          "unknown field 'colour'",
          "id must not contain spaces",
          "case_id is required",
          "text must be a string",
          "date must be an ISO date",
          "restricted must be true or false",
          "people[0].name is required",
          "people[0].kind must be one of"
        }) {
      assertTrue(all.contains(expected), "missing '" + expected + "' in:\n" + all);
    }
    assertEquals("R 1", r.id());
  }

  @Test
  void rejectsNonObjectsAndMissingText() throws Exception {
    assertFalse(parse("[1,2]").ok());
    assertFalse(parse("\"x\"").ok());
    RecordParser.Result r = parse("{\"id\":\"a\",\"case_id\":\"c\"}");
    assertEquals("text is required", r.errors().getFirst());
    assertTrue(
        parser.parse(mapper.readTree("{\"id\":\"a\",\"case_id\":\"c\"}"), false).ok(),
        "documents need no text");
  }

  @Test
  void enforcesTextLimit() throws Exception {
    RecordParser small = new RecordParser(new RecordParser.Limits(128, 10, 5));
    RecordParser.Result r =
        small.parse(
            mapper.readTree("{\"id\":\"a\",\"case_id\":\"c\",\"text\":\"01234567890\"}"), true);
    assertFalse(r.ok());
    assertTrue(r.errors().getFirst().contains("over the limit of 10"));
    assertNull(r.record());
  }
}
