package uk.casesearch.engine.index.text;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.Passage;

/**
 * A persistent lexical (BM25) index over passages and titles, keyed by record id. Thread-safe:
 * searches may run concurrently with one writer.
 */
public interface TextIndex extends Closeable {

  /** Replaces all passages of a record, which names no people. */
  default void upsert(
      String recordId, String recordHash, RecordMeta meta, String title, List<Passage> passages)
      throws IOException {
    upsert(recordId, recordHash, meta, title, "", passages);
  }

  /** Replaces all passages of a record, whose people's names are not matched as names. */
  default void upsert(
      String recordId,
      String recordHash,
      RecordMeta meta,
      String title,
      String people,
      List<Passage> passages)
      throws IOException {
    upsert(recordId, recordHash, meta, title, people, Set.of(), passages);
  }

  /**
   * Replaces all passages of a record. Visible to search after {@link #refresh()}.
   *
   * @param title the record's title, searchable on every passage
   * @param people the people the record names, with their roles ("Jo Bloggs, class teacher"),
   *     searchable on every passage
   * @param names the full names of the people and child the record names, as {@link
   *     uk.casesearch.engine.ingest.PersonNames} writes them, matched whole by {@link #name}
   */
  void upsert(
      String recordId,
      String recordHash,
      RecordMeta meta,
      String title,
      String people,
      Collection<String> names,
      List<Passage> passages)
      throws IOException;

  /**
   * The name a record passing {@code filter} holds that is {@code typed} (a normalised full name),
   * or the closest one within {@code maxEdits} edits (a swap of neighbours counts one) that keeps
   * each word's first letter and its number of words; null when there is none. A name only records
   * the filter hides hold is never returned.
   */
  String name(String typed, int maxEdits, SearchFilter filter) throws IOException;

  /**
   * {@link #name} for each of {@code typed} with its own {@code maxEdits}, in order (null where
   * there is none): an index across a network answers them all in one round trip.
   */
  default List<String> names(List<String> typed, List<Integer> maxEdits, SearchFilter filter)
      throws IOException {
    List<String> out = new java.util.ArrayList<>(typed.size());
    for (int i = 0; i < typed.size(); i++) out.add(name(typed.get(i), maxEdits.get(i), filter));
    return out;
  }

  /**
   * For each of {@code words} (as typed) that no record passing {@code filter} holds, the closest
   * word such records do hold, keeping its first letter (within one edit, a swap of neighbours
   * counting one, or two for a word of ten letters or more; closest first, then the commoner), or
   * one of {@code known} (lower-case words that are right though no record need hold them, such as
   * the concept lexicon's) when that is closer. Words the records or {@code known} hold, words
   * under four letters and words with nothing close are left out.
   */
  Map<String, String> corrections(Collection<String> words, Set<String> known, SearchFilter filter)
      throws IOException;

  /**
   * The largest share, over these records, of the query's words (stop words aside) a record holds
   * in its text, title or people, a word's stems and synonyms counting as it: 1 when one of them
   * holds every word (or the query has none), 0 when none holds any.
   */
  double wordsHeld(String query, Collection<String> recordIds) throws IOException;

  /**
   * Up to {@code max} names records passing {@code filter} hold that start with {@code prefix} (a
   * normalised name or its start, "leo h"), or whose last word does ("hat"), those more records
   * hold first. A name only hidden records hold is never returned.
   */
  List<String> namesStarting(String prefix, SearchFilter filter, int max) throws IOException;

  /** Whether a record passing {@code filter} is of this type. */
  boolean holdsType(String type, SearchFilter filter) throws IOException;

  /** The ids of at most {@code max} records passing {@code filter} that hold one of the names. */
  Set<String> recordsNaming(Set<String> names, SearchFilter filter, int max) throws IOException;

  /**
   * As {@link #search(String, List, int, SearchFilter)}, among the records that hold one of {@code
   * names} (every record when it is empty).
   */
  List<PassageHit> search(
      String query, List<Expansion> expansions, int topK, SearchFilter filter, Set<String> names)
      throws IOException;

  /**
   * Whether any indexed record is dated within [{@code from}, {@code to}] (inclusive; null is
   * open), whoever may see it.
   */
  boolean anyDated(LocalDate from, LocalDate to) throws IOException;

  /** Removes every passage of a record; returns false when it was not indexed. */
  boolean delete(String recordId) throws IOException;

  /**
   * Merges away deleted passages (of records since re-indexed or removed), waiting for it, so that
   * term statistics count live passages only; visible after {@link #refresh()}.
   */
  void mergeDeletes() throws IOException;

  /** Makes changes so far visible to search (not necessarily durable). */
  void refresh() throws IOException;

  /**
   * The {@code topK} best passages by BM25 for a free-text query among those whose record passes
   * {@code filter}. Query text is never rejected for its syntax.
   *
   * @throws IllegalArgumentException if {@code topK < 1}
   */
  default List<PassageHit> search(String query, int topK, SearchFilter filter) throws IOException {
    return search(query, List.of(), topK, filter);
  }

  /**
   * As {@link #search(String, int, SearchFilter)}, with expansion texts searched alongside the
   * query: a passage matching either scores, and an expansion as a whole counts {@code weight}
   * times as much as the query as a whole. Expansion text is read as plain words, never as query
   * syntax; a query written with operators is searched as written.
   *
   * @throws IllegalArgumentException if {@code topK < 1}
   */
  default List<PassageHit> search(
      String query, List<Expansion> expansions, int topK, SearchFilter filter) throws IOException {
    return search(query, expansions, topK, filter, Set.of());
  }

  /**
   * Text searched beside a query at a lower weight, such as the description of a concept the query
   * names.
   *
   * @param text plain words
   * @param weight relative to the query, in (0, 10]
   */
  record Expansion(String text, float weight) {
    public Expansion {
      if (text == null) throw new IllegalArgumentException("expansion text is required");
      if (!(weight > 0 && weight <= 10)) {
        throw new IllegalArgumentException("expansion weight must be in (0, 10], got: " + weight);
      }
    }
  }

  /**
   * A fragment of {@code text} of at most about {@code maxChars} characters around the query's
   * terms (synonyms and stems included), each match wrapped in {@code <mark>...</mark>}; the text
   * is HTML-escaped. Returns the start of the text, escaped, when nothing matches.
   */
  String highlight(String query, String text, int maxChars);

  /**
   * Record id to the hash it was indexed with, for reconciling with the database: every write so
   * far, refreshed or not. Read from the index when asked, so not for a search's path.
   */
  Map<String, String> recordHashes();

  /**
   * Names the last commit: another commit, or another index in the same place, has another name.
   * What a clean shutdown recorded is compared with it at the next start.
   */
  String commitId() throws IOException;

  /** Number of live passages. */
  int size();

  /** Makes every change so far durable on disk. */
  void commit() throws IOException;

  /**
   * Commits, then copies the committed index into {@code target} (created if missing; it must hold
   * no index), where it opens as an index of its own: the index half of a backup. The caller holds
   * off other writers until it returns.
   */
  void snapshot(Path target) throws IOException;
}
