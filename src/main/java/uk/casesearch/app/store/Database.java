package uk.casesearch.app.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnit;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * The database the service runs on, chosen at run time. One distribution carries both: the
 * datasource and persistence unit {@code h2} (an embedded file, the default) and {@code pg}
 * (PostgreSQL), each with its driver and dialect fixed at build time as Quarkus requires, and
 * configuration makes exactly one of the two active ({@code QUARKUS_PROFILE=pg} switches to
 * PostgreSQL). Every bean that needs the database is given the active one's {@link
 * AgroalDataSource} and {@link Session} (an {@code EntityManager}) without a qualifier, so none of
 * them knows which database it is.
 */
@Singleton
public class Database {

  /** The names of the two databases, as they appear in configuration and in readiness. */
  public static final List<String> NAMES = List.of("h2", "pg");

  /** The active database's connection pool. */
  @Produces
  @Singleton
  AgroalDataSource dataSource(
      @DataSource("h2") InjectableInstance<AgroalDataSource> h2,
      @DataSource("pg") InjectableInstance<AgroalDataSource> pg) {
    return active("datasource", h2, pg);
  }

  /** The active database's persistence unit: the transaction's session, wherever it is injected. */
  @Produces
  @Singleton
  Session session(
      @PersistenceUnit("h2") InjectableInstance<Session> h2,
      @PersistenceUnit("pg") InjectableInstance<Session> pg) {
    return active("persistence unit", h2, pg);
  }

  /** The one of the two that configuration made active; none or both is a configuration error. */
  private static <T> T active(String what, InjectableInstance<T> h2, InjectableInstance<T> pg) {
    boolean h2Active = h2.getHandle().getBean().isActive();
    boolean pgActive = pg.getHandle().getBean().isActive();
    if (h2Active == pgActive) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "exactly one %s of %s must be active, but %s: set quarkus.datasource.<name>.active"
                  + " and quarkus.hibernate-orm.<name>.active, or run with QUARKUS_PROFILE=pg for"
                  + " PostgreSQL",
              what,
              NAMES,
              h2Active ? "both are" : "neither is"));
    }
    return h2Active ? h2.get() : pg.get();
  }
}
