package uk.casesearch.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.engine.insight.EcoMap;

/**
 * A case's eco-map as the API answers it: the API's own type, mapped from the engine's {@link
 * EcoMap}, so that the engine's types can change without changing what clients read.
 *
 * @param caseId the case
 * @param child the child the case is about, at the centre of the map (null when no record names the
 *     child)
 * @param nodes the people and places around the child, one node for each real person or place
 * @param edges the links: from the child to each node, and between people the records name together
 */
@Schema(
    description =
        "The people and places around a child, from the records the caller may see, and the links"
            + " between them.")
public record EcoMapResponse(String caseId, Child child, List<Node> nodes, List<Edge> edges) {

  /**
   * The child a case is about.
   *
   * @param id the child's id
   * @param name the child's name
   * @param dob the child's date of birth (may be null)
   */
  @Schema(name = "EcoMapChild", description = "The child at the centre of the eco-map.")
  public record Child(String id, String name, LocalDate dob) {

    static Child from(EcoMap.Child c) {
      return c == null ? null : new Child(c.id(), c.name(), c.dob());
    }
  }

  /**
   * A person or place.
   *
   * @param id stable within the case (made from the name); the id edges point at
   * @param name the name as the records give it
   * @param kind family, professional, community, place or organisation
   * @param relation the relation to the child, in a social worker's words ("maternal grandmother",
   *     "GP")
   * @param stance protective, risk, concern or neutral
   * @param mentions how often the records' text names them
   * @param records the records that name them (people rows and text)
   * @param firstSeen the date of the first record that names them (may be null)
   * @param lastSeen the date of the last record that names them (may be null)
   * @param evidence the sentences, copied from records, that show who they are and why the stance
   */
  @Schema(name = "EcoMapNode", description = "A person or place around the child.")
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
      List<Evidence> evidence) {

    static Node from(EcoMap.Node n) {
      return new Node(
          n.id(),
          n.name(),
          n.kind(),
          n.relation(),
          n.stance(),
          n.mentions(),
          n.records(),
          n.firstSeen(),
          n.lastSeen(),
          ApiLists.map(n.evidence(), Evidence::from));
    }
  }

  /**
   * A sentence copied from a record.
   *
   * @param recordId the record it comes from
   * @param date the record's date (may be null)
   * @param sentence the sentence, as the record holds it
   * @param start the sentence's start offset in the record's text
   * @param end the sentence's end offset in the record's text
   * @param reason why it is shown ("named as Mum", "risk: arrested")
   */
  @Schema(name = "EcoMapEvidence", description = "A sentence of a record that shows a node.")
  public record Evidence(
      String recordId, LocalDate date, String sentence, int start, int end, String reason) {

    static Evidence from(EcoMap.Evidence e) {
      return new Evidence(e.recordId(), e.date(), e.sentence(), e.start(), e.end(), e.reason());
    }
  }

  /**
   * A link: from the child (id {@code child}) to a node, or between two nodes.
   *
   * @param from the id of one end: {@code child} or a node's id
   * @param to the id of the other end: a node's id
   * @param relation what the link is, in a social worker's words
   * @param strength 0 to 1: how often, how recently and how directly the records name them
   * @param records the records that support the link
   */
  @Schema(name = "EcoMapEdge", description = "A link between the child and a node, or two nodes.")
  public record Edge(
      String from, String to, String relation, double strength, List<String> records) {

    static Edge from(EcoMap.Edge e) {
      return new Edge(e.from(), e.to(), e.relation(), e.strength(), e.records());
    }
  }

  /** The API's form of an engine eco-map. */
  static EcoMapResponse from(EcoMap m) {
    return new EcoMapResponse(
        m.caseId(),
        Child.from(m.child()),
        ApiLists.map(m.nodes(), Node::from),
        ApiLists.map(m.edges(), Edge::from));
  }
}
