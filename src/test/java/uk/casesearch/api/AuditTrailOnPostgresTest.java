package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link AuditTrailTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@OnPostgres
class AuditTrailOnPostgresTest extends AuditTrailTest {}
