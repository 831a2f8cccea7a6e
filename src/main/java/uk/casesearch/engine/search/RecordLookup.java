package uk.casesearch.engine.search;

import java.util.Collection;
import java.util.Map;
import uk.casesearch.engine.ingest.CaseRecord;

/** Fetches stored records by id (from the database, the source of truth) to show hits. */
@FunctionalInterface
public interface RecordLookup {

  /** The records that exist among {@code ids}, by id. */
  Map<String, CaseRecord> findAll(Collection<String> ids);
}
