package uk.casesearch.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** A one-line progress bar with rate and time left, redrawn in place on a terminal. */
final class Progress {

  private final PrintStream out;
  private final long total;
  private final String unit;
  private final long startNanos = System.nanoTime();
  private long lastDrawNanos;

  Progress(PrintStream out, long total, String unit) {
    this.out = out;
    this.total = total;
    this.unit = unit;
  }

  /** Redraws the bar for {@code done} items, at most a few times a second unless forced. */
  void update(long done, boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDrawNanos < 250_000_000L) return;
    lastDrawNanos = now;
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = done / seconds;
    int width = 30;
    int filled = total <= 0 ? 0 : (int) Math.min(width, width * done / total);
    String eta =
        rate > 0 && total > done ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "-";
    out.printf(
        Locale.ROOT,
        "\r[%s%s] %d/%d %s  %.1f %s/s  elapsed %s  ETA %s   ",
        "#".repeat(filled),
        " ".repeat(width - filled),
        done,
        total,
        unit,
        rate,
        unit,
        format(Duration.ofSeconds((long) seconds)),
        eta);
    out.flush();
  }

  /** Ends the line. */
  void finish(long done) {
    update(done, true);
    out.println();
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
