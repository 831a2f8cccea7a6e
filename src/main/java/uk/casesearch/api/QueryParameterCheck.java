package uk.casesearch.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every request's query parameters against those its endpoint declares, before the endpoint
 * runs: an unknown parameter, a repeated single one, a switch that is not clearly {@code true} or
 * {@code false} and a number that is not a whole number are each a 400 naming them all. A switch
 * such as {@code redact} thus fails closed: {@code redact=yes} is refused, never read as false.
 */
public class QueryParameterCheck {

  /** How a declared query parameter's values are read. */
  enum Kind {
    TEXT,
    SWITCH,
    INT,
    LONG
  }

  private record Declared(Kind kind, boolean repeatable) {}

  private final Map<Method, Map<String, Declared>> declared = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public Optional<Response> check(UriInfo uri, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null) return Optional.empty();
    Map<String, Declared> params =
        declared.computeIfAbsent(method, QueryParameterCheck::declaredBy);
    List<String> errors = problems(uri.getQueryParameters(), params);
    if (errors.isEmpty()) return Optional.empty();
    return Optional.of(
        ApiError.response(Response.Status.BAD_REQUEST, "bad_request", String.join("; ", errors)));
  }

  /** Every problem with these query parameters, for an endpoint that declares {@code params}. */
  static List<String> problems(Map<String, List<String>> query, Map<String, Declared> params) {
    List<String> errors = new ArrayList<>();
    Set<String> unknown = new TreeSet<>(query.keySet());
    unknown.removeAll(params.keySet());
    if (!unknown.isEmpty()) {
      errors.add(
          (unknown.size() == 1 ? "unknown parameter " : "unknown parameters ")
              + String.join(", ", unknown)
              + (params.isEmpty()
                  ? "; this endpoint takes none"
                  : "; this endpoint takes " + String.join(", ", new TreeSet<>(params.keySet()))));
    }
    for (Map.Entry<String, Declared> p : params.entrySet()) {
      List<String> values = query.get(p.getKey());
      if (values == null || values.isEmpty()) continue;
      if (!p.getValue().repeatable() && values.size() > 1)
        errors.add(p.getKey() + " may be given only once");
      for (String v : values) {
        switch (p.getValue().kind()) {
          case SWITCH -> {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
              errors.add(p.getKey() + " must be true or false, got: '" + abbreviate(v) + "'");
            }
          }
          case INT, LONG -> {
            try {
              if (p.getValue().kind() == Kind.INT) Integer.parseInt(v.strip());
              else Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
              errors.add(
                  p.getKey()
                      + " must be a whole number"
                      + (p.getValue().kind() == Kind.INT ? " below 2^31" : "")
                      + ", got: '"
                      + abbreviate(v)
                      + "'");
            }
          }
          case TEXT -> {}
        }
      }
    }
    return errors;
  }

  private static Map<String, Declared> declaredBy(Method method) {
    Map<String, Declared> out = new LinkedHashMap<>();
    for (Parameter p : method.getParameters()) {
      QueryParam q = p.getAnnotation(QueryParam.class);
      if (q == null) continue;
      Class<?> type = p.getType();
      boolean repeatable = Collection.class.isAssignableFrom(type);
      Kind kind =
          type == boolean.class || type == Boolean.class
              ? Kind.SWITCH
              : type == int.class || type == Integer.class
                  ? Kind.INT
                  : type == long.class || type == Long.class ? Kind.LONG : Kind.TEXT;
      out.put(q.value(), new Declared(kind, repeatable));
    }
    return Map.copyOf(out);
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
