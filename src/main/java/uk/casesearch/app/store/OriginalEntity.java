package uk.casesearch.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which original file a document record was extracted from. */
@Entity
@Table(name = "record_original")
public class OriginalEntity {

  @Id
  @Column(name = "record_id")
  public String recordId;

  @Column(nullable = false)
  public String sha256;

  @Column(name = "file_name")
  public String fileName;

  @Column(name = "media_type", nullable = false)
  public String mediaType;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  @Column(name = "has_text", nullable = false)
  public boolean hasText;

  /** For an e-mail's attachment, the e-mail's record; otherwise null. */
  @Column(name = "parent_id")
  public String parentId;
}
