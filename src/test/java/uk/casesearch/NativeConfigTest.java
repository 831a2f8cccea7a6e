package uk.casesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No native-image can run on these build machines, so the configuration in native/config is checked
 * against the classpath here instead: a library upgrade that adds a Lucene or Tika service
 * provider, renames a JNI class or moves a native library fails this test, not a council's build.
 */
class NativeConfigTest {

  private static final String DIR = "META-INF/native-image/uk.casesearch/casesearch/";
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode read(String name) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DIR + name)) {
      assertNotNull(in, name + " is not in the jar: the build copies native/config to " + DIR);
      return json.readTree(in);
    }
  }

  private static Set<String> names(JsonNode entries) {
    Set<String> out = new HashSet<>();
    entries.forEach(e -> out.add(e.get("name").asText()));
    return out;
  }

  @Test
  void everyLuceneAndTikaServiceProviderIsRegisteredForReflection() throws Exception {
    Set<String> registered = names(read("reflect-config.json"));
    Set<String> missing = new TreeSet<>();
    int providers = 0;
    for (String service :
        List.of(
            "org.apache.lucene.codecs.Codec",
            "org.apache.lucene.codecs.PostingsFormat",
            "org.apache.lucene.codecs.DocValuesFormat",
            "org.apache.lucene.codecs.KnnVectorsFormat",
            "org.apache.lucene.index.SortFieldProvider",
            "org.apache.lucene.analysis.TokenFilterFactory",
            "org.apache.lucene.analysis.TokenizerFactory",
            "org.apache.lucene.analysis.CharFilterFactory",
            "org.apache.tika.parser.Parser",
            "org.apache.tika.detect.Detector",
            "org.apache.tika.detect.EncodingDetector")) {
      for (URL url :
          Collections.list(
              getClass().getClassLoader().getResources("META-INF/services/" + service))) {
        try (InputStream in = url.openStream()) {
          for (String line :
              new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
            String provider = line.replaceAll("#.*", "").strip();
            if (provider.isEmpty()) continue;
            providers++;
            if (!registered.contains(provider)) missing.add(provider);
          }
        }
      }
    }
    assertTrue(providers > 50, "the service files were found: " + providers);
    assertEquals(Set.of(), missing, "add these to native/config/reflect-config.json");
  }

  @Test
  void jniClassesExistAndTheNativeLibrariesAreWhereTheResourceConfigSays() throws Exception {
    List<String> absent = new ArrayList<>();
    for (String name : names(read("jni-config.json"))) {
      try {
        Class.forName(name, false, getClass().getClassLoader());
      } catch (ClassNotFoundException e) {
        absent.add(name);
      }
    }
    assertEquals(List.of(), absent, "classes in jni-config.json that no longer exist");
    Set<String> jni = names(read("jni-config.json"));
    assertTrue(
        jni.contains("ai.onnxruntime.OrtSession")
            && jni.contains("ai.djl.huggingface.tokenizers.jni.TokenizersLibrary"));
    // Every literal resource the config includes must exist on the classpath.
    for (JsonNode include : read("resource-config.json").get("resources").get("includes")) {
      String pattern = include.get("pattern").asText();
      if (!pattern.startsWith("\\Q")) continue;
      String path = pattern.substring(2, pattern.length() - 2);
      assertNotNull(
          getClass().getClassLoader().getResource(path),
          "resource-config.json names a missing resource: " + path);
    }
  }

  @Test
  void theRegisteredEngineClassesExist() throws Exception {
    for (String name : names(read("reflect-config.json"))) {
      if (!name.startsWith("uk.casesearch") && !name.startsWith("io.github.jbellis")) continue;
      assertNotNull(Class.forName(name, false, getClass().getClassLoader()), name);
      assertTrue(Pattern.matches("[\\w.$]+", name));
    }
  }
}
