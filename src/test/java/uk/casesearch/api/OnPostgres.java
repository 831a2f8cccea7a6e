package uk.casesearch.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test class that runs only where {@code CASESEARCH_TEST_PG_URL} names a PostgreSQL database
 * (`.ci/postgres start` runs one and prints its URL); elsewhere it is skipped and says why. Used
 * with {@code @TestProfile(PostgresProfile.class)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(
    named = PostgresTests.URL_VARIABLE,
    matches = PostgresTests.ENABLED,
    disabledReason =
        "skipped: no PostgreSQL (run .ci/postgres start and set CASESEARCH_TEST_PG_URL to the URL it prints)")
@interface OnPostgres {}
