package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link RecordsAndSearchTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(
    named = PostgresTests.URL_VARIABLE,
    matches = PostgresTests.ENABLED,
    disabledReason =
        "skipped: no PostgreSQL (run .ci/postgres start and set CASESEARCH_TEST_PG_URL to the URL it prints)")
class RecordsAndSearchOnPostgresTest extends RecordsAndSearchTest {}
