package uk.casesearch.engine.index.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where the cluster is and how the passage index is laid out on it.
 *
 * @param hosts the nodes' HTTP addresses ({@code https://os1.council.local:9200}); the client sends
 *     each request to a live one and retries another when a node fails
 * @param username basic-auth user (null: none)
 * @param password basic-auth password (null: none)
 * @param trustStore a PKCS#12 or JKS trust store for the cluster's TLS certificates (null: the
 *     JDK's)
 * @param trustStorePassword its password (null: none)
 * @param index the alias searches and writes go through; each layout is an index of its own named
 *     from it ({@code casesearch-passages-<fingerprint>})
 * @param shards primary shards of a new index
 * @param replicas copies of each shard on other nodes (1 survives the loss of a node)
 * @param timeout how long one request may take before it fails over or fails
 */
public record OpenSearchConfig(
    List<URI> hosts,
    String username,
    String password,
    Path trustStore,
    String trustStorePassword,
    String index,
    int shards,
    int replicas,
    Duration timeout) {

  public OpenSearchConfig {
    hosts = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
    if (hosts.isEmpty()) throw new IllegalArgumentException("at least one host is required");
    for (URI h : hosts) {
      if (h.getHost() == null || !("http".equals(h.getScheme()) || "https".equals(h.getScheme())))
        throw new IllegalArgumentException("a host must be http(s)://name:port, got: " + h);
    }
    Objects.requireNonNull(index, "index");
    if (!index.matches("[a-z0-9][a-z0-9_-]{0,100}"))
      throw new IllegalArgumentException(
          "the index alias must be lower-case letters, digits, '-' or '_', got: " + index);
    if (shards < 1 || shards > 1024)
      throw new IllegalArgumentException("shards must be in [1, 1024], got: " + shards);
    if (replicas < 0 || replicas > 16)
      throw new IllegalArgumentException("replicas must be in [0, 16], got: " + replicas);
    Objects.requireNonNull(timeout, "timeout");
    if ((username == null) != (password == null))
      throw new IllegalArgumentException("a username and a password go together");
  }

  /** Plain HTTP without credentials, for a local test cluster. */
  public static OpenSearchConfig local(List<URI> hosts, String index, int shards, int replicas) {
    return new OpenSearchConfig(
        hosts, null, null, null, null, index, shards, replicas, Duration.ofSeconds(30));
  }
}
