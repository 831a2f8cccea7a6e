package uk.casesearch.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.casesearch.app.guidance.GuidanceService;
import uk.casesearch.app.indexing.DocumentService;
import uk.casesearch.app.security.Role;
import uk.casesearch.engine.guidance.GuidanceDocument;
import uk.casesearch.engine.ingest.doc.DocumentException;
import uk.casesearch.engine.insight.CaseAnswerer;

/**
 * The guidance collection: legislation, statutory guidance and local procedures a council loads
 * (Casesearch ships none), searched, asked and checked. Never mixed with case records, and open to
 * every practitioner: no case permissions apply.
 */
@Path("/api/v1/guidance")
@Tag(name = "guidance")
@RolesAllowed({Role.PRACTITIONER, Role.MANAGER})
public class GuidanceResource {

  /** The longest id a guidance document may have. */
  static final int MAX_ID = 128;

  private final GuidanceService guidance;
  private final DocumentService documents;
  private final ObjectMapper mapper;

  public GuidanceResource(
      GuidanceService guidance, DocumentService documents, ObjectMapper mapper) {
    this.guidance = guidance;
    this.documents = documents;
    this.mapper = mapper;
  }

  /** A document as listed: its metadata and how many paragraphs were read. */
  public record Listed(
      String id,
      String title,
      String issuer,
      String kind,
      String version,
      LocalDate date,
      int paragraphs) {

    static Listed of(GuidanceDocument d) {
      return new Listed(
          d.id(),
          d.title(),
          d.issuer(),
          d.kind().label(),
          d.version(),
          d.date(),
          d.paragraphs().size());
    }
  }

  @POST
  @Path("documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.INGEST, Role.ADMIN})
  @Operation(
      summary = "Add or replace a guidance document",
      description =
          "Multipart: a `file` part (PDF, Word, HTML, text ...) and a `metadata` part, JSON {id, title, issuer, kind:"
              + " statutory | local, version, date (ISO)}. The text is read from the file as a document record's"
              + " would be (the same limits and errors); its paragraphs keep their numbers as written.")
  @APIResponse(
      responseCode = "200",
      description = "The document as listed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Listed.class)))
  public Response add(
      @RestForm("file") FileUpload file,
      @RestForm("metadata")
          @Schema(implementation = GuidanceMetadata.class, type = SchemaType.OBJECT)
          String metadata)
      throws IOException {
    if (file == null || file.uploadedFile() == null)
      throw new ApiException(
          Response.Status.BAD_REQUEST,
          "missing_file",
          "send the document in a multipart part named 'file'");
    if (metadata == null || metadata.isBlank())
      throw new ApiException(
          Response.Status.BAD_REQUEST,
          "missing_metadata",
          "send the document's fields as JSON in a part named 'metadata'");
    GuidanceMetadata meta = GuidanceMetadata.parse(metadata, mapper);
    String extracted;
    try {
      extracted =
          documents.extractText(
              Files.readAllBytes(file.uploadedFile()), file.fileName(), file.contentType());
    } catch (DocumentException e) {
      throw new ApiException(
          DocumentResource.status(e.reason()), e.reason().code(), e.getMessage());
    }
    if (extracted == null || extracted.isBlank())
      throw new ApiException(
          Response.Status.BAD_REQUEST, "empty", "no text could be read from the file");
    GuidanceDocument d =
        guidance.store(
            new GuidanceDocument(
                meta.id(),
                meta.title(),
                meta.issuer(),
                GuidanceDocument.Kind.of(meta.kind()),
                meta.version(),
                meta.date(),
                extracted));
    return Response.ok(Listed.of(d), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("documents")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The guidance documents loaded")
  public List<Listed> list() {
    return guidance.library().documents().stream().map(Listed::of).toList();
  }

  /** The longest query or question, in characters. */
  static final int MAX_QUERY = CaseAnswerer.MAX_QUESTION;

  @GET
  @Path("search")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search the guidance",
      description =
          "The paragraphs that share the most of the query's words (rarer words weigh more), each with its document,"
              + " its paragraph number as written and its heading. limit 1-50 (default 10).")
  public GuidanceSearchResponse search(
      @QueryParam("q") String q, @QueryParam("limit") String limit) {
    String query = question(q, "q");
    int n = 10;
    if (limit != null && !limit.isBlank()) {
      try {
        n = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > 50)
        throw ApiException.badRequest("limit must be a whole number from 1 to 50");
    }
    return GuidanceSearchResponse.from(query, guidance.search(query, n));
  }

  /** A question to the guidance. */
  public record Question(String question) {}

  @POST
  @Path("ask")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask the guidance a question",
      description =
          "Answers with the sentence of a guidance paragraph that holds the most of the question's words, followed"
              + " by its document and paragraph number in brackets, statutory guidance first where two hold as much;"
              + " found=false with an empty answer when no sentence holds enough of them.")
  public GuidanceAnswerResponse ask(Question body) {
    String q = question(body == null ? null : body.question(), "question");
    return GuidanceAnswerResponse.from(guidance.ask(q));
  }

  private static String question(String q, String field) {
    if (q == null || q.isBlank()) throw ApiException.badRequest(field + " is required");
    String s = q.strip();
    if (s.length() > MAX_QUERY)
      throw ApiException.badRequest(field + " is over " + MAX_QUERY + " characters");
    return s;
  }

  /** A local procedure to check. */
  public record Check(String documentId) {}

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check a local procedure against the statutory guidance",
      description =
          "Every statement of the local procedure that sets a timescale, names who must take part or be told, sets a"
              + " threshold or cites a document, matched to the statutory sentence on the same subject, with both"
              + " quotes: contradiction=true where the local rule falls short of the guidance (a stricter local"
              + " rule that still meets it is no contradiction), and an explanation naming what differs.")
  public GuidanceCheckResponse check(Check body) {
    if (body == null || body.documentId() == null || body.documentId().isBlank())
      throw ApiException.badRequest("document_id is required");
    String id = body.documentId().strip();
    try {
      return GuidanceCheckResponse.from(
          id,
          guidance
              .check(id)
              .orElseThrow(
                  () -> ApiException.notFound("no guidance document with id '" + id + "'")));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
