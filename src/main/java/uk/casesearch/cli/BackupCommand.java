package uk.casesearch.cli;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Asks the running service for an online backup (POST /api/v1/admin/backup) and prints where it
 * went. Runs without starting an application of its own: the service holds the database.
 */
@Command(
    name = "backup",
    description = {
      "Back up the running service's database and indexes (an online, consistent copy on the server,",
      "under casesearch.backup-dir). Needs an admin key: --key, or CASESEARCH_API_KEY."
    })
public final class BackupCommand implements Callable<Integer> {

  @Option(
      names = "--url",
      description = "the service (default: CASESEARCH_URL, else http://127.0.0.1:8080)")
  String url;

  @Option(names = "--key", description = "an admin API key (default: CASESEARCH_API_KEY)")
  String key;

  @Option(
      names = "--timeout",
      description = "seconds to wait for the backup (default: ${DEFAULT-VALUE})",
      defaultValue = "3600")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    String base =
        url != null ? url : System.getenv().getOrDefault("CASESEARCH_URL", "http://127.0.0.1:8080");
    String apiKey = key != null ? key : System.getenv("CASESEARCH_API_KEY");
    if (apiKey == null || apiKey.isBlank()) {
      System.err.println("an admin API key is needed: --key or CASESEARCH_API_KEY");
      return 2;
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/api/v1/admin/backup"))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("X-API-Key", apiKey)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try (HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        System.err.println("backup failed: HTTP " + response.statusCode() + " " + response.body());
        return 1;
      }
      System.out.println(response.body());
      return 0;
    } catch (ConnectException e) {
      System.err.println(
          "no service answers at "
              + base
              + ": start it, or use --url (a stopped service's data folder can simply be copied)");
      return 1;
    }
  }
}
