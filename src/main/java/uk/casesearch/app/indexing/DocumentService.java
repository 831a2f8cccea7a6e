package uk.casesearch.app.indexing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.store.OriginalFiles;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.ingest.doc.DocumentException;
import uk.casesearch.engine.ingest.doc.DocumentExtractor;

/**
 * Ingests documents: extracts the text, keeps the original file, stores the record with a link to
 * it in one transaction, and queues the record for indexing, as records are.
 */
@ApplicationScoped
public class DocumentService {

  private final DocumentExtractor.Config extractorConfig;
  private DocumentExtractor extractor;
  private final OriginalFiles files;
  private final RecordStore store;
  private final IndexingService indexing;
  private final IngestService ingest;

  public DocumentService(
      CasesearchConfig config,
      OriginalFiles files,
      RecordStore store,
      IndexingService indexing,
      IngestService ingest) {
    CasesearchConfig.Documents d = config.documents();
    // A document may not hold more text than a record may.
    int maxChars = Math.min(d.maxChars(), config.ingest().maxTextChars());
    this.extractorConfig = new DocumentExtractor.Config(d.maxBytes(), maxChars, d.parseTimeout());
    this.files = files;
    this.store = store;
    this.indexing = indexing;
    this.ingest = ingest;
  }

  /**
   * What became of a document.
   *
   * @param id the record id
   * @param mediaType the detected type
   * @param hasText whether any text was extracted
   * @param characters the length of the extracted text
   * @param unchanged whether the record was already stored with this content
   * @param searchable whether it is searchable (null when not waited for)
   * @param attachments an e-mail's attachments' records ({@code <id>~att-1}, ...), in order
   * @param warnings what was read only in part or not at all (never content)
   */
  public record Result(
      String id,
      String mediaType,
      boolean hasText,
      int characters,
      boolean unchanged,
      Boolean searchable,
      List<String> attachments,
      List<String> warnings) {}

  /** Joins an e-mail's record id and an attachment's number: allowed in ids, safe in a URL path. */
  public static final String ATTACHMENT_SEPARATOR = "~att-";

  /** The record type of an e-mail's attachment. */
  public static final String ATTACHMENT_TYPE = "attachment";

  /** Metadata that is not a valid record, with the reasons. */
  public static final class InvalidMetadata extends Exception {
    public InvalidMetadata(String message) {
      super(message);
    }
  }

  /**
   * Ingests one document.
   *
   * @param metadata the record fields except text
   * @throws DocumentException if the file cannot be read (nothing is stored)
   * @throws InvalidMetadata if the metadata is not a valid record (nothing is stored)
   * @throws IOException if the original cannot be written
   */
  public Result ingest(byte[] bytes, String fileName, JsonNode metadata, boolean wait)
      throws DocumentException, InvalidMetadata, IOException {
    return ingest(bytes, fileName, null, metadata, wait);
  }

  /**
   * Ingests one document sent with a media type (of which only the charset counts: a text file
   * declared UTF-8 must be UTF-8).
   *
   * @param declaredType the media type the sender gave the file (may be null)
   * @throws DocumentException if the file cannot be read (nothing is stored)
   * @throws InvalidMetadata if the metadata is not a valid record (nothing is stored)
   * @throws IOException if the original cannot be written
   */
  public Result ingest(
      byte[] bytes, String fileName, String declaredType, JsonNode metadata, boolean wait)
      throws DocumentException, InvalidMetadata, IOException {
    Stored s = store(bytes, fileName, declaredType, metadata);
    if (!wait) return s.result();
    Result r = s.result();
    return new Result(
        r.id(),
        r.mediaType(),
        r.hasText(),
        r.characters(),
        r.unchanged(),
        ingest.await(s.indexed()),
        r.attachments(),
        r.warnings());
  }

  /** A stored document and when it is searchable. */
  public record Stored(Result result, CompletableFuture<Void> indexed) {}

  /**
   * Reads, keeps and stores a document and queues it for indexing, without waiting.
   *
   * @throws DocumentException if the file cannot be read (nothing is stored)
   * @throws InvalidMetadata if the metadata is not a valid record (nothing is stored)
   * @throws IOException if the original cannot be written
   */
  public Stored store(byte[] bytes, String fileName, JsonNode metadata)
      throws DocumentException, InvalidMetadata, IOException {
    return store(bytes, fileName, null, metadata);
  }

