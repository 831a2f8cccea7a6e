package uk.casesearch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.backup.BackupService;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.security.Administration;
import uk.casesearch.app.security.ApiKeys;
import uk.casesearch.app.security.CaseAccess;
import uk.casesearch.app.security.Role;
import uk.casesearch.engine.index.vector.VectorIndex;

/**
 * API keys and case access lists. Administrators manage who sees what; they do not read records
 * unless also granted them. Every action is audited.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@RolesAllowed(Role.ADMIN)
public class AdminResource {

  private static final int MAX_LIST = 10_000;

  private final Administration administration;
  private final Access access;
  private final AuditLog audit;

  private final BackupService backups;
  private final VectorIndex vectors;

  public AdminResource(
      Administration administration,
      Access access,
      AuditLog audit,
      BackupService backups,
      VectorIndex vectors) {
    this.administration = administration;
    this.access = access;
    this.audit = audit;
    this.backups = backups;
    this.vectors = vectors;
  }

  /** The vector index after a forced merge: passages per segment, and how long it took. */
  public record OptimizeDone(List<Integer> vectorSegments, long millis) {}

  @POST
  @Path("optimize")
  @Operation(
      summary = "Merge the vector index into one segment",
      description =
          "For after a bulk import: one segment answers faster than several. Rebuilds the graph over the whole index"
              + " (about half an hour per million passages on two cores) and returns when it is durable; searches and ingest go on"
              + " meanwhile.")
  public OptimizeDone optimize() throws IOException {
    long t0 = System.nanoTime();
    vectors.forceMerge();
    List<Integer> sizes = vectors.segmentSizes();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "admin.optimize",
            null,
            null,
            Map.of("segments", sizes.size(), "millis", millis),
            null));
    return new OptimizeDone(sizes, millis);
  }

  /** A finished backup. */
  public record BackupDone(
      String path,
      String createdAt,
      String database,
      long records,
      int textPassages,
      int vectorPassages,
      int files,
      long bytes,
      long millis) {}

  @POST
  @Path("backup")
  @Operation(
      summary = "Back up the database and indexes now",
      description =
          "A consistent online copy into a new folder under casesearch.backup-dir on the server (never sent over HTTP);"
              + " searches and ingest go on meanwhile. Restore with `casesearch restore <folder>` while the service is stopped.")
  public BackupDone backup() {
    BackupService.Result r;
    try {
      r = backups.backup();
    } catch (BackupService.BusyException e) {
      throw new ApiException(Response.Status.CONFLICT, "backup_running", e.getMessage());
    } catch (UnsupportedOperationException e) {
      throw new ApiException(Response.Status.CONFLICT, "backup_not_in_this_mode", e.getMessage());
    } catch (IOException e) {
      audit.append(
          new AuditLog.Event(
              access.caller().id(), "admin.backup", null, null, Map.of("outcome", "failed"), null));
      throw new IllegalStateException("backup failed: " + e.getMessage(), e);
    }
    var m = r.manifest();
    audit.append(
        new AuditLog.Event(
            access.caller().id(),
            "admin.backup",
            null,
            null,
            Map.of(
                "outcome",
                "done",
                "path",
                r.path().toString(),
                "records",
                m.records(),
                "bytes",
                r.bytes()),
            null));
    return new BackupDone(
        r.path().toAbsolutePath().toString(),
        m.createdAt(),
        m.database(),
        m.records(),
        m.textPassages(),
        m.vectorPassages(),
        m.files().size(),
        r.bytes(),
        r.millis());
  }

  /**
   * A key to create.
   *
   * @param allCases sees every case (trusted systems such as the case management system)
   * @param restricted sees the restricted records of the cases it sees
   */
  public record NewKey(
      String name, List<String> roles, List<String> teams, Boolean allCases, Boolean restricted) {}

  /** A created key: the key is shown this once. */
  public record CreatedKey(String id, String key, String name, Set<String> roles) {}

  /** A case's access list, as sent and as stored. */
  public record AccessBody(List<String> teams, List<String> users, List<String> restrictedUsers) {}

  @POST
  @Path("api-keys")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an API key",
      description = "The key is in the response once and never again; only its hash is kept.")
  @APIResponse(
      responseCode = "201",
      description = "The key was made",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatedKey.class)))
  public Response createKey(NewKey body) {
    if (body == null)
      throw ApiException.badRequest("the body must be a JSON object with name and roles");
    Set<String> roles =
        Role.parse(body.roles() == null ? List.of() : body.roles()); // 400 names unknown roles
    Set<String> teams = Set.copyOf(nonNull(body.teams(), "teams"));
    boolean all = Boolean.TRUE.equals(body.allCases());
    boolean restricted = Boolean.TRUE.equals(body.restricted());
    ApiKeys.Created created = administration.createKey(body.name(), roles, teams, all, restricted);
    return Response.status(Response.Status.CREATED)
        .entity(new CreatedKey(created.id(), created.key(), body.name().strip(), roles))
        .build();
  }

  @DELETE
  @Path("api-keys/{id}")
  @Operation(
      summary = "Revoke an API key",
      description = "Takes effect on the next request made with it.")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revokeKey(@PathParam("id") String id) {
    boolean revoked = administration.revokeKey(id);
    if (!revoked) throw ApiException.notFound("no live API key with id '" + id + "'");
    return Response.noContent().build();
  }

  @PUT
  @Path("cases/{caseId}/access")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set who may see a case",
      description =
          "Replaces the case's access list: teams and users who see it, and users who also see its restricted records."
              + " A case with no list is seen only by callers holding all_cases.")
  public AccessBody setAccess(@PathParam("caseId") String caseId, AccessBody body) {
    if (body == null)
      throw ApiException.badRequest(
          "the body must be a JSON object with teams, users and restricted_users");
    if (caseId.isBlank() || caseId.length() > 128)
      throw ApiException.badRequest("case id must be 1 to 128 characters");
    CaseAccess.AccessList list =
        new CaseAccess.AccessList(
            Set.copyOf(nonNull(body.teams(), "teams")),
            Set.copyOf(nonNull(body.users(), "users")),
            Set.copyOf(nonNull(body.restrictedUsers(), "restricted_users")));
    administration.setAccess(caseId, list);
    return view(list);
  }

  @GET
  @Path("cases/{caseId}/access")
  @Operation(summary = "Who may see a case")
  public AccessBody getAccess(@PathParam("caseId") String caseId) {
    return view(administration.access(caseId));
  }

  private static AccessBody view(CaseAccess.AccessList list) {
    return new AccessBody(
        List.copyOf(list.teams()), List.copyOf(list.users()), List.copyOf(list.restrictedUsers()));
  }

  private static List<String> nonNull(List<String> values, String name) {
    if (values == null) return List.of();
    if (values.size() > MAX_LIST)
      throw ApiException.badRequest(name + " has over " + MAX_LIST + " entries");
    for (String v : values) {
      if (v == null || v.isBlank() || v.length() > 256)
        throw ApiException.badRequest(name + " entries must be 1 to 256 characters");
    }
    return values;
  }
}
