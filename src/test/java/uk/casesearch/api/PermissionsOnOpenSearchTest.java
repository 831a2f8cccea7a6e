package uk.casesearch.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link PermissionsTest} (the permission matrix) with the passages on an OpenSearch cluster. */
@QuarkusTest
@TestProfile(OpenSearchProfile.class)
@OnOpenSearch
class PermissionsOnOpenSearchTest extends PermissionsTest {}
