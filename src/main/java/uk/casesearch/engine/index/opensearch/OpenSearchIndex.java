package uk.casesearch.engine.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.util.Timeout;
import org.apache.lucene.search.Query;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import org.opensearch.client.RestClientBuilder;
import uk.casesearch.engine.index.HybridIndex;
import uk.casesearch.engine.index.IndexUnavailableException;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.text.PassageFields;
import uk.casesearch.engine.index.text.QueryReader;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.ingest.Passage;

/**
 * The passage index on an OpenSearch cluster: one document per passage holding its words (the
 * embedded index's fields and analysis) and its vector, so one index is both the {@link TextIndex}
 * and the {@link VectorIndex}, and a search asks both retrievers in one multi-search ({@link
 * HybridIndex}), each with the caller's filter inside it (the kNN clause's own filter, so a user's
 * top k is full).
 *
 * <p>Queries are read by the service ({@link QueryReader}: synonyms, stems, concept expansions) and
 * sent as exact terms, BM25 statistics are gathered across shards ({@code dfs_query_then_fetch}),
 * and vector scores come back on the embedded index's scale ((1 + cosine) / 2, as JVector's dot
 * product of unit vectors and the Lucene engine's cosine space both score): the cluster ranks what
 * the embedded engine would. Writes go through an alias to the index for the current layout; when
 * the layout changes ({@link IndexMapping}), the new index is written beside the old one, which
 * keeps serving until the start-up repair has filled the new one and the alias moves ({@link
 * #mergeDeletes()}).
 *
 * <p>The database is the source of truth: {@link #commitId()} names this process, so every start
 * compares the cluster with the database, as it does the embedded indexes after a crash.
 */
public final class OpenSearchIndex implements TextIndex, VectorIndex, HybridIndex {

  private static final System.Logger LOG = System.getLogger(OpenSearchIndex.class.getName());

  private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

  private static final List<String> META_FIELDS =
      List.of(
          PassageFields.RECORD_ID,
          PassageFields.PASSAGE,
          PassageFields.CASE_ID,
          PassageFields.CHILD_ID,
          PassageFields.TYPE,
          PassageFields.TEAM,
          PassageFields.DATE,
          PassageFields.RESTRICTED);

  /** Records whose attributes are kept for {@link #meta}, most recently seen kept. */
  private static final int META_CACHE = 200_000;

  private final RestClient client;
  private final ObjectMapper json = new ObjectMapper();
  private final QueryReader reader;
  private final int dimension;
  private final String alias;
  private final String target;
  private final String commitId = UUID.randomUUID().toString();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** The index the alias named at open when it was another layout's; null once moved. */
  private volatile String previous;

  /** Each record's text half, from {@link #upsert} until {@link #upsertAll} writes the whole. */
  private final Map<String, TextPart> pending = new ConcurrentHashMap<>();

