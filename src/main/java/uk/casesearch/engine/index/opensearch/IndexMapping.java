package uk.casesearch.engine.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.casesearch.engine.index.text.PassageFields;
import uk.casesearch.engine.util.Hashes;

/**
 * The passage index's settings and mapping on the cluster: the embedded index's analysis (standard
 * tokenizer, possessives dropped, lower case, accents folded, English stop words, Porter stems; the
 * spelling field without stop words or stems), its BM25 parameters, the same fields, and a
 * Lucene-engine HNSW vector field (the k-NN plugin's native engines are not in Maven Central's
 * zip). Synonyms are expanded by the service before a query is sent, so the cluster needs no
 * synonym file and a council's change to it needs no re-index.
 *
 * <p>Its fingerprint names the index: a change of analysis, dimension or layout version makes a new
 * index, built from the database while the old one serves, then the alias moves.
 */
final class IndexMapping {

  /** Bump when the mapping or analysis changes in a way the JSON below does not show. */
  static final String LAYOUT_VERSION = "1";

  static final String VECTOR = "vector";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private IndexMapping() {}

  /** The body of the create-index request. */
  static ObjectNode body(int dimension, float k1, float b, int shards, int replicas) {
    ObjectNode root = JSON.objectNode();
    ObjectNode index = root.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    index.put("knn", true);
    index
        .putObject("similarity")
        .putObject("default")
        .put("type", "BM25")
        .put("k1", k1)
        .put("b", b);
    ObjectNode analysis = index.putObject("analysis");
    analysis
        .putObject("filter")
        .putObject("cs_possessive")
        .put("type", "stemmer")
        .put("language", "possessive_english");
    analysis.with("filter").putObject("cs_stop").put("type", "stop").put("stopwords", "_english_");
    ObjectNode analyzers = analysis.putObject("analyzer");
    ObjectNode text =
        analyzers.putObject("cs_text").put("type", "custom").put("tokenizer", "standard");
    filters(text, "cs_possessive", "lowercase", "asciifolding", "cs_stop", "porter_stem");
    ObjectNode spell =
        analyzers.putObject("cs_spell").put("type", "custom").put("tokenizer", "standard");
    filters(spell, "cs_possessive", "lowercase", "asciifolding");

    ObjectNode props = root.putObject("mappings").put("dynamic", "strict").putObject("properties");
    for (String f :
        new String[] {
          PassageFields.RECORD_ID,
          PassageFields.CASE_ID,
          PassageFields.CHILD_ID,
          PassageFields.TYPE,
          PassageFields.TEAM,
          PassageFields.NAME
        }) {
      props.putObject(f).put("type", "keyword");
    }
    props.putObject(PassageFields.RECORD_HASH).put("type", "keyword").put("index", false);
    props.putObject(PassageFields.PASSAGE).put("type", "integer");
    props.putObject(PassageFields.DATE).put("type", "integer");
    props.putObject(PassageFields.RESTRICTED).put("type", "boolean");
    for (String f : new String[] {PassageFields.TEXT, PassageFields.TITLE, PassageFields.PEOPLE}) {
      props.putObject(f).put("type", "text").put("analyzer", "cs_text");
    }
    props
        .putObject(PassageFields.SPELL)
        .put("type", "text")
        .put("analyzer", "cs_spell")
        .put("index_options", "docs")
        .put("norms", false);
    ObjectNode vector = props.putObject(VECTOR);
    vector.put("type", "knn_vector").put("dimension", dimension);
    // Always name the Lucene engine: with no method, or with Faiss, the node loads a native
    // library the Maven Central zip lacks, and dies.
    ObjectNode method =
        vector
            .putObject("method")
            .put("name", "hnsw")
            .put("engine", "lucene")
            .put("space_type", "cosinesimil");
    method.putObject("parameters").put("m", 16).put("ef_construction", 128);
    return root;
  }

  private static void filters(ObjectNode analyzer, String... names) {
    ArrayNode a = analyzer.putArray("filter");
    for (String n : names) a.add(n);
  }

  /**
   * The name of the index for this layout: the alias, then a fingerprint of the mapping (shard and
   * replica counts aside: the same layout on a bigger cluster is the same index).
   */
  static String indexName(String alias, int dimension, float k1, float b) {
    String fingerprint =
        Hashes.sha256Hex(LAYOUT_VERSION + "|" + body(dimension, k1, b, 1, 0)).substring(0, 10);
    return alias + "-" + fingerprint;
  }
}
