package uk.casesearch.app.store;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.casesearch.engine.ingest.CaseRecord;

/** A stored case record: the source of truth the indexes are built from. */
@Entity
@Table(name = "case_record")
public class RecordEntity {

  @Id public String id;

  @Column(name = "case_id", nullable = false)
  public String caseId;

  @Column(name = "child_id")
  public String childId;

  @Column(name = "child_name")
  public String childName;

  @Column(name = "child_dob")
  public LocalDate childDob;

  @Column(name = "record_type")
  public String type;

  public String title;

  @Column(name = "record_date")
  public LocalDate date;

  public String author;
  public String team;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  @Column(name = "body", nullable = false)
  public String text;

  public boolean restricted;

  @Column(name = "source_system")
  public String sourceSystem;

  @Column(name = "content_hash", nullable = false)
  public String contentHash;

  /**
   * What the record says about people and events ({@link
   * uk.casesearch.engine.insight.RecordInsight}, JSON).
   */
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  @Column(name = "insight")
  public String insight;

  @Column(name = "insight_version")
  public Integer insightVersion;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<PersonEntity> people = new ArrayList<>();

  /** Copies every field of {@code r} onto this entity, replacing its people. */
  void apply(CaseRecord r, String hash, Instant now) {
    id = r.id();
    caseId = r.caseId();
    childId = r.child() == null ? null : r.child().id();
    childName = r.child() == null ? null : r.child().name();
    childDob = r.child() == null ? null : r.child().dob();
    type = r.type();
    title = r.title();
    date = r.date();
    author = r.author();
    team = r.team();
    text = r.text();
    restricted = r.restricted();
    sourceSystem = r.sourceSystem();
    contentHash = hash;
    if (createdAt == null) createdAt = now;
    updatedAt = now;
    people.clear();
    int position = 0;
    for (CaseRecord.Person p : r.people()) {
      PersonEntity pe = new PersonEntity();
      pe.record = this;
      pe.position = position++;
      pe.name = p.name();
      pe.role = p.role();
      pe.relationToChild = p.relationToChild();
      pe.kind = p.kind();
      people.add(pe);
    }
  }

  /** The child a record names, or null when it names none. */
  static CaseRecord.Child child(String id, String name, LocalDate dob) {
    return id == null && name == null && dob == null ? null : new CaseRecord.Child(id, name, dob);
  }

  /** The record as the engine sees it. */
  CaseRecord toRecord() {
    CaseRecord.Child child = child(childId, childName, childDob);
    List<CaseRecord.Person> ps =
        people.stream()
            .map(p -> new CaseRecord.Person(p.name, p.role, p.relationToChild, p.kind))
            .toList();
    return new CaseRecord(
        id, caseId, child, type, title, date, author, team, text, ps, restricted, sourceSystem);
  }
}
