package uk.casesearch.engine.index.text;

/**
 * The fields of a passage document, the same in every text backend: the embedded Lucene index and a
 * cluster's index mapping name them alike, so a query built once runs on either.
 */
public final class PassageFields {

  public static final String RECORD_ID = "record_id";
  public static final String PASSAGE = "passage";
  public static final String RECORD_HASH = "record_hash";
  public static final String CASE_ID = "case_id";
  public static final String CHILD_ID = "child_id";
  public static final String TYPE = "type";
  public static final String TEAM = "team";

  /** The record's date as days since 1970-01-01. */
  public static final String DATE = "date";

  public static final String RESTRICTED = "restricted";
  public static final String TITLE = "title";
  public static final String PEOPLE = "people";

  /** The full names a record holds, each one term. */
  public static final String NAME = "name";

  /** The words as written (lower case, accents folded), for spelling. */
  public static final String SPELL = SocialCareAnalyzer.SPELLING_FIELD;

  public static final String TEXT = "text";

  private PassageFields() {}
}
