package uk.casesearch.engine.index.vector;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import uk.casesearch.engine.index.RecordMeta;

/**
 * What one vector ordinal holds: the passage of a record, the hash the record was indexed with, and
 * the record's filterable attributes.
 */
record VectorEntry(String recordId, int passage, String hash, RecordMeta meta) {

  /** Writes the entry; {@link #read} reads it back. */
  void write(DataOutputStream out) throws IOException {
    out.writeUTF(recordId);
    out.writeInt(passage);
    out.writeUTF(hash);
    out.writeUTF(meta.caseId());
    writeNullable(out, meta.childId());
    writeNullable(out, meta.type());
    writeNullable(out, meta.team());
    out.writeLong(meta.date() == null ? Long.MIN_VALUE : meta.date().toEpochDay());
    out.writeBoolean(meta.restricted());
  }

  /**
   * Reads an entry. When it belongs to the same record as {@code previous} it shares that entry's
   * id, hash and attributes, so that a record of many passages costs one copy of them in memory;
   * case, child, type and team names are shared through {@code names} (a million passages name a
   * few thousand cases: hundreds of megabytes of heap otherwise).
   */
  static VectorEntry read(DataInputStream in, VectorEntry previous, Map<String, String> names)
      throws IOException {
    String recordId = in.readUTF();
    int passage = in.readInt();
    String hash = in.readUTF();
    String caseId = in.readUTF();
    String childId = readNullable(in);
    String type = readNullable(in);
    String team = readNullable(in);
    long day = in.readLong();
    boolean restricted = in.readBoolean();
    if (previous != null && previous.recordId().equals(recordId) && previous.hash().equals(hash)) {
      return new VectorEntry(previous.recordId(), passage, previous.hash(), previous.meta());
    }
    RecordMeta meta =
        new RecordMeta(
            shared(names, caseId),
            shared(names, childId),
            shared(names, type),
            shared(names, team),
            day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
            restricted);
    return new VectorEntry(recordId, passage, hash, meta);
  }

  private static String shared(Map<String, String> names, String name) {
    return name == null ? null : names.computeIfAbsent(name, n -> n);
  }

  private static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) out.writeUTF(s);
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
