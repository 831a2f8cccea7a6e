package uk.casesearch.engine.index.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.ingest.Passage;

class PassageSchemaTest {

  private static final List<Passage> TWO =
      List.of(new Passage(0, "First passage.", 0, 14), new Passage(1, "Second one.", 15, 26));

  @Test
  void eachPassageCarriesItsRecordsIdHashAttributesTitleAndNames() {
    RecordMeta meta =
        new RecordMeta("C1", "K1", "case_note", "North", LocalDate.of(2024, 1, 10), true);
    List<Document> docs =
        PassageSchema.documents(
            "r1", "h1", meta, "Home visit", "Jo Bloggs, teacher", List.of("jo bloggs"), TWO);

    assertEquals(2, docs.size());
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      assertEquals("r1", d.get(PassageFields.RECORD_ID));
      assertEquals(i, d.getField(PassageFields.PASSAGE).numericValue().intValue());
      assertEquals("h1", d.get(PassageFields.RECORD_HASH));
      assertEquals("C1", d.get(PassageFields.CASE_ID));
      assertEquals("K1", d.get(PassageFields.CHILD_ID));
      assertEquals("case_note", d.get(PassageFields.TYPE));
      assertEquals("North", d.get(PassageFields.TEAM));
      assertEquals("true", d.get(PassageFields.RESTRICTED));
      assertEquals("Home visit", d.get(PassageFields.TITLE), "the title is on every passage");
      assertEquals("Jo Bloggs, teacher", d.get(PassageFields.PEOPLE));
      assertEquals("jo bloggs", d.get(PassageFields.NAME));
      assertEquals(TWO.get(i).text(), d.get(PassageFields.TEXT));
      assertEquals("Home visit\n" + TWO.get(i).text(), d.get(PassageFields.SPELL));
      assertEquals(
          LocalDate.of(2024, 1, 10).toEpochDay(),
          IntPoint.decodeDimension(d.getField(PassageFields.DATE).binaryValue().bytes, 0),
          "the date as days since 1970");
    }
  }

  @Test
  void attributesARecordLacksAreLeftOut() {
    RecordMeta bare = new RecordMeta("C1", null, null, null, null, false);
    Document d =
        PassageSchema.documents("r1", "h1", bare, null, "", List.of(), TWO.subList(0, 1))
            .getFirst();

    for (String absent :
        List.of(
            PassageFields.CHILD_ID,
            PassageFields.TYPE,
            PassageFields.TEAM,
            PassageFields.DATE,
            PassageFields.TITLE,
            PassageFields.PEOPLE,
            PassageFields.NAME)) {
      assertNull(d.getField(absent), absent);
    }
    assertEquals("false", d.get(PassageFields.RESTRICTED));
    assertEquals("First passage.", d.get(PassageFields.SPELL), "no title, only the text");
  }

  @Test
  void idsAndHashesAreDocValuesAndTheSpellingFieldOnlyRecordsWhichPassagesHoldAWord() {
    Document d =
        PassageSchema.documents(
                "r1",
                "h1",
                new RecordMeta("C1", null, null, null, null, false),
                "T",
                null,
                List.of(),
                TWO.subList(0, 1))
            .getFirst();

    assertEquals(DocValuesType.SORTED, docValues(d, PassageFields.RECORD_ID));
    assertEquals(DocValuesType.NUMERIC, docValues(d, PassageFields.PASSAGE));
    assertEquals(DocValuesType.BINARY, docValues(d, PassageSchema.RECORD_HASH_DV));
    IndexableField spell = d.getField(PassageFields.SPELL);
    assertEquals(IndexOptions.DOCS, spell.fieldType().indexOptions());
    assertTrue(spell.fieldType().omitNorms());
    assertFalse(spell.fieldType().stored());
  }

  private static DocValuesType docValues(Document d, String field) {
    for (IndexableField f : d.getFields(field)) {
      if (f.fieldType().docValuesType() != DocValuesType.NONE) return f.fieldType().docValuesType();
    }
    return DocValuesType.NONE;
  }
}
