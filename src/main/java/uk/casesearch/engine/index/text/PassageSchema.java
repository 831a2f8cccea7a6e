package uk.casesearch.engine.index.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.ingest.Passage;

/**
 * How the embedded index stores a passage: one Lucene document per passage, carrying its record's
 * id, hash, filterable attributes, title, people and names, so that every passage can be found,
 * filtered and ranked on its own. The field names are {@link PassageFields}'s, shared with the
 * cluster backend; the index-time analysis is {@link SocialCareAnalyzer#forIndexing()}.
 */
final class PassageSchema {

  /**
   * Bump whenever the fields or the index-time analysis change. Terms indexed by an older analyzer
   * would silently stop matching queries analysed by the new one, so an index from another schema
   * is moved aside and rebuilt from the database, like a corrupt one. 2: doc values on record id
   * and passage number for deterministic tie-breaking. 3: the people a record names.
   */
  static final String VERSION = "4";

  /**
   * The record hash again as doc values, read at start-up instead of the stored field (reading a
   * stored field decompresses a block per document). A field of its own: Lucene does not let a
   * field gain doc values, and segments written before it existed fall back to the stored field.
   */
  static final String RECORD_HASH_DV = "record_hash_dv";

  /** The words as written, for spelling: whether a passage holds a word, nothing more. */
  private static final FieldType SPELL_TYPE = new FieldType();

  static {
    SPELL_TYPE.setIndexOptions(IndexOptions.DOCS);
    SPELL_TYPE.setTokenized(true);
    SPELL_TYPE.setOmitNorms(true);
    SPELL_TYPE.freeze();
  }

  private PassageSchema() {}

  /**
   * A day as the {@link PassageFields#DATE} point holds it: days since 1970-01-01.
   *
   * @throws ArithmeticException for a day beyond the int range of days
   */
  static int day(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  /**
   * One document per passage of a record, in the passages' order.
   *
   * <p>The record id and passage number are stored and kept as doc values too, for tie-breaking and
   * for reading hits without the stored fields. Attributes a record lacks (child, type, team, date)
   * are left out, so a filter on them does not match it, as {@link
   * uk.casesearch.engine.index.SearchFilter#accepts} says.
   */
  static List<Document> documents(
      String recordId,
      String recordHash,
      RecordMeta meta,
      String title,
      String people,
      Collection<String> names,
      List<Passage> passages) {
    List<Document> docs = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      Document d = new Document();
      d.add(new StringField(PassageFields.RECORD_ID, recordId, Field.Store.YES));
      d.add(new SortedDocValuesField(PassageFields.RECORD_ID, new BytesRef(recordId)));
      d.add(new StoredField(PassageFields.PASSAGE, p.number()));
      d.add(new NumericDocValuesField(PassageFields.PASSAGE, p.number()));
      d.add(new StoredField(PassageFields.RECORD_HASH, recordHash));
      d.add(new BinaryDocValuesField(RECORD_HASH_DV, new BytesRef(recordHash)));
      d.add(new StringField(PassageFields.CASE_ID, meta.caseId(), Field.Store.NO));
      if (meta.childId() != null) {
        d.add(new StringField(PassageFields.CHILD_ID, meta.childId(), Field.Store.NO));
      }
      if (meta.type() != null) {
        d.add(new StringField(PassageFields.TYPE, meta.type(), Field.Store.NO));
      }
      if (meta.team() != null) {
        d.add(new StringField(PassageFields.TEAM, meta.team(), Field.Store.NO));
      }
      if (meta.date() != null) {
        d.add(new IntPoint(PassageFields.DATE, day(meta.date())));
      }
      d.add(
          new StringField(
              PassageFields.RESTRICTED, Boolean.toString(meta.restricted()), Field.Store.NO));
      // The title goes on every passage so that a title match lifts each of them, not only the
      // first; BM25 sees it as a short separate field with its own length normalisation.
      if (title != null && !title.isBlank()) {
        d.add(new TextField(PassageFields.TITLE, title, Field.Store.NO));
      }
      if (people != null && !people.isBlank()) {
        d.add(new TextField(PassageFields.PEOPLE, people, Field.Store.NO));
      }
      for (String name : names) d.add(new StringField(PassageFields.NAME, name, Field.Store.NO));
      d.add(new TextField(PassageFields.TEXT, p.text(), Field.Store.NO));
      d.add(
          new Field(
              PassageFields.SPELL, title == null ? p.text() : title + "\n" + p.text(), SPELL_TYPE));
      docs.add(d);
    }
    return docs;
  }
}
