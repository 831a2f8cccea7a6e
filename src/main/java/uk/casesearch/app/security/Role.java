package uk.casesearch.app.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a caller may do. Roles only open endpoints; which cases a caller sees is decided by the case
 * access lists ({@link CaseAccess}), so an admin does not read records unless also granted.
 */
public final class Role {

  /** Searches and reads the cases they may see. */
  public static final String PRACTITIONER = "practitioner";

  /** A practitioner's rights, for team managers. */
  public static final String MANAGER = "manager";

  /** Writes and deletes records; reads nothing. */
  public static final String INGEST = "ingest";

  /** Reads and verifies the audit trail; reads no records. */
  public static final String AUDITOR = "auditor";

  /** Manages API keys and case access lists; reads no records. */
  public static final String ADMIN = "admin";

  /** Every role, in order. */
  public static final Set<String> ALL = Set.of(PRACTITIONER, MANAGER, INGEST, AUDITOR, ADMIN);

  private Role() {}

  /**
   * The roles named, checked.
   *
   * @throws IllegalArgumentException naming any unknown role
   */
  public static Set<String> parse(java.util.Collection<String> names) {
    Set<String> out = new TreeSet<>();
    Set<String> unknown = new TreeSet<>();
    for (String n : names) {
      if (n == null || n.isBlank()) continue;
      String r = n.strip().toLowerCase(Locale.ROOT);
      if (ALL.contains(r)) out.add(r);
      else unknown.add(n);
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown roles "
              + unknown
              + "; known: "
              + Arrays.stream(ALL.toArray(String[]::new))
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return out;
  }
}
