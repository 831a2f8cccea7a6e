package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link RecordStoreTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@OnPostgres
class RecordStoreOnPostgresTest extends RecordStoreTest {}
