package uk.casesearch.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-written records for API tests: every case id is unique to the test that uses it. */
final class Fixtures {

  private Fixtures() {}

  static Map<String, Object> record(
      String id, String caseId, String type, String title, String date, String team, String text) {
    Map<String, Object> r = new java.util.LinkedHashMap<>();
    r.put("id", id);
    r.put("case_id", caseId);
    r.put(
        "child",
        Map.of("id", "child-" + caseId, "name", "Test Child " + caseId, "dob", "2014-05-01"));
    r.put("type", type);
    r.put("title", title);
    r.put("date", date);
    r.put("author", "A Worker");
    r.put("team", team);
    r.put("text", text);
    r.put(
        "people",
        List.of(
            Map.of(
                "name",
                "Jo Parent",
                "role",
                "Parent",
                "relation_to_child",
                "mother",
                "kind",
                "family"),
            Map.of(
                "name",
                "Dr Lee",
                "role",
                "GP",
                "relation_to_child",
                "GP",
                "kind",
                "professional")));
    r.put("restricted", false);
    r.put("source_system", "test");
    return r;
  }

  /** A small case with varied records; only the first names neglect, by describing it. */
  static List<Map<String, Object>> neglectCase(String prefix, String caseId) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(
        record(
            prefix + "1",
            caseId,
            "case_note",
            "Unannounced home visit",
            "2024-01-10",
            "Safeguarding Team 1",
            "On arrival there was no food in the cupboards or the fridge. The children were wearing the same dirty"
                + " clothes as at the last visit and the youngest had a soiled nappy. The house smelt strongly of urine"
                + " and there were dog faeces on the kitchen floor. Mum said she had not been able to get to the shops."));
    out.add(
        record(
            prefix + "2",
            caseId,
            "school_report",
            "Termly school report",
            "2024-02-15",
            "Education",
            "Attendance this term is 97%. Jamie enjoys mathematics and has made good progress in reading. He plays"
                + " football at lunchtime and has a settled group of friends."));
    out.add(
        record(
            prefix + "3",
            caseId,
            "safety_plan",
            "Safety plan",
            "2024-03-01",
            "Safeguarding Team 1",
            "Safety plan agreed with the family. Mum will not allow her former partner into the home. If he arrives"
                + " she will call 999. Grandmother will collect the children from school on Tuesdays and Thursdays."));
    out.add(
        record(
            prefix + "4",
            caseId,
            "health_report",
            "Dental check",
            "2023-11-20",
            "Health",
            "Routine dental examination. Two fillings completed. Advice given on brushing twice a day."));
    out.add(
        record(
            prefix + "5",
            caseId,
            "letter",
            "Letter about holiday club",
            "2024-07-01",
            "Early Help",
            "Jamie has been offered a place at the summer holiday club at the leisure centre, with swimming and"
                + " art activities every morning."));
    out.add(
        record(
            prefix + "6",
            caseId,
            "case_note",
            "Telephone call with housing",
            "2024-04-02",
            "Assessment Team",
            "Housing officer confirmed the repair to the boiler has been booked and the damp in the bedroom will be"
                + " treated next month."));
    return out;
  }
}
