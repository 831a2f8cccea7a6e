package uk.casesearch.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Helpers the page's templates call on values. */
@TemplateExtension
public final class PageExtensions {

  private PageExtensions() {}

  /** A value as one segment of a path: {@code {r.id.urlPath}}. */
  static String urlPath(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
