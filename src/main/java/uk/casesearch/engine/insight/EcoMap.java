package uk.casesearch.engine.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * The people and places around a child, from the records a caller may see: the child at the centre,
 * a node for each real person or place, and the links between them, each pointing at the records
 * that support it.
 */
public record EcoMap(String caseId, Child child, List<Node> nodes, List<Edge> edges) {

  /** The child the case is about. */
  public record Child(String id, String name, LocalDate dob) {}

  /**
   * A person or place.
   *
   * @param id stable within the case (from the name)
   * @param kind family, professional, community, place or organisation
   * @param relation to the child, in a social worker's words ("maternal grandmother", "GP")
   * @param stance protective, risk, concern or neutral
   * @param mentions how often the records' text names them
   * @param records the records that name them (people rows and text)
   * @param evidence the sentences that show who they are and why the stance, each cited
   */
  public record Node(
      String id,
      String name,
      String kind,
      String relation,
      String stance,
      int mentions,
      List<String> records,
      LocalDate firstSeen,
      LocalDate lastSeen,
      List<Evidence> evidence) {}

  /**
   * A sentence copied from a record.
   *
   * @param start offsets of the sentence in the record's text
   * @param reason why it is shown ("named as Mum", "risk: arrested")
   */
  public record Evidence(
      String recordId, LocalDate date, String sentence, int start, int end, String reason) {}

  /**
   * A link: from the child (id {@code child}) to a node, or between two nodes.
   *
   * @param strength 0 to 1: how often, how recently and how directly the records name them
   */
  public record Edge(
      String from, String to, String relation, double strength, List<String> records) {}
}
