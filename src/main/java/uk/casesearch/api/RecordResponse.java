package uk.casesearch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * A record as GET answers it: the API's own type, mapped from the engine's {@link CaseRecord} (and,
 * for a record made from a document, the store's {@link RecordStore.Original}), so that those types
 * can change without changing what clients read.
 *
 * @param id the source system's id
 * @param caseId the case the record belongs to
 * @param child the child the case is about (may be null)
 * @param type the record type, e.g. {@code case_note} (may be null)
 * @param title a short title (may be null)
 * @param date the record's date (may be null)
 * @param author who wrote it (may be null)
 * @param team the owning team (may be null)
 * @param text the full text
 * @param people the people and places the record names
 * @param restricted whether it is a sealed record (court, adoption) that needs a restricted grant
 * @param sourceSystem where the record came from (may be null)
 * @param document the file it was made from; absent for a record sent as JSON
 */
@Schema(
    description =
        "A case record, text included; for a record made from a document, the document too.")
public record RecordResponse(
    String id,
    String caseId,
    Child child,
    String type,
    String title,
    LocalDate date,
    String author,
    String team,
    String text,
    List<Person> people,
    boolean restricted,
    String sourceSystem,
    @JsonInclude(JsonInclude.Include.NON_NULL) Document document) {

  /**
   * The child a case is about.
   *
   * @param id the child's id
   * @param name the child's name
   * @param dob the child's date of birth (may be null)
   */
  @Schema(name = "RecordChild", description = "The child a case is about.")
  public record Child(String id, String name, LocalDate dob) {

    static Child from(CaseRecord.Child c) {
      return c == null ? null : new Child(c.id(), c.name(), c.dob());
    }
  }

  /**
   * A person or place the record names.
   *
   * @param name their name
   * @param role their role, as the record gives it
   * @param relationToChild their relation to the child
   * @param kind family, professional, community, place or organisation
   */
  @Schema(name = "RecordPerson", description = "A person or place a record names.")
  public record Person(String name, String role, String relationToChild, String kind) {

    static Person from(CaseRecord.Person p) {
      return new Person(p.name(), p.role(), p.relationToChild(), p.kind());
    }
  }

  /**
   * The file a record was made from.
   *
   * @param fileName the file's name as sent (may be null)
   * @param mediaType the file's detected media type
   * @param size its size in bytes
   * @param sha256 the SHA-256 of its bytes, in hex
   * @param hasText whether any text was read from it
   * @param original where to fetch the file
   * @param parentId for an e-mail's attachment, the e-mail's record; otherwise null
   * @param attachments for an e-mail, its attachments' records
   */
  @Schema(name = "RecordDocument", description = "The file a record was made from.")
  public record Document(
      String fileName,
      String mediaType,
      long size,
      String sha256,
      boolean hasText,
      String original,
      String parentId,
      List<String> attachments) {

    /**
     * The document of record {@code recordId}, stored as {@code o}, with its attachments' records.
     */
    static Document from(RecordStore.Original o, String recordId, List<String> attachments) {
      return new Document(
          o.fileName(),
          o.mediaType(),
          o.sizeBytes(),
          o.sha256(),
          o.hasText(),
          "/api/v1/records/" + recordId + "/original",
          o.parentId(),
          attachments);
    }
  }

  /** The API's form of a record, with the document it was made from (null: none). */
  static RecordResponse from(CaseRecord r, Document document) {
    return new RecordResponse(
        r.id(),
        r.caseId(),
        Child.from(r.child()),
        r.type(),
        r.title(),
        r.date(),
        r.author(),
        r.team(),
        r.text(),
        ApiLists.map(r.people(), Person::from),
        r.restricted(),
        r.sourceSystem(),
        document);
  }
}
