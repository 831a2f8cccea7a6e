package uk.casesearch.engine.index;

/**
 * One passage returned by a retriever: the record it belongs to, its passage number within that
 * record, and the retriever's own score (higher is better; scales differ between retrievers).
 */
public record PassageHit(String recordId, int passage, float score) {}
