package uk.casesearch.app.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.casesearch.engine.embed.VectorCache;
import uk.casesearch.engine.util.Vectors;

/**
 * Passage vectors kept in the database by content key, so that a reindex, a re-import or an
 * unchanged re-submission never pays for embedding again.
 */
@ApplicationScoped
public class JdbcVectorCache implements VectorCache {

  private static final int IN_CHUNK = 500;

  private final AgroalDataSource dataSource;

  public JdbcVectorCache(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Map<String, float[]> getAll(Collection<String> keys) {
    Map<String, float[]> out = new HashMap<>();
    List<String> list = new ArrayList<>(keys);
    try (Connection c = dataSource.getConnection()) {
      for (int i = 0; i < list.size(); i += IN_CHUNK) {
        List<String> chunk = list.subList(i, Math.min(list.size(), i + IN_CHUNK));
        String sql =
            "select cache_key, vector from passage_vector where cache_key in ("
                + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          for (int j = 0; j < chunk.size(); j++) ps.setString(j + 1, chunk.get(j));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), Vectors.fromBytes(rs.getBytes(2)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading cached vectors failed: " + e.getMessage(), e);
    }
    return out;
  }

  @Override
  public void putAll(Map<String, float[]> vectors) {
    if (vectors.isEmpty()) return;
    // Standard SQL MERGE (H2 and PostgreSQL 15+): concurrent writers of the same key do not fail.
    String sql =
        "merge into passage_vector t using (values (cast(? as varchar(64)), cast(? as bytea))) as s(k, v)"
            + " on t.cache_key = s.k when not matched then insert (cache_key, vector) values (s.k, s.v)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (Map.Entry<String, float[]> e : vectors.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setBytes(2, Vectors.toBytes(e.getValue()));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("storing cached vectors failed: " + e.getMessage(), e);
    }
  }
}
