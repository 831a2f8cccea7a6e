package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@link RecordsAndSearchTest} (ingest, search, update and delete) with the passages on an
 * OpenSearch cluster.
 */
@QuarkusTest
@TestProfile(OpenSearchProfile.class)
@OnOpenSearch
class RecordsAndSearchOnOpenSearchTest extends RecordsAndSearchTest {}
