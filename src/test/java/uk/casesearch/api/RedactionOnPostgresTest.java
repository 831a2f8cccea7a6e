package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link RedactionTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@OnPostgres
class RedactionOnPostgresTest extends RedactionTest {}
