package uk.casesearch.engine.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import uk.casesearch.engine.ingest.CaseRecord;

/** Fetches stored records by id (from the database, the source of truth) to show hits. */
@FunctionalInterface
public interface RecordLookup {

  /** The records that exist among {@code ids}, by id. */
  Map<String, CaseRecord> findAll(Collection<String> ids);

  /**
   * The fields facets count, of the records that exist among {@code ids}, by id. A store should
   * read only these columns: a search with facets asks for every record it found.
   */
  default Map<String, Facts> facts(Collection<String> ids) {
    Map<String, Facts> out = new HashMap<>();
    findAll(ids)
        .forEach(
            (id, r) ->
                out.put(
                    id,
                    new Facts(
                        r.caseId(),
                        r.child() == null ? null : r.child().id(),
                        r.type(),
                        r.team(),
                        r.date())));
    return out;
  }

  /** A record's fields that facets count. */
  record Facts(String caseId, String childId, String type, String team, LocalDate date) {}
}
