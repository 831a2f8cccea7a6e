package uk.casesearch.app.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.SearchFilter;

/**
 * Case access lists, and what they let a caller see. A caller sees a case when one of their teams,
 * or they themselves, are on its list, or they hold all_cases; a restricted record also needs a
 * restricted grant on its case (or the restricted flag of a trusted system). The result is an
 * {@link AccessScope}, which a {@link SearchFilter} carries so that both retrievers apply it inside
 * their own search.
 */
@ApplicationScoped
public class CaseAccess {

  private static final String TEAM = "team";
  private static final String USER = "user";

  private final AgroalDataSource dataSource;

  public CaseAccess(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A case's access list.
   *
   * @param teams teams whose members see the case
   * @param users users who see the case
   * @param restrictedUsers users who also see its restricted records
   */
  public record AccessList(Set<String> teams, Set<String> users, Set<String> restrictedUsers) {
    public AccessList {
      teams = clean(teams);
      users = clean(users);
      restrictedUsers = clean(restrictedUsers);
    }
  }

  /**
   * What this caller may see, read from the access lists now: every case with all_cases, else the
   * cases they or their teams are listed on; the restricted records of every case they see with the
   * restricted flag, else of the cases they hold a restricted grant on.
   */
  public AccessScope scope(Caller caller) {
    AccessScope.Cases visible =
        caller.allCases() ? AccessScope.Cases.ALL : AccessScope.Cases.of(visibleCases(caller));
    AccessScope.Cases restricted =
        caller.restricted() ? AccessScope.Cases.ALL : AccessScope.Cases.of(restrictedCases(caller));
    return new AccessScope(visible, restricted);
  }

  /** The access list of a case (empty lists when none was set). */
  public AccessList get(String caseId) {
    Set<String> teams = new TreeSet<>();
    Set<String> users = new TreeSet<>();
    Set<String> restricted = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select grantee_kind, grantee, restricted from case_access where case_id = ?")) {
      ps.setString(1, caseId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (TEAM.equals(rs.getString(1))) teams.add(rs.getString(2));
          else if (rs.getBoolean(3)) restricted.add(rs.getString(2));
          else users.add(rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading a case access list failed: " + e.getMessage(), e);
    }
    return new AccessList(teams, users, restricted);
  }

  /** Replaces a case's access list in one transaction. A restricted user also sees the case. */
  public void replace(String caseId, AccessList list) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement del = c.prepareStatement("delete from case_access where case_id = ?");
          PreparedStatement ins =
              c.prepareStatement(
                  "insert into case_access (case_id, grantee_kind, grantee, restricted) values (?, ?, ?, ?)")) {
        del.setString(1, caseId);
        del.executeUpdate();
        for (String t : list.teams()) add(ins, caseId, TEAM, t, false);
        for (String u : list.restrictedUsers()) add(ins, caseId, USER, u, true);
        for (String u : list.users())
          if (!list.restrictedUsers().contains(u)) add(ins, caseId, USER, u, false);
        ins.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("storing a case access list failed: " + e.getMessage(), e);
    }
  }

  private Set<String> visibleCases(Caller caller) {
    List<String> teams = new ArrayList<>(caller.teams());
    String sql =
        "select distinct case_id from case_access where (grantee_kind = 'user' and grantee = ?)"
            + (teams.isEmpty()
                ? ""
                : " or (grantee_kind = 'team' and grantee in (" + marks(teams.size()) + "))");
    return cases(sql, caller.id(), teams);
  }

  private Set<String> restrictedCases(Caller caller) {
    return cases(
        "select case_id from case_access where grantee_kind = 'user' and grantee = ? and restricted = true",
        caller.id(),
        List.of());
  }

  private Set<String> cases(String sql, String user, List<String> teams) {
    Set<String> out = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, user);
      for (int i = 0; i < teams.size(); i++) ps.setString(i + 2, teams.get(i));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading case access failed: " + e.getMessage(), e);
    }
    return out;
  }

  private static void add(
      PreparedStatement ins, String caseId, String kind, String grantee, boolean restricted)
      throws SQLException {
    ins.setString(1, caseId);
    ins.setString(2, kind);
    ins.setString(3, grantee);
    ins.setBoolean(4, restricted);
    ins.addBatch();
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static Set<String> clean(Collection<String> values) {
    Set<String> out = new TreeSet<>();
    if (values != null) for (String v : values) if (v != null && !v.isBlank()) out.add(v.strip());
    return out;
  }
}
