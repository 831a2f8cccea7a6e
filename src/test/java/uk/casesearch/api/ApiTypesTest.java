package uk.casesearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

/**
 * What the JSON API reads and writes is the API's own types: no request body or response of a
 * resource (its return type, or for a {@link Response} the schemas its {@link APIResponse}s
 * declare, which it must declare) holds a type of the engine or the application, so that they can
 * change without changing what clients read.
 */
class ApiTypesTest {

  private static final List<String> NOT_ON_THE_WIRE =
      List.of("uk.casesearch.engine.", "uk.casesearch.app.");

  private static List<Class<?>> resources() {
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.casesearch.api")) {
      if (c.getPackageName().equals("uk.casesearch.api") && c.isAnnotatedWith(Path.class))
        out.add(c.reflect());
    }
    return out;
  }

  @Test
  void resourcesReadAndWriteOnlyTheApisOwnTypes() {
    List<Class<?>> resources = resources();
    assertFalse(resources.isEmpty());
    List<String> leaks = new ArrayList<>();
    int endpoints = 0;
    for (Class<?> resource : resources) {
      for (Method m : resource.getDeclaredMethods()) {
        if (!isEndpoint(m)) continue;
        endpoints++;
        String where = resource.getSimpleName() + "." + m.getName();
        if (m.getReturnType() == Response.class) {
          APIResponse[] declared = m.getAnnotationsByType(APIResponse.class);
          if (declared.length == 0)
            leaks.add(where + " returns a Response and declares no @APIResponse of what it holds");
          for (APIResponse r : declared)
            for (Content c : r.content()) {
              Schema s = c.schema();
              walk(s.implementation(), where + " (" + r.responseCode() + ")", leaks);
              for (Class<?> one : s.oneOf())
                walk(one, where + " (" + r.responseCode() + ")", leaks);
            }
        } else {
          walk(m.getGenericReturnType(), where + " returns", leaks);
        }
        for (Parameter p : m.getParameters())
          if (isBody(p)) walk(p.getParameterizedType(), where + " body", leaks);
      }
    }
    assertFalse(endpoints < 10, "found only " + endpoints + " endpoints");
    assertEquals(List.of(), leaks);
  }

  private static boolean isEndpoint(Method m) {
    for (Annotation a : m.getAnnotations())
      if (a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)) return true;
    return false;
  }

  private static boolean isBody(Parameter p) {
    for (Class<? extends Annotation> a :
        List.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            MatrixParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class,
            RestForm.class)) if (p.isAnnotationPresent(a)) return false;
    return true;
  }

  private static void walk(Type type, String where, List<String> leaks) {
    walk(type, where, leaks, new HashSet<>());
  }

  private static void walk(Type type, String where, List<String> leaks, Set<Type> seen) {
    if (type == null || !seen.add(type)) return;
    switch (type) {
      case ParameterizedType p -> {
        walk(p.getRawType(), where, leaks, seen);
        for (Type t : p.getActualTypeArguments()) walk(t, where, leaks, seen);
      }
      case GenericArrayType g -> walk(g.getGenericComponentType(), where, leaks, seen);
      case WildcardType w -> {
        for (Type t : w.getUpperBounds()) walk(t, where, leaks, seen);
      }
      case Class<?> c -> {
        if (c.isArray()) {
          walk(c.getComponentType(), where, leaks, seen);
          return;
        }
        for (String prefix : NOT_ON_THE_WIRE)
          if (c.getName().startsWith(prefix)) leaks.add(where + ": " + c.getName());
        if (c.isRecord())
          for (RecordComponent rc : c.getRecordComponents())
            walk(rc.getGenericType(), where, leaks, seen);
      }
      default -> {}
    }
  }
}
