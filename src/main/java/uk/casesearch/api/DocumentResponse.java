package uk.casesearch.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.casesearch.app.indexing.DocumentService;

/**
 * A document ingested: the API's own type, mapped from the service's {@link
 * DocumentService.Result}, so that it can change without changing what clients read.
 *
 * @param id the record id
 * @param mediaType the file's detected media type
 * @param hasText whether any text was extracted
 * @param characters the length of the extracted text
 * @param unchanged whether the record was already stored with this content
 * @param searchable whether it is searchable; null unless wait=true
 * @param attachments an e-mail's attachments' records ({@code <id>~att-1}, ...), in order
 * @param warnings what was read only in part or not at all (never content)
 */
@Schema(description = "A document ingested as a record.")
public record DocumentResponse(
    String id,
    String mediaType,
    boolean hasText,
    int characters,
    boolean unchanged,
    Boolean searchable,
    List<String> attachments,
    List<String> warnings) {

  /** The API's form of a document's ingest. */
  static DocumentResponse from(DocumentService.Result r) {
    return new DocumentResponse(
        r.id(),
        r.mediaType(),
        r.hasText(),
        r.characters(),
        r.unchanged(),
        r.searchable(),
        r.attachments(),
        r.warnings());
  }
}