  /**
   * Reads, keeps and stores a document sent with a media type and queues it for indexing, without
   * waiting.
   *
   * @param declaredType the media type the sender gave the file (may be null)
   * @throws DocumentException if the file cannot be read (nothing is stored)
   * @throws InvalidMetadata if the metadata is not a valid record (nothing is stored)
   * @throws IOException if the original cannot be written
   */
  public Stored store(byte[] bytes, String fileName, String declaredType, JsonNode metadata)
      throws DocumentException, InvalidMetadata, IOException {
    if (!(metadata instanceof ObjectNode fields))
      throw new InvalidMetadata("metadata must be a JSON object");
    if (fields.has("text"))
      throw new InvalidMetadata("metadata must not carry text: the text is read from the file");
    // Check the metadata before the (slower) extraction.
    RecordParser.Result check = ingest.parser().parse(fields, false);
    if (!check.ok()) throw new InvalidMetadata(String.join("; ", check.errors()));
    // An e-mail's attachments become records of their own, linked to the e-mail's.
    DocumentExtractor.Extracted extracted =
        extractor().extractSeparately(bytes, fileName, declaredType);
    CaseRecord record = withText(fields, extracted.text(), extracted.title());
    if (!extracted.files().isEmpty()) {
      int longest =
          record.id().length()
              + ATTACHMENT_SEPARATOR.length()
              + String.valueOf(extracted.files().size()).length();
      int max = RecordParser.Limits.defaults().maxIdLength();
      if (longest > max) {
        throw new InvalidMetadata(
            "id is too long for an e-mail with attachments: their ids ("
                + record.id()
                + ATTACHMENT_SEPARATOR
                + "1, ...) would be over "
                + max
                + " characters");
      }
    }
    // Files first: a committed record never names a file that is not on disk.
    List<RecordStore.Document> documents = new ArrayList<>();
    documents.add(
        new RecordStore.Document(
            record,
            new RecordStore.Original(
                files.store(bytes),
                fileName,
                extracted.mediaType(),
                bytes.length,
                extracted.hasText())));
    List<String> attachmentIds = new ArrayList<>();
    int n = 0;
    for (DocumentExtractor.Attachment a : extracted.files()) {
      String id = record.id() + ATTACHMENT_SEPARATOR + ++n;
      DocumentExtractor.Extracted ad = a.document();
      ObjectNode attachmentFields = fields.deepCopy();
      attachmentFields.put("id", id);
      attachmentFields.put("type", ATTACHMENT_TYPE);
      attachmentFields.put("title", a.fileName());
      documents.add(
          new RecordStore.Document(
              withText(attachmentFields, ad.text(), null),
              new RecordStore.Original(
                  files.store(a.bytes()),
                  a.fileName(),
                  ad.mediaType(),
                  a.bytes().length,
                  ad.hasText(),
                  record.id())));
      attachmentIds.add(id);
    }
    RecordStore.UpsertResult stored = store.upsertDocuments(documents);
    CompletableFuture<Void> indexed = indexing.submit(stored.changed());
    List<String> warnings = new ArrayList<>(extracted.warnings());
    for (int i = 0; i < extracted.files().size(); i++) {
      for (String w : extracted.files().get(i).document().warnings())
        warnings.add(attachmentIds.get(i) + ": " + w);
    }
    return new Stored(
        new Result(
            record.id(),
            extracted.mediaType(),
            extracted.hasText(),
            extracted.text().length(),
            stored.changed().isEmpty(),
            null,
            attachmentIds,
            warnings),
        indexed);
  }

  /**
   * The record the metadata describes, with the extracted text (and title, if the metadata has
   * none).
   */
  private CaseRecord withText(ObjectNode fields, String text, String title) throws InvalidMetadata {
    ObjectNode withText = fields.deepCopy();
    withText.put("text", text);
    if (!withText.hasNonNull("title") && title != null) withText.put("title", title);
    RecordParser.Result parsed = ingest.parser().parse(withText, false);
    if (!parsed.ok()) throw new InvalidMetadata(String.join("; ", parsed.errors()));
    return parsed.record();
  }

  /**
   * What is known of a record's original file (whether or not the file is on disk), if it has one.
   */
  public Optional<RecordStore.Original> storedOriginal(String recordId) {
    return store.original(recordId);
  }

  /** The ids of an e-mail record's attachment records. */
  public List<String> attachments(String recordId) {
    return store.attachments(recordId);
  }

  /** A document record's original file and what is known about it. */
  public record OriginalFile(Path path, RecordStore.Original original) {}

  /** The original file of a record, if it is a document and its file is present. */
  public Optional<OriginalFile> original(String recordId) {
    return store
        .original(recordId)
        .flatMap(o -> files.find(o.sha256()).map(p -> new OriginalFile(p, o)));
  }

  /**
   * The text of a file, as a document record's would be read (the same limits): for the guidance
   * collection, whose documents are no case records.
   */
  public String extractText(byte[] bytes, String fileName, String declaredType)
      throws DocumentException {
    return extractor().extract(bytes, fileName, declaredType).text();
  }

  /**
   * Tika loads every parser when first used: a service or import that reads no document skips that.
   */
  private synchronized DocumentExtractor extractor() {
    if (extractor == null) extractor = new DocumentExtractor(extractorConfig);
    return extractor;
  }

  synchronized void onStop(@Observes ShutdownEvent event) {
    if (extractor != null) extractor.close();
  }
}
