package uk.casesearch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.audit.AuditedRead;
import uk.casesearch.app.export.SubjectAccessService;
import uk.casesearch.app.indexing.DocumentService;
import uk.casesearch.app.indexing.IngestService;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.security.Role;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * Ingest, read and delete case records. Writers (the ingest role) read nothing back; readers see a
 * record only when its case is visible to them, and a record they may not see answers 404 exactly
 * as one that does not exist. Every view and download is audited.
 */
@Path("/api/v1/records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "records")
public class RecordResource {

  /** The media type of newline-delimited JSON. */
  public static final String NDJSON = "application/x-ndjson";

  private final IngestService ingest;
  private final DocumentService documents;
  private final ObjectMapper mapper;
  private final Access access;
  private final AuditLog audit;
  private final SubjectAccessService subjectAccess;
  private final AuditedRead reads;

  public RecordResource(
      IngestService ingest,
      DocumentService documents,
      ObjectMapper mapper,
      Access access,
      AuditLog audit,
      SubjectAccessService subjectAccess,
      AuditedRead reads) {
    this.subjectAccess = subjectAccess;
    this.reads = reads;
    this.ingest = ingest;
    this.documents = documents;
    this.mapper = mapper;
    this.access = access;
    this.audit = audit;
  }

  /** The outcome of an ingest request. */
  public record IngestResponse(
      int accepted, int unchanged, List<IngestService.Rejection> rejected, Boolean searchable) {}

  @POST
  @RolesAllowed(Role.INGEST)
  @Consumes({MediaType.APPLICATION_JSON, NDJSON})
  @Operation(
      summary = "Add or replace records",
      description =
          "A JSON array (or one object) or NDJSON of records. Every record is validated; valid ones are"
              + " committed and their per-record errors reported. With wait=true the call returns once the"
              + " accepted records are searchable.")
  public Response post(
      byte[] body,
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("wait") boolean wait)
      throws JsonProcessingException {
    String text = decodeUtf8(body);
    List<JsonNode> nodes = new ArrayList<>();
    List<IngestService.Rejection> unparsable = new ArrayList<>();
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(NDJSON)) {
      String[] lines = text.split("\r?\n", -1);
      int index = 0;
      for (String line : lines) {
        if (line.isBlank()) continue;
        try {
          nodes.add(mapper.readTree(line));
        } catch (JsonProcessingException e) {
          nodes.add(null);
          unparsable.add(
              new IngestService.Rejection(
                  index, null, "malformed JSON: " + e.getOriginalMessage()));
        }
        index++;
      }
    } else {
      JsonNode root = mapper.readTree(text); // malformed: ErrorMappers answers 400 bad_json
      if (root == null || root.isMissingNode())
        throw ApiException.badRequest("the body is empty: send a JSON array of records");
      if (root.isArray()) root.forEach(nodes::add);
      else nodes.add(root);
    }
    if (nodes.isEmpty()) throw ApiException.badRequest("no records in the body");
    IngestService.Outcome outcome = ingest.ingest(nodes, unparsable, wait);
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "ingest",
            null,
            null,
            java.util.Map.of(
                "accepted",
                outcome.accepted(),
                "unchanged",
                outcome.unchanged(),
                "rejected",
                outcome.rejected().size()),
            null));
    IngestResponse response =
        new IngestResponse(
            outcome.accepted(),
            outcome.unchanged(),
            outcome.rejected(),
            wait ? outcome.searchable() : null);
    if (outcome.accepted() == 0 && outcome.unchanged() == 0) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(new RejectedResponse("invalid_records", "no record was valid", response))
          .build();
    }
    return Response.status(
            wait && !outcome.searchable() ? Response.Status.ACCEPTED : Response.Status.OK)
        .entity(response)
        .build();
  }

  /** The body of a batch in which no record was valid: an error, with the per-record reasons. */
  public record RejectedResponse(String code, String error, IngestResponse result) {}

  /**
   * A record as GET shows it: its fields, and for a record made from a document, the document.
   *
   * @param record the record's own fields, shown at the top level
   * @param document the file it was made from; absent for a record sent as JSON
   */
  public record RecordView(
      @JsonUnwrapped CaseRecord record,
      @JsonInclude(JsonInclude.Include.NON_NULL) DocumentView document) {}

  /**
   * The file a record was made from.
   *
   * @param original where to fetch the file
   * @param parentId for an e-mail's attachment, the e-mail's record
   * @param attachments for an e-mail, its attachments' records
   */
  public record DocumentView(
      String fileName,
      String mediaType,
      long size,
      String sha256,
      boolean hasText,
      String original,
      String parentId,
      List<String> attachments) {}

  @GET
  @Path("{id}")
  @RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
  @Operation(
      summary = "A record, text included; for a record made from a document, the document too",
      description =
          "With redact=true: a copy for a data subject (subject, by default the child) in which other people's names,"
              + " addresses, postcodes, phone numbers, e-mail addresses, NHS and National Insurance numbers and dates of"
              + " birth are masked, with a log of what class of data was masked where.")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("redact") boolean redact,
      @QueryParam("subject") String subject) {
    if (subject != null && subject.length() > 512)
      throw ApiException.badRequest("subject is over 512 characters");
    CaseRecord record = visible(id, redact ? "view.redacted" : "view");
    if (redact) {
      String who =
          subject == null || subject.isBlank()
              ? subjectAccess.defaultSubject(record)
              : subject.strip();
      return Response.ok(subjectAccess.redact(record, who)).build();
    }
    DocumentView document =
        documents
            .storedOriginal(id)
            .map(
                o ->
                    new DocumentView(
                        o.fileName(),
                        o.mediaType(),
                        o.sizeBytes(),
                        o.sha256(),
                        o.hasText(),
                        "/api/v1/records/" + id + "/original",
                        o.parentId(),
                        documents.attachments(id)))
            .orElse(null);
    return Response.ok(new RecordView(record, document)).build();
  }

  @GET
  @Path("{id}/original")
  @RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The original file of a record that came from a document")
  public Response original(@PathParam("id") String id) {
    visible(id, "original");
    DocumentService.OriginalFile f =
        documents
            .original(id)
            .orElseThrow(
                () -> ApiException.notFound("no original file for a record with id '" + id + "'"));
    String name = f.original().fileName() == null ? id : f.original().fileName();
    return Response.ok(f.path().toFile(), f.original().mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.INGEST)
  @Operation(summary = "Delete a record from the store and both indexes")
  public Response delete(@PathParam("id") String id, @QueryParam("wait") boolean wait) {
    CaseRecord record = ingest.find(id).orElse(null);
    boolean deleted = ingest.delete(id, wait);
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "delete",
            record == null ? null : record.caseId(),
            id,
            java.util.Map.of("outcome", deleted ? "deleted" : "not_found"),
            null));
    if (!deleted) throw ApiException.notFound("no record with id '" + id + "'");
    return Response.noContent().build();
  }

  /**
   * The record, when it exists and the caller may see it; otherwise 404, the same either way. The
   * attempt is audited in both cases.
   */
  private CaseRecord visible(String id, String action) {
    return reads
        .record(id, action)
        .orElseThrow(() -> ApiException.notFound("no record with id '" + id + "'"));
  }

  private static String decodeUtf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ApiException(
          Response.Status.BAD_REQUEST, "bad_encoding", "the body is not valid UTF-8");
    }
  }
}
