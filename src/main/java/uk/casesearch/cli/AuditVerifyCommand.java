package uk.casesearch.cli;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import uk.casesearch.app.audit.AuditLog;

/**
 * Checks the audit trail's hash chain: exit 0 when intact, 1 naming the first edited or missing
 * row.
 */
@Dependent
@Command(name = "audit-verify", description = "Check that no audit row was edited or deleted.")
public class AuditVerifyCommand implements Callable<Integer> {

  private final AuditLog audit;

  @Inject
  public AuditVerifyCommand(AuditLog audit) {
    this.audit = audit;
  }

  /** For reading the command line before the application starts; never run. */
  AuditVerifyCommand() {
    this(null);
  }

  @Override
  public Integer call() {
    AuditLog.Verification v = audit.verify();
    if (v.ok()) {
      System.out.println("audit trail intact: " + v.rows() + " rows");
      return 0;
    }
    System.out.println("audit trail BROKEN at row " + v.firstBadSeq() + ": " + v.problem());
    return 1;
  }
}
