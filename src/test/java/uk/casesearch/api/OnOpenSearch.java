package uk.casesearch.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test class that runs only where an OpenSearch test cluster and a PostgreSQL database are named
 * ({@code CASESEARCH_TEST_OPENSEARCH_URL}, {@code CASESEARCH_TEST_PG_URL}; .ci/run starts both);
 * elsewhere it is skipped and says why. Used with {@code @TestProfile(OpenSearchProfile.class)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(
    named = OpenSearchProfile.URL_VARIABLE,
    matches = "https?://.+",
    disabledReason =
        "skipped: no OpenSearch test cluster (run .ci/opensearch start and set CASESEARCH_TEST_OPENSEARCH_URL to what it prints)")
@EnabledIfEnvironmentVariable(
    named = PostgresTests.URL_VARIABLE,
    matches = PostgresTests.ENABLED,
    disabledReason = "skipped: the cluster mode needs PostgreSQL (CASESEARCH_TEST_PG_URL)")
@interface OnOpenSearch {}
