package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link PermissionsTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@OnPostgres
class PermissionsOnPostgresTest extends PermissionsTest {}
