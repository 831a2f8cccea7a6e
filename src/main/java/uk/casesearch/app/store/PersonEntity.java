package uk.casesearch.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person or place named by a record (a row each, for the eco-map and redaction). */
@Entity
@Table(name = "record_person")
public class PersonEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "record_id")
  public RecordEntity record;

  public int position;
  public String name;
  public String role;

  @Column(name = "relation_to_child")
  public String relationToChild;

  public String kind;
}