  private final Map<String, RecordMeta> metas =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RecordMeta> e) {
              return size() > META_CACHE;
            }
          });

  private record TextPart(
      String title, String people, Collection<String> names, List<Passage> ps) {}

  private OpenSearchIndex(
      RestClient client, QueryReader reader, int dimension, String alias, String target) {
    this.client = client;
    this.reader = reader;
    this.dimension = dimension;
    this.alias = alias;
    this.target = target;
  }

  /**
   * Connects, waits (up to the request timeout) for the cluster to answer, and makes sure the index
   * for this layout and the alias exist.
   *
   * @throws IOException if the cluster does not answer or refuses the index
   */
  public static OpenSearchIndex open(
      OpenSearchConfig config, LuceneBm25Index.Config text, int dimension) throws IOException {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(text, "text");
    if (dimension < 1) throw new IllegalArgumentException("dimension must be >= 1");
    RestClient client = client(config);
    QueryReader reader = null;
    try {
      reader = QueryReader.of(text);
      OpenSearchIndex index =
          new OpenSearchIndex(
              client,
              reader,
              dimension,
              config.index(),
              IndexMapping.indexName(config.index(), dimension, text.k1(), text.b()));
      index.prepare(config, text);
      return index;
    } catch (IOException | RuntimeException e) {
      client.close();
      if (reader != null) reader.close();
      throw e;
    }
  }

  private static RestClient client(OpenSearchConfig config) throws IOException {
    HttpHost[] hosts = new HttpHost[config.hosts().size()];
    for (int i = 0; i < hosts.length; i++) {
      URI u = config.hosts().get(i);
      hosts[i] = new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort());
    }
    SSLContext ssl = sslContext(config);
    RestClientBuilder b = RestClient.builder(hosts);
    int timeout = Math.toIntExact(config.timeout().toMillis());
    b.setRequestConfigCallback(
        rc ->
            rc.setConnectionRequestTimeout(Timeout.ofMilliseconds(timeout))
                .setResponseTimeout(Timeout.ofMilliseconds(timeout)));
    b.setHttpClientConfigCallback(
        hc -> {
          if (config.username() != null) {
            BasicCredentialsProvider creds = new BasicCredentialsProvider();
            creds.setCredentials(
                new AuthScope(null, -1),
                new UsernamePasswordCredentials(
                    config.username(), config.password().toCharArray()));
            hc.setDefaultCredentialsProvider(creds);
          }
          if (ssl != null) {
            hc.setConnectionManager(
                PoolingAsyncClientConnectionManagerBuilder.create()
                    .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(ssl).build())
                    .build());
          }
          return hc;
        });
    return b.build();
  }

  private static SSLContext sslContext(OpenSearchConfig config) throws IOException {
    if (config.trustStore() == null) return null;
    try (InputStream in = Files.newInputStream(config.trustStore())) {
      String name = config.trustStore().getFileName().toString().toLowerCase(Locale.ROOT);
      KeyStore ks = KeyStore.getInstance(name.endsWith(".jks") ? "JKS" : "PKCS12");
      char[] pw =
          config.trustStorePassword() == null ? null : config.trustStorePassword().toCharArray();
      ks.load(in, pw);
      return SSLContextBuilder.create().loadTrustMaterial(ks, null).build();
    } catch (GeneralSecurityException e) {
      throw new IOException("the OpenSearch trust store cannot be read: " + e.getMessage(), e);
    }
  }

  private void prepare(OpenSearchConfig config, LuceneBm25Index.Config text) throws IOException {
    long seconds = Math.max(1, config.timeout().toSeconds());
    call("GET", "/_cluster/health?wait_for_status=yellow&timeout=" + seconds + "s", null);
    if (status("HEAD", "/" + target) == 404) {
      try {
        call(
            "PUT",
            "/" + target,
            IndexMapping.body(dimension, text.k1(), text.b(), config.shards(), config.replicas()));
        LOG.log(System.Logger.Level.INFO, "created OpenSearch index {0}", target);
      } catch (IOException e) {
        // Another instance created it first.
        if (!String.valueOf(e.getMessage()).contains("resource_already_exists_exception")) throw e;
      }
    }
    Set<String> named = aliasTargets();
    if (named.isEmpty()) {
      if (status("HEAD", "/" + alias) == 200)
        throw new IOException(
            "an index named " + alias + " exists where Casesearch expects its alias");
      moveAlias(null);
    } else if (named.contains(target) && named.size() > 1) {
      // A move that stopped half-way: searches would see both layouts' passages.
      for (String other : named) if (!other.equals(target)) moveAlias(other);
    } else if (!named.contains(target)) {
      previous = named.iterator().next();
      LOG.log(
          System.Logger.Level.INFO,
          "the OpenSearch index layout changed: {0} is built beside {1}, which serves until then",
          target,
          previous);
    }
    call(
        "GET",
        "/_cluster/health/" + target + "?wait_for_status=yellow&timeout=" + seconds + "s",
        null);
  }

  private Set<String> aliasTargets() throws IOException {
    if (status("HEAD", "/_alias/" + alias) == 404) return Set.of();
    JsonNode r = call("GET", "/_alias/" + alias, null);
    Set<String> out = new LinkedHashSet<>();
    r.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** Points the alias at this layout's index, away from {@code from} (null: none). */
  private void moveAlias(String from) throws IOException {
    ObjectNode body = json.createObjectNode();
    ArrayNode actions = body.putArray("actions");
    if (from != null)
      actions.addObject().putObject("remove").put("index", from).put("alias", alias);
    actions.addObject().putObject("add").put("index", target).put("alias", alias);
    call("POST", "/_aliases", body);
  }

  /** Where writes go: this layout's index, and the serving one while this one is being built. */
  private List<String> writeIndexes() {
    String p = previous;
    return p == null ? List.of(target) : List.of(target, p);
  }

  // ---------------------------------------------------------------- writes

  @Override
  public void upsert(
      String recordId,
      String recordHash,
      RecordMeta meta,
      String title,
      String people,
      Collection<String> names,
      List<Passage> passages) {
    Objects.requireNonNull(recordId, "recordId");
    if (passages == null || passages.isEmpty())
      throw new IllegalArgumentException("passages must not be empty, got none for " + recordId);
    pending.put(recordId, new TextPart(title, people, List.copyOf(names), List.copyOf(passages)));
  }

  @Override
  public void upsert(String recordId, String recordHash, RecordMeta meta, List<float[]> vectors)
      throws IOException {
    upsertAll(List.of(new Upsert(recordId, recordHash, meta, vectors)));
  }

  /**
   * Writes each record's passages (the text half given to {@link #upsert} before, this vector half)
   * in one bulk request, then removes passages a record no longer has.
   *
   * @throws IllegalStateException if a record's text half was not given first
   */
  @Override
  public void upsertAll(List<Upsert> records) throws IOException {
    if (records.isEmpty()) return;
    for (Upsert u : records) {
      for (float[] v : u.vectors())
        if (v.length != dimension)
          throw new IllegalArgumentException(
              "vector dimension " + v.length + " != index dimension " + dimension);
      TextPart t = pending.get(u.recordId());
      if (t == null)
        throw new IllegalStateException(
            "no text given for record " + u.recordId() + " before its vectors");
      if (t.ps().size() != u.vectors().size())
        throw new IllegalArgumentException(
            "record "
                + u.recordId()
                + " has "
                + t.ps().size()
                + " passages but "
                + u.vectors().size()
                + " vectors");
    }
    StringBuilder bulk = new StringBuilder();
    for (String index : writeIndexes()) {
      for (Upsert u : records) {
        TextPart t = pending.get(u.recordId());
        for (int i = 0; i < t.ps().size(); i++) {
          Passage p = t.ps().get(i);
          ObjectNode action = json.createObjectNode();
          action
              .putObject("index")
              .put("_index", index)
              .put("_id", docId(u.recordId(), p.number()));
          bulk.append(json.writeValueAsString(action)).append('\n');
          bulk.append(json.writeValueAsString(document(u, t, p, u.vectors().get(i)))).append('\n');
        }
      }
    }
    JsonNode r = ndjson("/_bulk", bulk.toString());
    if (r.path("errors").asBoolean(false)) {
      for (JsonNode item : r.path("items")) {
        JsonNode e = item.path("index").path("error");
        if (!e.isMissingNode())
          throw new IOException(
              "the cluster refused a passage: "
                  + e.path("type").asText()
                  + ": "
                  + e.path("reason").asText());
      }
    }
    ObjectNode stale = json.createObjectNode();
    ArrayNode should = stale.putObject("bool").putArray("should");
    for (Upsert u : records) {
      ObjectNode one = should.addObject().putObject("bool");
      ArrayNode f = one.putArray("filter");
      f.add(QueryDsl.term(PassageFields.RECORD_ID, u.recordId()));
      f.addObject()
          .putObject("range")
          .putObject(PassageFields.PASSAGE)
          .put("gte", pending.get(u.recordId()).ps().size());
    }
    stale.with("bool").put("minimum_should_match", 1);
    for (String index : writeIndexes()) deleteByQuery(index, stale, false);
    for (Upsert u : records) {
      pending.remove(u.recordId());
      metas.put(u.recordId(), u.meta());
    }
  }

  private ObjectNode document(Upsert u, TextPart t, Passage p, float[] vector) {
    ObjectNode d = json.createObjectNode();
    RecordMeta m = u.meta();
    d.put(PassageFields.RECORD_ID, u.recordId());
    d.put(PassageFields.PASSAGE, p.number());
    d.put(PassageFields.RECORD_HASH, u.recordHash());
    d.put(PassageFields.CASE_ID, m.caseId());
    if (m.childId() != null) d.put(PassageFields.CHILD_ID, m.childId());
    if (m.type() != null) d.put(PassageFields.TYPE, m.type());
    if (m.team() != null) d.put(PassageFields.TEAM, m.team());
    if (m.date() != null) d.put(PassageFields.DATE, Math.toIntExact(m.date().toEpochDay()));
    d.put(PassageFields.RESTRICTED, m.restricted());
    if (t.title() != null && !t.title().isBlank()) d.put(PassageFields.TITLE, t.title());
    if (t.people() != null && !t.people().isBlank()) d.put(PassageFields.PEOPLE, t.people());
    if (!t.names().isEmpty()) {
      ArrayNode names = d.putArray(PassageFields.NAME);
      t.names().forEach(names::add);
    }
    d.put(PassageFields.TEXT, p.text());
    d.put(PassageFields.SPELL, t.title() == null ? p.text() : t.title() + "\n" + p.text());
    ArrayNode v = d.putArray(IndexMapping.VECTOR);
    for (float x : vector) v.add(x);
    return d;
  }

  private static String docId(String recordId, int passage) {
    return recordId + "#" + passage;
  }

  @Override
  public boolean delete(String recordId) throws IOException {
    Objects.requireNonNull(recordId, "recordId");
    pending.remove(recordId);
    metas.remove(recordId);
    ObjectNode q = QueryDsl.term(PassageFields.RECORD_ID, recordId);
    boolean held = false;
    for (String index : writeIndexes()) held |= deleteByQuery(index, q, true) > 0;
    return held;
  }

  private long deleteByQuery(String index, ObjectNode query, boolean refresh) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.set("query", query);
    JsonNode r =
        call("POST", "/" + index + "/_delete_by_query?conflicts=proceed&refresh=" + refresh, body);
    return r.path("deleted").asLong();
  }

  /**
   * After the start-up repair: when this layout's index was being built beside the serving one, the
   * alias moves to it and the old one is deleted; then deleted passages are merged away.
   */
  @Override
  public void mergeDeletes() throws IOException {
    String p = previous;
    if (p != null) {
      refresh();
      moveAlias(p);
      previous = null;
      if (status("DELETE", "/" + p) >= 400)
        LOG.log(System.Logger.Level.WARNING, "the previous index {0} could not be deleted", p);
      LOG.log(System.Logger.Level.INFO, "the alias {0} now names {1}", alias, target);
    }
    call("POST", "/" + target + "/_forcemerge?only_expunge_deletes=true", null);
  }

  @Override
  public void refresh() throws IOException {
    call("POST", "/" + String.join(",", writeIndexes()) + "/_refresh", null);
  }

  /** Nothing to do: the cluster has made every acknowledged write durable (its translog). */
  @Override
  public void commit() {}

  @Override
  public void forceMerge() throws IOException {
    call("POST", "/" + target + "/_forcemerge?max_num_segments=1", null);
  }

  /**
   * Not in this mode: the cluster's own snapshot API backs up its indexes, and they can always be
   * rebuilt from the database.
   */
  @Override
  public void snapshot(Path target) {
    throw new UnsupportedOperationException(
        "the OpenSearch backend is backed up by the database's backup and the cluster's snapshots");
  }

  // ---------------------------------------------------------------- searches

  @Override
  public List<PassageHit> search(
      String query, List<Expansion> expansions, int topK, SearchFilter filter, Set<String> names)
      throws IOException {
    return searchBoth(query, expansions, names, null, topK, filter).bm25();
  }

  @Override
  public List<PassageHit> search(float[] query, int topK, SearchFilter filter) throws IOException {
    return searchBoth(null, List.of(), Set.of(), query, topK, filter).dense();
  }

  @Override
  public Both searchBoth(
      String lexical,
      List<Expansion> expansions,
      Set<String> names,
      float[] dense,
      int topK,
      SearchFilter filter)
      throws IOException {
    Objects.requireNonNull(filter, "filter");
    if (topK < 1) throw new IllegalArgumentException("topK must be at least 1, got: " + topK);
    if (dense != null && dense.length != dimension)
      throw new IllegalArgumentException(
          "query dimension " + dense.length + " != index dimension " + dimension);
    Query text = lexical == null ? null : reader.buildWithinClauseLimit(lexical, expansions);
    StringBuilder body = new StringBuilder();
    List<ObjectNode> filters = QueryDsl.filters(filter);
    if (text != null) {
      ObjectNode header = json.createObjectNode().put("index", alias);
      header.put("search_type", "dfs_query_then_fetch");
      List<ObjectNode> all = new ArrayList<>(filters);
      if (!names.isEmpty()) all.add(QueryDsl.terms(PassageFields.NAME, names));
      ObjectNode q = json.createObjectNode();
      ObjectNode bool = q.putObject("bool");
      bool.putArray("must").add(QueryDsl.of(text));
      if (!all.isEmpty()) all.forEach(bool.putArray("filter")::add);
      ObjectNode s = request(topK, q);
      s.put("track_scores", true);
      ArrayNode sort = s.putArray("sort");
      sort.addObject().put("_score", "desc");
      sort.addObject().put(PassageFields.RECORD_ID, "asc");
      sort.addObject().put(PassageFields.PASSAGE, "asc");
      body.append(json.writeValueAsString(header)).append('\n');
      body.append(json.writeValueAsString(s)).append('\n');
    }
    if (dense != null) {
      ObjectNode knn = json.createObjectNode();
      ArrayNode v = knn.putArray("vector");
      for (float x : dense) v.add(x);
      knn.put("k", topK);
      if (!filters.isEmpty()) knn.set("filter", QueryDsl.filtered(filters));
      ObjectNode q = json.createObjectNode();
      q.putObject("knn").set(IndexMapping.VECTOR, knn);
      body.append(json.writeValueAsString(json.createObjectNode().put("index", alias)))
          .append('\n');
      body.append(json.writeValueAsString(request(topK, q))).append('\n');
    }
    if (body.isEmpty()) return new Both(List.of(), List.of());
    JsonNode responses = ndjson("/_msearch", body.toString()).path("responses");
    int at = 0;
    List<PassageHit> bm25 = List.of();
    List<PassageHit> near = List.of();
    if (text != null) {
      bm25 = hits(responses.get(at++));
      bm25.sort(PassageHit.BEST_FIRST);
    }
    if (dense != null) near = hits(responses.get(at));
    return new Both(bm25, near);
  }

  private ObjectNode request(int size, ObjectNode query) {
    ObjectNode s = json.createObjectNode();
    s.put("size", size);
    s.put("track_total_hits", false);
    ArrayNode src = s.putArray("_source");
    META_FIELDS.forEach(src::add);
    s.set("query", query);
    return s;
  }

  private List<PassageHit> hits(JsonNode response) throws IOException {
    if (response == null) throw new IOException("the cluster's multi-search answered too few");
    if (response.has("error"))
      throw new IOException(
          "the cluster refused a search: " + response.path("error").path("type").asText());
    List<PassageHit> out = new ArrayList<>();
    for (JsonNode h : response.path("hits").path("hits")) {
      JsonNode src = h.path("_source");
      String id = src.path(PassageFields.RECORD_ID).asText();
      float score = (float) h.path("_score").asDouble();
      out.add(new PassageHit(id, src.path(PassageFields.PASSAGE).asInt(), score));
      metas.put(id, meta(src));
    }
    return out;
  }

  private static RecordMeta meta(JsonNode src) {
    JsonNode date = src.get(PassageFields.DATE);
    return new RecordMeta(
        src.path(PassageFields.CASE_ID).asText(),
        text(src, PassageFields.CHILD_ID),
        text(src, PassageFields.TYPE),
        text(src, PassageFields.TEAM),
        date == null || date.isNull() ? null : LocalDate.ofEpochDay(date.asLong()),
        src.path(PassageFields.RESTRICTED).asBoolean(false));
  }

  private static String text(JsonNode src, String field) {
    JsonNode v = src.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Whether a passage of a record passing {@code filter} matches {@code query}. */
  private boolean holds(ObjectNode query, SearchFilter filter) throws IOException {
    return holdsEach(List.of(query), filter)[0];
  }

  /**
   * For each query, whether a passage of a record passing {@code filter} matches it: one
   * multi-search, however many.
   */
  private boolean[] holdsEach(List<ObjectNode> queries, SearchFilter filter) throws IOException {
    boolean[] out = new boolean[queries.size()];
    if (queries.isEmpty()) return out;
    List<ObjectNode> filters = QueryDsl.filters(filter);
    List<ObjectNode> bodies = new ArrayList<>();
    for (ObjectNode q : queries) {
      List<ObjectNode> all = new ArrayList<>(filters);
      all.add(q);
      ObjectNode s = json.createObjectNode();
      s.put("size", 0);
      s.put("terminate_after", 1);
      s.put("track_total_hits", 1);
      s.set("query", QueryDsl.filtered(all));
      bodies.add(s);
    }
    List<JsonNode> rs = multiSearch(bodies);
    for (int i = 0; i < out.length; i++)
      out[i] = rs.get(i).path("hits").path("total").path("value").asLong() > 0;
    return out;
  }

  /** Several searches of the alias in one round trip, their responses in order. */
  private List<JsonNode> multiSearch(List<ObjectNode> bodies) throws IOException {
    StringBuilder body = new StringBuilder();
    String header = json.writeValueAsString(json.createObjectNode().put("index", alias));
    for (ObjectNode b : bodies)
      body.append(header).append('\n').append(json.writeValueAsString(b)).append('\n');
    JsonNode responses = ndjson("/_msearch", body.toString()).path("responses");
    List<JsonNode> out = new ArrayList<>(bodies.size());
    for (int i = 0; i < bodies.size(); i++) {
      JsonNode r = responses.get(i);
      if (r == null) throw new IOException("the cluster's multi-search answered too few");
      if (r.has("error"))
        throw new IOException(
            "the cluster refused a search: " + r.path("error").path("type").asText());
      out.add(r);
    }
    return out;
  }

  @Override
  public String name(String typed, int maxEdits, SearchFilter filter) throws IOException {
    Objects.requireNonNull(typed, "typed");
    return names(List.of(typed), List.of(maxEdits), filter).getFirst();
  }

  /** Every name held as typed in one round trip, then the closest to the rest in another. */
  @Override
  public List<String> names(List<String> typed, List<Integer> maxEdits, SearchFilter filter)
      throws IOException {
    List<ObjectNode> exact = new ArrayList<>();
    for (String t : typed) exact.add(QueryDsl.term(PassageFields.NAME, t));
    boolean[] held = holdsEach(exact, filter);
    List<String> out = new ArrayList<>();
    List<Integer> fuzzy = new ArrayList<>();
    List<ObjectNode> bodies = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      out.add(held[i] ? typed.get(i) : null);
      if (held[i] || maxEdits.get(i) < 1) continue;
      ObjectNode f = json.createObjectNode();
      f.putObject("fuzzy")
          .putObject(PassageFields.NAME)
          .put("value", typed.get(i))
          .put("fuzziness", Math.min(maxEdits.get(i), 2))
          .put("prefix_length", 1)
          .put("transpositions", true);
      fuzzy.add(i);
      bodies.add(namesBody(f, filter, null, 500));
    }
    if (bodies.isEmpty()) return out;
    List<JsonNode> rs = multiSearch(bodies);
    for (int k = 0; k < fuzzy.size(); k++) {
      int i = fuzzy.get(k);
      out.set(i, closest(typed.get(i), maxEdits.get(i), buckets(rs.get(k))));
    }
    return out;
  }

  /**
   * The closest of {@code found} to {@code typed}: as many words, the same first letters, within
   * {@code maxEdits}; then the one more passages hold, then alphabetical.
   */
  private static String closest(String typed, int maxEdits, Map<String, Long> found) {
    List<String> words = List.of(typed.split(" "));
    List<String> close = new ArrayList<>();
    for (String c : found.keySet()) {
      List<String> cw = List.of(c.split(" "));
      if (cw.size() != words.size() || QueryReader.distance(c, typed) > maxEdits) continue;
      boolean sameInitials = true;
      for (int i = 0; i < cw.size(); i++)
        sameInitials &= cw.get(i).charAt(0) == words.get(i).charAt(0);
      if (sameInitials) close.add(c);
    }
    close.sort(QueryReader.closestFirst(typed, found::get));
    return close.isEmpty() ? null : close.getFirst();
  }

  /** A search for the names of passages matching {@code query} (and {@code include}). */
  private ObjectNode namesBody(ObjectNode query, SearchFilter filter, String include, int max) {
    List<ObjectNode> all = new ArrayList<>(QueryDsl.filters(filter));
    if (query != null) all.add(query);
    ObjectNode s = json.createObjectNode();
    s.put("size", 0);
    s.set("query", QueryDsl.filtered(all));
    ObjectNode terms = s.putObject("aggs").putObject("names").putObject("terms");
    terms.put("field", PassageFields.NAME).put("size", max);
    if (include != null) terms.put("include", include);
    return s;
  }

  private static Map<String, Long> buckets(JsonNode response) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (JsonNode b : response.path("aggregations").path("names").path("buckets"))
      out.put(b.path("key").asText(), b.path("doc_count").asLong());
    return out;
  }

  /**
   * The names passages matching {@code query} and passing {@code filter} hold (those matching
   * {@code include}, a Lucene regular expression, when given), with how many passages hold each,
   * commonest first.
   */
  private Map<String, Long> namesAmong(
      ObjectNode query, SearchFilter filter, String include, int max) throws IOException {
    return buckets(call("POST", "/" + alias + "/_search", namesBody(query, filter, include, max)));
  }

  @Override
  public Set<String> recordsNaming(Set<String> names, SearchFilter filter, int max)
      throws IOException {
    Set<String> out = new LinkedHashSet<>();
    if (names.isEmpty()) return out;
    List<ObjectNode> all = new ArrayList<>(QueryDsl.filters(filter));
    all.add(QueryDsl.terms(PassageFields.NAME, names));
    ObjectNode s = json.createObjectNode();
    s.put("size", 0);
    s.set("query", QueryDsl.filtered(all));
    s.putObject("aggs")
        .putObject("ids")
        .putObject("terms")
        .put("field", PassageFields.RECORD_ID)
        .put("size", max);
    for (JsonNode b :
        call("POST", "/" + alias + "/_search", s).path("aggregations").path("ids").path("buckets"))
      out.add(b.path("key").asText());
    return out;
  }

  /**
   * Three round trips, however many words: which the visible records hold, the cluster's candidates
   * for the rest (a term suggester, blind to who may see what), then which candidates the visible
   * records hold.
   */
  @Override
  public Map<String, String> corrections(
      Collection<String> words, Set<String> known, SearchFilter filter) throws IOException {
    Map<String, String> asked = new LinkedHashMap<>(); // as typed -> spelling form
    for (String typed : words) {
      String word = reader.spellingOf(typed);
      if (word == null || word.length() < 4 || asked.containsKey(typed) || known.contains(word))
        continue;
      asked.put(typed, word);
    }
    List<String> typedWords = new ArrayList<>(asked.keySet());
    List<ObjectNode> exact = new ArrayList<>();
    for (String t : typedWords) exact.add(QueryDsl.term(PassageFields.SPELL, asked.get(t)));
    boolean[] held = holdsEach(exact, filter);
    List<String> unheld = new ArrayList<>();
    for (int i = 0; i < typedWords.size(); i++) if (!held[i]) unheld.add(typedWords.get(i));
    Map<String, String> out = new LinkedHashMap<>();
    if (unheld.isEmpty()) return out;
    ObjectNode s = json.createObjectNode();
    s.put("size", 0);
    ObjectNode suggest = s.putObject("suggest");
    for (int i = 0; i < unheld.size(); i++) {
      String word = asked.get(unheld.get(i));
      suggest
          .putObject("w" + i)
          .put("text", word)
          .putObject("term")
          .put("field", PassageFields.SPELL)
          .put("max_edits", word.length() < 10 ? 1 : 2)
          .put("prefix_length", 1)
          .put("min_word_length", 4)
          .put("size", 20)
          .put("suggest_mode", "always")
          .put("max_term_freq", 1.0f)
          .put("string_distance", "damerau_levenshtein");
    }
    JsonNode suggested = call("POST", "/" + alias + "/_search", s).path("suggest");
    List<List<String>> ranked = new ArrayList<>();
    List<ObjectNode> checks = new ArrayList<>();
    for (int i = 0; i < unheld.size(); i++) {
      String word = asked.get(unheld.get(i));
      int maxEdits = word.length() < 10 ? 1 : 2;
      Map<String, Long> close = new LinkedHashMap<>();
      for (JsonNode entry : suggested.path("w" + i))
        for (JsonNode o : entry.path("options"))
          close.put(o.path("text").asText(), o.path("freq").asLong());
      List<String> r = new ArrayList<>();
      for (String c : close.keySet()) if (QueryReader.distance(c, word) <= maxEdits) r.add(c);
      r.sort(QueryReader.closestFirst(word, close::get));
      ranked.add(r);
      for (String c : r) checks.add(QueryDsl.term(PassageFields.SPELL, c));
    }
    boolean[] visible = holdsEach(checks, filter);
    int at = 0;
    for (int i = 0; i < unheld.size(); i++) {
      String word = asked.get(unheld.get(i));
      int maxEdits = word.length() < 10 ? 1 : 2;
      String best = null;
      for (String c : ranked.get(i)) {
        if (best == null && visible[at]) best = c;
        at++;
      }
      best = QueryReader.closerKnown(word, best, maxEdits, known);
      if (best != null) out.put(unheld.get(i), best);
    }
    return out;
  }

  @Override
  public double wordsHeld(String query, Collection<String> recordIds) throws IOException {
    List<Query> words = reader.wordQueries(query);
    if (words.isEmpty() || recordIds.isEmpty()) return words.isEmpty() ? 1 : 0;
    ObjectNode s = json.createObjectNode();
    s.put("size", 0);
    s.set(
        "query",
        QueryDsl.filtered(List.of(QueryDsl.terms(PassageFields.RECORD_ID, Set.copyOf(recordIds)))));
    ObjectNode byRecord = s.putObject("aggs").putObject("r");
    byRecord.putObject("terms").put("field", PassageFields.RECORD_ID).put("size", recordIds.size());
    ObjectNode each =
        byRecord.putObject("aggs").putObject("w").putObject("filters").putObject("filters");
    for (int i = 0; i < words.size(); i++) each.set("w" + i, QueryDsl.of(words.get(i)));
    double best = 0;
    for (JsonNode b :
        call("POST", "/" + alias + "/_search", s).path("aggregations").path("r").path("buckets")) {
      int held = 0;
      Iterator<JsonNode> it = b.path("w").path("buckets").elements();
      while (it.hasNext()) if (it.next().path("doc_count").asLong() > 0) held++;
      best = Math.max(best, (double) held / words.size());
    }
    return best;
  }

  @Override
  public List<String> namesStarting(String prefix, SearchFilter filter, int max)
      throws IOException {
    if (prefix.isBlank() || max < 1) return List.of();
    String p = regexLiteral(prefix);
    String include = prefix.contains(" ") ? p + ".*" : "(" + p + ".*)|(.* " + p + "[^ ]*)";
    return List.copyOf(namesAmong(null, filter, include, max).keySet());
  }

  /** {@code text} as a Lucene regular expression that matches only itself. */
  private static String regexLiteral(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (".?+*|{}[]()\"\\#@&<>~".indexOf(c) >= 0) b.append('\\');
      b.append(c);
    }
    return b.toString();
  }

  @Override
  public boolean holdsType(String type, SearchFilter filter) throws IOException {
    return holds(QueryDsl.term(PassageFields.TYPE, type), filter);
  }

  @Override
  public boolean anyDated(LocalDate from, LocalDate to) throws IOException {
    return holds(QueryDsl.dateRange(from, to), SearchFilter.NONE);
  }

  @Override
  public String highlight(String query, String text, int maxChars) {
    return reader.highlight(query, text, maxChars);
  }

  // ---------------------------------------------------------------- state

  /**
   * Every record's hash in this layout's index (the one being built, while it is), read with a
   * composite aggregation after a refresh.
   */
  @Override
  public Map<String, String> recordHashes() {
    try {
      call("POST", "/" + target + "/_refresh", null);
      Map<String, String> out = new HashMap<>();
      JsonNode after = null;
      while (true) {
        ObjectNode s = json.createObjectNode();
        s.put("size", 0);
        ObjectNode comp = s.putObject("aggs").putObject("h").putObject("composite");
        comp.put("size", 10_000);
        ArrayNode sources = comp.putArray("sources");
        sources
            .addObject()
            .putObject("id")
            .putObject("terms")
            .put("field", PassageFields.RECORD_ID);
        sources
            .addObject()
            .putObject("hash")
            .putObject("terms")
            .put("field", PassageFields.RECORD_HASH);
        if (after != null) comp.set("after", after);
        JsonNode agg = call("POST", "/" + target + "/_search", s).path("aggregations").path("h");
        JsonNode buckets = agg.path("buckets");
        for (JsonNode b : buckets)
          out.put(b.path("key").path("id").asText(), b.path("key").path("hash").asText());
        if (buckets.isEmpty() || !agg.has("after_key")) return out;
        after = agg.get("after_key");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the record hashes from the cluster failed", e);
    }
  }

  /** This process's name: a start always compares the cluster with the database. */
  @Override
  public String commitId() {
    return commitId;
  }

  @Override
  public int size() {
    try {
      return call("GET", "/" + alias + "/_count", null).path("count").asInt();
    } catch (IOException e) {
      throw new UncheckedIOException("counting passages on the cluster failed", e);
    }
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] vector(String recordId, int passage) {
    try {
      Request r = new Request("GET", "/" + alias + "/_doc/" + encode(docId(recordId, passage)));
      r.addParameter("_source_includes", IndexMapping.VECTOR);
      JsonNode doc = json.readTree(EntityUtils.toString(client.performRequest(r).getEntity()));
      JsonNode v = doc.path("_source").path(IndexMapping.VECTOR);
      if (!v.isArray()) return null;
      float[] out = new float[v.size()];
      for (int i = 0; i < out.length; i++) out[i] = (float) v.get(i).asDouble();
      return out;
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() == 404) return null;
      throw new UncheckedIOException(e);
    } catch (IOException | org.apache.hc.core5.http.ParseException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  @Override
  public RecordMeta meta(String recordId) {
    RecordMeta m = metas.get(recordId);
    if (m != null) return m;
    try {
      ObjectNode s = request(1, QueryDsl.term(PassageFields.RECORD_ID, recordId));
      for (PassageHit h : hits(call("POST", "/" + alias + "/_search", s)))
        return metas.get(h.recordId());
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a record's attributes from the cluster failed", e);
    }
  }

  @Override
  public List<Integer> segmentSizes() {
    return List.of();
  }

  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) return;
    try {
      client.close();
    } finally {
      reader.close();
    }
  }

  // ---------------------------------------------------------------- HTTP

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode call(String method, String path, JsonNode body) throws IOException {
    Request r = new Request(method, path);
    if (body != null) r.setJsonEntity(json.writeValueAsString(body));
    return perform(r);
  }

  private JsonNode ndjson(String path, String body) throws IOException {
    Request r = new Request("POST", path);
    r.setEntity(new StringEntity(body, NDJSON));
    return perform(r);
  }

  private JsonNode perform(Request r) throws IOException {
    try {
      return read(client.performRequest(r));
    } catch (ResponseException e) {
      throw failure(e);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private int status(String method, String path) throws IOException {
    try {
      return client.performRequest(new Request(method, path)).getStatusLine().getStatusCode();
    } catch (ResponseException e) {
      return e.getResponse().getStatusLine().getStatusCode();
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  /** No node answered (refused, timed out): the cluster is unavailable, the request is fine. */
  private static IOException unavailable(IOException e) {
    return e instanceof IndexUnavailableException
        ? e
        : new IndexUnavailableException(
            "no OpenSearch node answered: " + e.getClass().getSimpleName(), e);
  }

  private JsonNode read(Response response) throws IOException {
    if (response.getEntity() == null) return json.createObjectNode();
    try (InputStream in = response.getEntity().getContent()) {
      JsonNode n = json.readTree(in);
      return n == null ? json.createObjectNode() : n;
    }
  }

  private static String body(ResponseException e) {
    try {
      return e.getResponse().getEntity() == null
          ? ""
          : EntityUtils.toString(e.getResponse().getEntity());
    } catch (IOException | org.apache.hc.core5.http.ParseException x) {
      return "";
    }
  }

  /**
   * The cluster's refusal as an exception naming its status and error type, never the request (it
   * may hold words of a record or a query).
   */
  private IOException failure(ResponseException e) {
    int status = e.getResponse().getStatusLine().getStatusCode();
    String type = "";
    try {
      type = json.readTree(body(e)).path("error").path("type").asText("");
    } catch (IOException | RuntimeException ignored) {
      // the status alone says enough
    }
    String message =
        "the OpenSearch cluster answered " + status + (type.isEmpty() ? "" : " (" + type + ")");
    // 429 (rejected, queues full) and 5xx (no shard copy available ...): try again later.
    return status == 429 || status >= 500
        ? new IndexUnavailableException(message, e)
        : new IOException(message, e);
  }
}
