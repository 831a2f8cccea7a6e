package uk.casesearch.app.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.engine.util.Hashes;

/**
 * API keys for other systems: created by an administrator, shown once, kept only as a SHA-256 (a
 * key is 256 random bits, so a slow password hash would add nothing), revocable at once. The
 * bootstrap administrator key comes from configuration, or is made at the first start.
 */
@ApplicationScoped
public class ApiKeys {

  private static final Logger LOG = Logger.getLogger(ApiKeys.class);

  /** Every key starts with this, so secret scanners and people can recognise one. */
  public static final String PREFIX = "cs_";

  /** The id under which the bootstrap administrator appears in the audit trail. */
  public static final String BOOTSTRAP_ADMIN = "key:bootstrap-admin";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AgroalDataSource dataSource;
  private final CasesearchConfig config;
  private volatile byte[] adminKeyHash;

  private final boolean serving;

  public ApiKeys(
      AgroalDataSource dataSource,
      CasesearchConfig config,
      @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
    this.dataSource = dataSource;
    this.config = config;
    this.serving = serving;
  }

  /** A key's settings, as stored. */
  public record KeyInfo(
      String id,
      String name,
      Set<String> roles,
      Set<String> teams,
      boolean allCases,
      boolean restricted) {}

  /** A new key: its id, and the key itself, which is never shown again. */
  public record Created(String id, String key) {}

  void onStart(@Observes StartupEvent event) throws IOException {
    // A one-off command (import, eval, ...) opens no port, so nobody authenticates: it needs no
    // administrator key and writes none.
    if (serving) adminKeyHash = digest(bootstrapAdminKey());
  }

  /**
   * Creates a key.
   *
   * @throws IllegalArgumentException for unknown roles or a blank name
   */
  public Created create(
      String name,
      Set<String> roles,
      Set<String> teams,
      boolean allCases,
      boolean restricted,
      String createdBy) {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is required");
    if (name.length() > 256) throw new IllegalArgumentException("name is over 256 characters");
    Set<String> checkedRoles = Role.parse(roles == null ? Set.of() : roles);
    if (checkedRoles.isEmpty())
      throw new IllegalArgumentException(
          "at least one role is required; known: " + String.join(", ", Role.ALL));
    Set<String> cleanTeams = clean(teams);
    String id = UUID.randomUUID().toString();
    String key = newKey();
    String sql =
        "insert into api_key (id, name, key_hash, roles, teams, all_cases, restricted, created_at, created_by)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      ps.setString(2, name.strip());
      ps.setString(3, Hashes.sha256Hex(key));
      ps.setString(4, String.join("\n", checkedRoles));
      ps.setString(5, String.join("\n", cleanTeams));
      ps.setBoolean(6, allCases);
      ps.setBoolean(7, restricted);
      ps.setTimestamp(8, Timestamp.from(Instant.now()));
      ps.setString(9, createdBy);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("storing an API key failed: " + e.getMessage(), e);
    }
    return new Created(id, key);
  }

  /** Revokes a key at once; false when there is no such live key. */
  public boolean revoke(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update api_key set revoked_at = ? where id = ? and revoked_at is null")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("revoking an API key failed: " + e.getMessage(), e);
    }
  }

  /**
   * A stored key as an administrator sees it (never its secret).
   *
   * @param revokedAt when it was revoked, or null while it is live
   */
  public record Listed(KeyInfo key, Instant createdAt, String createdBy, Instant revokedAt) {}

  /** Every key made, newest first, revoked ones included. */
  public List<Listed> list() {
    String sql =
        "select id, name, roles, teams, all_cases, restricted, created_at, created_by, revoked_at"
            + " from api_key order by created_at desc, id";
    List<Listed> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Timestamp revoked = rs.getTimestamp(9);
        out.add(
            new Listed(
                new KeyInfo(
                    rs.getString(1),
                    rs.getString(2),
                    lines(rs.getString(3)),
                    lines(rs.getString(4)),
                    rs.getBoolean(5),
                    rs.getBoolean(6)),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8),
                revoked == null ? null : revoked.toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("listing API keys failed: " + e.getMessage(), e);
    }
    return out;
  }

  /** The live key with this secret, if any; the bootstrap administrator key included. */
  public Optional<KeyInfo> authenticate(String key) {
    if (key == null || key.isBlank() || key.length() > 512) return Optional.empty();
    byte[] admin = adminKeyHash;
    if (admin != null && MessageDigest.isEqual(admin, digest(key))) {
      return Optional.of(
          new KeyInfo(
              "bootstrap-admin",
              "bootstrap administrator",
              Set.of(Role.ADMIN),
              Set.of(),
              false,
              false));
    }
    String sql =
        "select id, name, roles, teams, all_cases, restricted from api_key where key_hash = ? and revoked_at is null";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, Hashes.sha256Hex(key));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(
            new KeyInfo(
                rs.getString(1),
                rs.getString(2),
                lines(rs.getString(3)),
                lines(rs.getString(4)),
                rs.getBoolean(5),
                rs.getBoolean(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("checking an API key failed: " + e.getMessage(), e);
    }
  }

  private String bootstrapAdminKey() throws IOException {
    Optional<String> configured = config.adminKey().filter(k -> !k.isBlank());
    if (configured.isPresent()) {
      if (configured.get().strip().length() < 16)
        throw new IllegalStateException("casesearch.admin-key must be at least 16 characters");
      return configured.get().strip();
    }
    Path file = config.dataDir().resolve("admin-key");
    if (Files.exists(file)) return Files.readString(file, StandardCharsets.UTF_8).strip();
    Files.createDirectories(file.getParent());
    String key = newKey();
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(
        file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    LOG.infof(
        "No CASESEARCH_ADMIN_KEY was set: a bootstrap administrator key was written to %s",
        file.toAbsolutePath());
    return key;
  }

  private static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] digest(String key) {
    return Hashes.sha256Hex(key).getBytes(StandardCharsets.US_ASCII);
  }

  private static Set<String> clean(Set<String> values) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null) for (String v : values) if (v != null && !v.isBlank()) out.add(v.strip());
    return out;
  }

  private static Set<String> lines(String s) {
    if (s == null || s.isEmpty()) return Set.of();
    return Set.copyOf(Arrays.asList(s.split("\n")));
  }
}
