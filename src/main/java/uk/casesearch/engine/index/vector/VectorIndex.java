package uk.casesearch.engine.index.vector;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;

/**
 * A persistent approximate-nearest-neighbour index over passage vectors, keyed by record id.
 * Vectors are L2-normalised; similarity is the dot product, higher is better. Implementations are
 * thread-safe: searches may run concurrently with one writer.
 */
public interface VectorIndex extends Closeable {

  /** Dimension of every vector in this index. */
  int dimension();

  /**
   * Replaces all passages of a record (passage i has vector {@code vectors.get(i)}).
   *
   * @param recordHash digest of what was indexed, returned by {@link #recordHashes()}
   * @throws IllegalArgumentException if a vector has the wrong dimension
   */
  void upsert(String recordId, String recordHash, RecordMeta meta, List<float[]> vectors)
      throws IOException;

  /**
   * Replaces all passages of several records at once; the same as {@link #upsert} for each, but an
   * implementation may insert them in parallel.
   *
   * @throws IllegalArgumentException if a vector has the wrong dimension (then nothing is changed)
   */
  void upsertAll(List<Upsert> records) throws IOException;

  /** One record's passages for {@link #upsertAll}. */
  record Upsert(String recordId, String recordHash, RecordMeta meta, List<float[]> vectors) {}

  /** Removes every passage of a record; returns false when it was not indexed. */
  boolean delete(String recordId) throws IOException;

  /**
   * The {@code topK} passages most similar to {@code query} among those whose record passes {@code
   * filter}; the filter is applied inside the graph search.
   *
   * @throws IllegalArgumentException if {@code topK < 1} or the query has the wrong dimension
   */
  List<PassageHit> search(float[] query, int topK, SearchFilter filter) throws IOException;

  /** The vector of one passage of a record, or null when it is not indexed. */
  float[] vector(String recordId, int passage);

  /** The attributes a record was indexed with, or null when it is not indexed. */
  RecordMeta meta(String recordId);

  /** Record id to the hash it was indexed with, for reconciling with the database. */
  Map<String, String> recordHashes();

  /**
   * Names the last commit: another commit, or another index in the same place, has another name. A
   * commit with nothing changed since the last one writes nothing and keeps the name.
   */
  String commitId();

  /** Number of live passages. */
  int size();

  /**
   * Passages in each immutable part of the index, largest first (empty while everything is still in
   * memory), for readiness and capacity planning.
   */
  List<Integer> segmentSizes();

  /**
   * Merges the index into one part and waits until that is durable: after a bulk import one part
   * answers faster than several. Costs a graph build over the whole index; searches and writes go
   * on meanwhile.
   */
  void forceMerge() throws IOException;

  /** Makes every change so far durable on disk. */
  void commit() throws IOException;

  /**
   * Commits, then copies the committed index into {@code target} (created if missing; it must hold
   * no index), where it opens as an index of its own: the index half of a backup. The caller holds
   * off other writers until it returns.
   */
  void snapshot(Path target) throws IOException;
}
