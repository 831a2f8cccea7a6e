package uk.casesearch.api;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

  @POST
  @RolesAllowed(Role.INGEST)
  @Consumes({MediaType.APPLICATION_JSON, NDJSON})
  @Operation(
      summary = "Add or replace records",
      description =
          "A JSON array (or one object) or NDJSON of records. Every record is validated; valid ones are"
              + " committed and their per-record errors reported. With wait=true the call returns once the"
              + " accepted records are searchable.")
  @APIResponse(
      responseCode = "200",
      description = "Some records were valid (and, with wait=true, are searchable)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IngestResponse.class)))
  @APIResponse(
      responseCode = "202",
      description = "wait=true, and the accepted records are not searchable yet",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IngestResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "No record was valid (code invalid_records, with each record's reason); other bad"
              + " input answers code and error alone",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RejectedResponse.class)))
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
    IngestResponse response = IngestResponse.from(outcome, wait);
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

  /**
   * The body of a batch in which no record was valid: an error, with the per-record reasons.
   *
   * @param code invalid_records
   * @param error what went wrong, for people
   * @param result the batch's outcome, each record's reason in {@code rejected}
   */
  @Schema(
      description = "A batch in which no record was valid: an error, with each record's reason.")
  public record RejectedResponse(String code, String error, IngestResponse result) {}

  @GET
  @Path("{id}")
  @RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
  @Operation(
      summary = "A record, text included; for a record made from a document, the document too",
      description =
          "With redact=true: a copy for a data subject (subject, by default the child) in which other people's names,"
              + " addresses, postcodes, phone numbers, e-mail addresses, NHS and National Insurance numbers and dates of"
              + " birth are masked, with a log of what class of data was masked where.")
  @APIResponse(
      responseCode = "200",
      description = "The record; with redact=true, its redacted copy",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(oneOf = {RecordResponse.class, RedactedRecordResponse.class})))
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
      return Response.ok(RedactedRecordResponse.from(subjectAccess.redact(record, who))).build();
    }
    RecordResponse.Document document =
        documents
            .storedOriginal(id)
            .map(o -> RecordResponse.Document.from(o, id, documents.attachments(id)))
            .orElse(null);
    return Response.ok(RecordResponse.from(record, document)).build();
  }

  @GET
  @Path("{id}/original")
  @RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The original file of a record that came from a document")
  @APIResponse(
      responseCode = "200",
      description = "The file, as it was sent",
      content = @Content(mediaType = MediaType.WILDCARD))
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
  @APIResponse(responseCode = "204", description = "Deleted")
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
