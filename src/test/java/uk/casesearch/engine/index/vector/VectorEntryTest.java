package uk.casesearch.engine.index.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.index.RecordMeta;

class VectorEntryTest {

  private static final RecordMeta A = new RecordMeta("C1", "K1", "case_note", "North", LocalDate.of(2024, 1, 10), false);
  private static final RecordMeta B = new RecordMeta("C2", null, null, null, null, true);

  private static final List<VectorEntry> ENTRIES =
      List.of(
          new VectorEntry("a", 0, "ha", A),
          new VectorEntry("a", 1, "ha", A),
          new VectorEntry("a", 2, "ha", A),
          new VectorEntry("b", 0, "hb", B),
          new VectorEntry("a", 3, "ha2", A), // the same id again with another hash: written in full
          new VectorEntry("c", 0, "hc", A));

  @Test
  void passagesOfTheRecordBeforeAreWrittenShortAndReadBackWhole() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      VectorEntry previous = null;
      for (VectorEntry e : ENTRIES) {
        e.write(out, previous);
        previous = e;
      }
    }
    List<VectorEntry> read = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      VectorEntry previous = null;
      Map<String, String> names = new HashMap<>();
      for (int i = 0; i < ENTRIES.size(); i++) read.add(previous = VectorEntry.read(in, previous, names));
      assertEquals(-1, in.read(), "nothing left over");
    }
    assertEquals(ENTRIES, read);
    assertSame(read.get(0).recordId(), read.get(2).recordId(), "one copy of a record's id for its passages");
    assertSame(read.get(0).meta(), read.get(1).meta());
    assertSame(read.get(0).meta().caseId(), read.get(5).meta().caseId(), "case names shared across records");
  }

  @Test
  void entriesWrittenInFullByFormatOneStillRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (VectorEntry e : ENTRIES) {
        // Format 1's layout, as the segments of earlier versions hold it.
        out.writeUTF(e.recordId());
        out.writeInt(e.passage());
        out.writeUTF(e.hash());
        out.writeUTF(e.meta().caseId());
        for (String s : new String[] {e.meta().childId(), e.meta().type(), e.meta().team()}) {
          out.writeBoolean(s != null);
          if (s != null) out.writeUTF(s);
        }
        out.writeLong(e.meta().date() == null ? Long.MIN_VALUE : e.meta().date().toEpochDay());
        out.writeBoolean(e.meta().restricted());
      }
    }
    List<VectorEntry> read = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      VectorEntry previous = null;
      Map<String, String> names = new HashMap<>();
      for (int i = 0; i < ENTRIES.size(); i++) read.add(previous = VectorEntry.readFull(in, previous, names));
    }
    assertEquals(ENTRIES, read);
  }

  @Test
  void aShortEntryWithNothingBeforeIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      ENTRIES.get(1).write(out, ENTRIES.get(0));
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    assertThrows(IOException.class, () -> VectorEntry.read(in, null, new HashMap<>()));
  }
}
