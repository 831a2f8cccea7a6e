package uk.casesearch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.casesearch.app.indexing.DocumentService;
import uk.casesearch.engine.ingest.doc.DocumentException;

/** Ingest documents: a file and the record fields that describe it. */
@Path("/api/v1/documents")
@jakarta.annotation.security.RolesAllowed(uk.casesearch.app.security.Role.INGEST)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public class DocumentResource {

  private final DocumentService documents;
  private final ObjectMapper mapper;

  public DocumentResource(DocumentService documents, ObjectMapper mapper) {
    this.documents = documents;
    this.mapper = mapper;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Add or replace a record from a document",
      description =
          "Multipart: a `file` part (PDF, Word, RTF, OpenDocument, e-mail, HTML, text, images) and a `metadata` part"
              + " holding the record's fields as JSON, without text. The text is extracted from the file,"
              + " the original is kept (GET /api/v1/records/{id}/original) and the record is indexed. With"
              + " wait=true the call returns once the record is searchable.")
  @APIResponse(
      responseCode = "200",
      description = "The record was stored (and, with wait=true, is searchable)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentResponse.class)))
  @APIResponse(
      responseCode = "202",
      description = "wait=true, and the record is not searchable yet",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentResponse.class)))
  public Response post(
      @RestForm("file") FileUpload file,
      @RestForm("metadata") String metadata,
      @QueryParam("wait") boolean wait)
      throws IOException {
    if (file == null || file.uploadedFile() == null) {
      throw new ApiException(
          Response.Status.BAD_REQUEST,
          "missing_file",
          "send the document in a multipart part named 'file'");
    }
    if (metadata == null || metadata.isBlank()) {
      throw new ApiException(
          Response.Status.BAD_REQUEST,
          "missing_metadata",
          "send the record's fields as JSON in a part named 'metadata'");
    }
    // The form decoder replaces bytes that are not UTF-8 with U+FFFD: no metadata a caller means
    // holds one.
    if (metadata.indexOf('\uFFFD') >= 0) {
      throw new ApiException(
          Response.Status.BAD_REQUEST, "bad_encoding", "the metadata part is not valid UTF-8");
    }
    JsonNode fields;
    try {
      fields = mapper.readTree(metadata);
    } catch (JsonProcessingException e) {
      throw new ApiException(
          Response.Status.BAD_REQUEST,
          "bad_json",
          "metadata is not valid JSON: " + e.getOriginalMessage());
    }
    byte[] bytes = Files.readAllBytes(file.uploadedFile());
    try {
      String declared =
          file.contentType() == null
                  || file.charSet() == null
                  || file.contentType().contains("charset")
              ? file.contentType()
              : file.contentType() + "; charset=" + file.charSet();
      DocumentService.Result r = documents.ingest(bytes, file.fileName(), declared, fields, wait);
      return Response.status(
              wait && Boolean.FALSE.equals(r.searchable())
                  ? Response.Status.ACCEPTED
                  : Response.Status.OK)
          .entity(DocumentResponse.from(r))
          .build();
    } catch (DocumentService.InvalidMetadata e) {
      throw new ApiException(Response.Status.BAD_REQUEST, "invalid_metadata", e.getMessage());
    } catch (DocumentException e) {
      throw new ApiException(status(e.reason()), e.reason().code(), e.getMessage());
    }
  }

  static int status(DocumentException.Reason reason) {
    return switch (reason) {
      case TOO_LARGE -> 413;
      case UNSUPPORTED_TYPE -> 415;
      case EMPTY -> 400;
      // Unprocessable content: a well-formed request whose file cannot be read.
      case CORRUPT, TRUNCATED, ENCRYPTED, BAD_ENCODING, ZIP_BOMB, TOO_MUCH_TEXT, TIMEOUT -> 422;
    };
  }
}
