package uk.casesearch.app.operations;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.engine.Engine;
import uk.casesearch.app.indexing.IndexingService;
import uk.casesearch.engine.search.SearchMode;
import uk.casesearch.engine.util.FileTrees;

/**
 * Casesearch's own Prometheus metrics (at /q/metrics, beside the JVM's and HTTP's): search latency
 * as a histogram per mode, index sizes in passages and bytes, records held, and passages embedded
 * or answered from the vector cache. Ingest rate and queue depth come from {@link IndexingService}.
 * Nothing here carries a query or a record's content.
 */
@Startup
@ApplicationScoped
public class Metrics {

  private static final Duration SLOW_VALUES = Duration.ofSeconds(30);

  private final Map<SearchMode, Timer> searches = new EnumMap<>(SearchMode.class);

  public Metrics(
      MeterRegistry registry, Engine engine, AgroalDataSource dataSource, CasesearchConfig config) {
    for (SearchMode mode : SearchMode.values()) {
      searches.put(
          mode,
          Timer.builder("casesearch.search")
              .description(
                  "search time inside the service, from the parsed request to the ranked page")
              .tag("mode", mode.name().toLowerCase(Locale.ROOT))
              .publishPercentileHistogram()
              .minimumExpectedValue(Duration.ofMillis(1))
              .maximumExpectedValue(Duration.ofSeconds(10))
              .register(registry));
    }
    gauge(
        registry,
        "casesearch.index.passages",
        "text",
        "passages in the index",
        engine,
        e -> e.ready() ? e.textIndex().size() : Double.NaN);
    gauge(
        registry,
        "casesearch.index.passages",
        "vector",
        "passages in the index",
        engine,
        e -> e.ready() ? e.vectorIndex().size() : Double.NaN);
    Path index = config.dataDir().resolve("index");
    for (String part : new String[] {"text", "vector"}) {
      Supplier<Double> bytes = cached(() -> (double) FileTrees.bytesUnder(index.resolve(part)));
      gauge(
          registry,
          "casesearch.index.disk",
          part,
          "bytes of the index on disk",
          bytes,
          s -> s.get());
    }
    Supplier<Double> records = cached(() -> (double) countRecords(dataSource));
    Gauge.builder("casesearch.records", records, Supplier::get)
        .description("records in the database")
        .strongReference(true)
        .register(registry);
    FunctionCounter.builder(
            "casesearch.embedding.passages", engine, e -> e.ready() ? e.embeddedCount() : 0)
        .tag("source", "model")
        .description("passages embedded by the model since start")
        .register(registry);
    FunctionCounter.builder(
            "casesearch.embedding.passages", engine, e -> e.ready() ? e.reusedCount() : 0)
        .tag("source", "cache")
        .description("passages whose vector came from the cache since start")
        .register(registry);
  }

  /** Records one search's time. */
  public void searched(SearchMode mode, long nanos) {
    searches.get(mode).record(Duration.ofNanos(nanos));
  }

  private static <T> void gauge(
      MeterRegistry r,
      String name,
      String index,
      String description,
      T target,
      ToDoubleFunction<T> f) {
    // Strong: Micrometer holds a gauge's object weakly, and these objects have no other owner.
    Gauge.builder(name, target, f)
        .tag("index", index)
        .description(description)
        .strongReference(true)
        .register(r);
  }

  /**
   * Values that cost a walk of the disk or a database query are refreshed at most every 30 seconds,
   * off the scraping thread (which may be an event loop that must not block): a scrape returns the
   * last value and, when it is stale, starts the next refresh. NaN until the first.
   */
  private static Supplier<Double> cached(Supplier<Double> value) {
    return new Supplier<>() {
      private volatile double last = Double.NaN;
      private final AtomicLong refreshedAt =
          new AtomicLong(System.nanoTime() - 2 * SLOW_VALUES.toNanos());

      @Override
      public Double get() {
        long at = refreshedAt.get();
        if (System.nanoTime() - at > SLOW_VALUES.toNanos()
            && refreshedAt.compareAndSet(at, System.nanoTime())) {
          Thread.ofVirtual()
              .name("metrics-refresh")
              .start(
                  () -> {
                    try {
                      last = value.get();
                    } catch (RuntimeException e) {
                      last = Double.NaN;
                    }
                  });
        }
        return last;
      }
    };
  }

  /** Plain JDBC: this runs on a thread of its own, outside any request or transaction context. */
  private static long countRecords(AgroalDataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from case_record")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
