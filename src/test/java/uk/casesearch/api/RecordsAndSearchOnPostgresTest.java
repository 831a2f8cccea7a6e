package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link RecordsAndSearchTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@OnPostgres
class RecordsAndSearchOnPostgresTest extends RecordsAndSearchTest {}
