package uk.casesearch.app.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.casesearch.engine.guidance.GuidanceDocument;

/** A document of the guidance collection as stored. */
@Entity
@Table(name = "guidance_document")
public class GuidanceEntity {

  @Id public String id;

  @Column(nullable = false)
  public String title;

  public String issuer;

  @Column(nullable = false)
  public String kind;

  public String version;

  @Column(name = "doc_date")
  public LocalDate date;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  @Column(name = "body", nullable = false)
  public String text;

  @Column(name = "stored_at", nullable = false)
  public Instant storedAt;

  GuidanceDocument toDocument() {
    return new GuidanceDocument(
        id, title, issuer, GuidanceDocument.Kind.of(kind), version, date, text);
  }
}
