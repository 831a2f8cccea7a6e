package uk.casesearch.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page's styles, scripts, fonts and images, all served by Casesearch itself (no CDN): GOV.UK
 * Frontend and MOJ Frontend from their WebJars, under paths without versions, at {@code
 * /assets/...} where GOV.UK Frontend's stylesheet looks for its fonts and images; Casesearch's own
 * stylesheet and script beside them. Nothing here holds case data, so it is served to anyone.
 */
@Path("/assets")
@PermitAll
public class AssetResource {

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "mjs", "text/javascript; charset=utf-8",
          "woff", "font/woff",
          "woff2", "font/woff2",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon");

  private static final String GOVUK = webjar("govuk-frontend") + "/dist/govuk/";
  private static final String MOJ = webjar("ministryofjustice__frontend") + "/moj/";

  /** The files served at the top of /assets, by name. */
  private static final Map<String, String> FILES =
      Map.of(
          "govuk-frontend.min.css", GOVUK + "govuk-frontend.min.css",
          "govuk-frontend.min.js", GOVUK + "govuk-frontend.min.js",
          "moj-frontend.min.css", MOJ + "moj-frontend.min.css",
          "moj-frontend.min.js", MOJ + "moj-frontend.min.js",
          "casesearch.css", "web/casesearch.css",
          "casesearch.js", "web/casesearch.js");

  @GET
  @Path("{name}")
  @Operation(hidden = true)
  public Response file(@PathParam("name") String name) {
    String at = FILES.get(name);
    if (at == null) throw new NotFoundException();
    return serve(List.of(at), name);
  }

  @GET
  @Path("{folder: fonts|images}/{name}")
  @Operation(hidden = true)
  public Response asset(@PathParam("folder") String folder, @PathParam("name") String name) {
    if (!SAFE_NAME.matcher(name).matches()) throw new NotFoundException();
    return serve(
        List.of(GOVUK + "assets/" + folder + "/" + name, MOJ + "assets/" + folder + "/" + name),
        name);
  }

  private static Response serve(List<String> candidates, String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(ext);
    if (type == null) throw new NotFoundException();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (String c : candidates) {
      InputStream in = loader.getResourceAsStream(c);
      if (in == null) continue;
      CacheControl cache = new CacheControl();
      cache.setMaxAge(3600);
      return Response.ok(in, type)
          .cacheControl(cache)
          .header("X-Content-Type-Options", "nosniff")
          .build();
    }
    throw new NotFoundException();
  }

  /** Where a WebJar's files are on the class path, found by the version its jar declares. */
  private static String webjar(String artifact) {
    String props = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = AssetResource.class.getClassLoader().getResourceAsStream(props)) {
      if (in == null) throw new IllegalStateException(props + " is not on the class path");
      Properties p = new Properties();
      p.load(in);
      return "META-INF/resources/webjars/" + artifact + "/" + p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
