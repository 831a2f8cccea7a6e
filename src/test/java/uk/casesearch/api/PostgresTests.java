package uk.casesearch.api;

/** Where the PostgreSQL tests find their database. */
final class PostgresTests {

  /** The environment variable holding the test database's JDBC URL. */
  static final String URL_VARIABLE = "CASESEARCH_TEST_PG_URL";

  /** The value that enables the tests: a PostgreSQL JDBC URL. */
  static final String ENABLED = "jdbc:postgresql:.+";

  private PostgresTests() {}
}
