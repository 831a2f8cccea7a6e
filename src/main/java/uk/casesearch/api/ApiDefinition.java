package uk.casesearch.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The API's OpenAPI description: its two ways to authenticate (a person's bearer token from the
 * council's identity provider, a system's API key), either of which opens every endpoint its roles
 * allow, so Swagger UI's "Authorize" takes either.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Casesearch API",
            version = "v1",
            description = "Search over children's social care case records."),
    security = {
      @SecurityRequirement(name = ApiDefinition.API_KEY),
      @SecurityRequirement(name = ApiDefinition.BEARER)
    })
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = ApiDefinition.API_KEY,
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      apiKeyName = "X-API-Key",
      description =
          "An API key made by an administrator (POST /api/v1/admin/api-keys), for systems."),
  @SecurityScheme(
      securitySchemeName = ApiDefinition.BEARER,
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat = "JWT",
      description = "A token from the council's identity provider, for people.")
})
public class ApiDefinition extends Application {

  /** The API key scheme's name in the document. */
  static final String API_KEY = "apiKey";

  /** The bearer token scheme's name in the document. */
  static final String BEARER = "bearer";
}
