package uk.casesearch.engine.insight;

import uk.casesearch.engine.ingest.CaseRecord;

/** A record a caller may see, with the findings stored for it. */
public record CaseSource(CaseRecord record, RecordInsight insight) {}
