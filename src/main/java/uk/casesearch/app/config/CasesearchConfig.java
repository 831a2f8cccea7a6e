package uk.casesearch.app.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.casesearch.engine.search.HybridSearcher;

/**
 * All of Casesearch's own settings ({@code casesearch.*}, or CASESEARCH_* environment variables).
 */
@ConfigMapping(prefix = "casesearch")
public interface CasesearchConfig {

  /** Where the database (by default) and the index files live. */
  @WithDefault("./data")
  Path dataDir();

  Models models();

  Chunking chunking();

  Search search();

  Vector vector();

  Text text();

  /**
   * Where passages are indexed: {@code embedded} (JVector and Lucene in this process, under the
   * data folder) or {@code opensearch} (an OpenSearch 3 cluster, {@code casesearch.opensearch.*};
   * then PostgreSQL is the source of truth, and several instances may share the cluster and
   * database).
   */
  @WithDefault("embedded")
  Backend backend();

  /** Where the passage index lives. */
  enum Backend {
    EMBEDDED,
    OPENSEARCH
  }

  OpenSearch opensearch();

  /** The cluster of the {@code opensearch} backend. */
  interface OpenSearch {
    /** The nodes' HTTP addresses, comma-separated ({@code https://os1.council.local:9200,...}). */
    @WithDefault("http://127.0.0.1:9200")
    List<java.net.URI> hosts();

    /** Basic-auth user (with the password), when the cluster's security plugin asks for one. */
    Optional<String> username();

    Optional<String> password();

    /** A PKCS#12 (or .jks) trust store holding the cluster's CA, for https hosts. */
    Optional<Path> trustStore();

    Optional<String> trustStorePassword();

    /** The alias searches and writes go through; each layout's index is named from it. */
    @WithDefault("casesearch-passages")
    String index();

    /** Primary shards of a new index. */
    @WithDefault("2")
    int shards();

    /** Copies of each shard on other nodes: 1 keeps every passage through the loss of a node. */
    @WithDefault("1")
    int replicas();

    /** How long one request to the cluster may take. */
    @WithDefault("30s")
    Duration timeout();

    /**
     * How often the outbox is read for changes an instance stored and did not live to send: one
     * such change reaches the cluster within about twice this.
     */
    @WithDefault("30s")
    Duration outboxInterval();
  }

  Ingest ingest();

  Documents documents();

  /**
   * The bootstrap administrator key (CASESEARCH_ADMIN_KEY). Without one, a random key is made at
   * the first start and written to {@code <data-dir>/admin-key}, readable by its owner only.
   */
  Optional<String> adminKey();

  Auth auth();

  /**
   * Whether the service warms up in the background once ready, so that the first searches after a
   * restart are not the slow ones: it reads the index files once (not when they exceed half the
   * memory the kernel reports available) and runs two searches of its own. The one-off commands
   * (import, reindex, eval, ...) turn it off.
   */
  @WithDefault("true")
  boolean warmUp();

  Redaction redaction();

  Insight insight();

  Demo demo();

  /** The invented demo set, for evaluation. */
  interface Demo {
    /**
     * Whether the service loads the demo set (212 invented records and three documents) at start
     * when its database holds no record: on in the demo profile only.
     */
    @WithDefault("false")
    boolean load();
  }

  /** The eco-map and the chronology. */
  interface Insight {
    /**
     * A council's own insight lexicon (YAML, the shipped insight.yaml format: words for people,
     * stance and event cues, milestones); default: shipped. Records are read again with it at the
     * next start.
     */
    Optional<Path> lexicon();

    /**
     * A council's own question lexicon (YAML, the shipped questions.yaml format: question forms,
     * topics and where the records hold them, lists, role words); default: shipped.
     */
    Optional<Path> questions();

    /**
     * A council's own glossary (YAML, the shipped glossary.yaml format: terms and their plain
     * words), shown beside the jargon of a care leaver's summary; default: shipped.
     */
    Optional<Path> glossary();
  }

  /**
   * Where online backups go, one folder per backup ({@code casesearch-<time>}); by default {@code
   * <data-dir>/backups}. Put it on another disk, or copy it off the server.
   */
  Optional<Path> backupDir();

  /** What a redacted view or subject access export masks. */
  interface Redaction {
    /**
     * The classes of personal data masked: PERSON_NAME, ADDRESS, POSTCODE, PHONE, EMAIL,
     * NHS_NUMBER, NI_NUMBER, DATE_OF_BIRTH.
     */
    @WithDefault("PERSON_NAME,ADDRESS,POSTCODE,PHONE,EMAIL,NHS_NUMBER,NI_NUMBER,DATE_OF_BIRTH")
    java.util.Set<uk.casesearch.engine.insight.Redactor.DataClass> classes();

    /**
     * Whether professionals' names are masked too. Off by default: staff acting in an official
     * capacity are usually disclosed (ICO guidance on subject access).
     */
    @WithDefault("false")
    boolean maskProfessionals();

    /** How a masked span is written; %s is the class label, e.g. [NAME]. */
    @WithDefault("[%s]")
    String maskFormat();

    /**
     * Whether a subject access export leaves out restricted (sealed court and adoption) records.
     */
    @WithDefault("true")
    boolean withholdRestricted();
  }

  /** Authentication of people (OIDC / JWT bearer tokens) and systems (API keys). */
  interface Auth {
    /** The JWT claim holding the user's teams (their roles are in the standard groups claim). */
    @WithDefault("teams")
    String teamsClaim();

    /**
     * How people sign in to the page: {@code form} (the sign-in form, for the local users) or
     * {@code code} (the council's identity provider, by OpenID Connect's authorization code flow;
     * configure {@code quarkus.oidc.*}).
     */
    @WithDefault("form")
    String pageSignIn();

    /**
     * Sign-in to the page with a user name and password from this configuration, for evaluation: on
     * by default outside the production profile, off in production (where people sign in through
     * the council's identity provider), and the page says when it is on.
     */
    @WithDefault("false")
    boolean localSignIn();

    /** The local sign-in's users, by user name. */
    Map<String, LocalUser> users();

    /**
     * One local user: the same roles and teams as a bearer token would carry, and the same case
     * permissions (grants to them or their teams, or all cases).
     */
    interface LocalUser {
      /**
       * The password's hash as {@code casesearch hash-password} prints it ({@code
       * pbkdf2-sha256:<iterations>:<salt>:<hash>}); never the password itself.
       */
      String passwordHash();

      /** The user's roles (practitioner, manager, auditor, admin, ingest). */
      List<String> roles();

      /** The user's teams. */
      Optional<List<String>> teams();

      /** Whether they see every case, as an all_cases key does. */
      @WithDefault("false")
      boolean allCases();

      /** Whether they see the restricted records of every case they see. */
      @WithDefault("false")
      boolean restricted();
    }
  }

  /** The embedding model. */
  interface Models {
    /** The folder holding one sub-folder per model (filled by the Maven build). */
    @WithDefault("models")
    Path dir();

    /** Which model embeds passages and queries. */
    @WithDefault("bge-small-en-v1.5-q")
    String name();

    /** ONNX Runtime threads per inference. */
    @WithDefault("2")
    int threads();

    /** Tokens per passage or query, at most 512. */
    @WithDefault("512")
    int maxTokens();

    /**
     * Passages per inference call. 1 by default: with the int8 model a passage's vector depends on
     * what it is batched with (activation ranges span the padded batch), and batching gains nothing
     * on 2 cores.
     */
    @WithDefault("1")
    int batchSize();

    /** Query vectors kept in memory for repeated searches. */
    @WithDefault("10000")
    int queryCacheSize();
  }

  /** How record text is split into passages. */
  interface Chunking {
    @WithDefault("2000")
    int maxChars();

    @WithDefault("200")
    int overlapChars();
  }

  /** Retrieval, fusion and how queries are read (casesearch.search.*). */
  interface Search {
    /** Passages each retriever returns before grouping by record (more for a deeper page). */
    @WithDefault("100")
    int candidates();

    @WithDefault("300")
    int snippetChars();

    /** The longest query accepted, in characters. */
    @WithDefault("1000")
    int maxQueryChars();

    /** Whether a date phrase in the query ("in 2024", "since March 2024") becomes a date filter. */
    @WithDefault("true")
    boolean queryDates();

    /** Threads running retrievers in parallel. */
    @WithDefault("4")
    int threads();

    Fusion fusion();

    Concepts concepts();

    Feedback feedback();

    /** How the BM25 and dense rankings become one (casesearch.search.fusion.*). */
    interface Fusion {
      /** How the rankings are combined: rrf (reciprocal rank) or minmax (scores). */
      @WithDefault("minmax")
      HybridSearcher.Fusion.Method method();

      /** The reciprocal-rank constant, for rrf and for the ranking of a named record type. */
      @WithDefault("60")
      int rrfK();

      @WithDefault("1.0")
      double bm25Weight();

      @WithDefault("1.0")
      double vectorWeight();

      /**
       * Weight of the dense ranking when the concept lexicon does not fit the corpus (BM25 then
       * runs without concept expansions), in place of vector-weight.
       */
      @WithDefault("1.5")
      double vectorWeightWithoutLexicon();

      /** Weight of the extra ranking of records of a type the query names (0: off). */
      @WithDefault("1.0")
      double typeBoost();
    }

    /** The concept lexicon and how queries are read for it (casesearch.search.concepts.*). */
    interface Concepts {
      /**
       * A council's own concept lexicon (YAML, the shipped concepts.yaml format); default: shipped.
       */
      Optional<Path> lexicon();

      /**
       * How much of a named concept's description is blended into the query vector (0: none, 1: as
       * much as the query itself).
       */
      @WithDefault("2.0")
      double weight();

      /**
       * Weight of a named concept's description in BM25, as a whole, relative to the query (0:
       * off).
       */
      @WithDefault("4.0")
      double textWeight();

      /**
       * When no concept is named, the similarity between the query and a concept's closest name at
       * which the concept counts as meant (calibrated for bge-small-en-v1.5; above 1 turns it off).
       */
      @WithDefault("0.74")
      double similarity();

      /** How far that similarity must exceed the next concept's. */
      @WithDefault("0.05")
      double margin();

      /**
       * The median similarity between concept descriptions and their closest passages at which the
       * lexicon counts as fitting the corpus (0: always; calibrated for bge-small-en-v1.5).
       */
      @WithDefault("0.83")
      double affinity();
    }

    /** Dense pseudo-relevance feedback (casesearch.search.feedback.*). */
    interface Feedback {
      /** The best passages whose mean moves the query vector for a second dense search (0: off). */
      @WithDefault("0")
      int passages();

      /** The weight of that mean against the query vector. */
      @WithDefault("0.5")
      double weight();
    }
  }

  /** The JVector graph. */
  interface Vector {
    @WithDefault("32")
    int maxDegree();

    @WithDefault("100")
    int beamWidth();

    /** Below this many accepted passages a filtered search scans exactly instead of the graph. */
    @WithDefault("5000")
    int exactSearchThreshold();

    /**
     * The in-memory graph is written out as an on-disk segment once it holds this many passages.
     */
    @WithDefault("50000")
    int segmentPassages();

    /** This many segments of about the same size are merged into one in the background. */
    @WithDefault("4")
    int mergeFactor();

    /**
     * Segments at least this large keep product-quantized vectors in memory (the full ones stay on
     * disk).
     */
    @WithDefault("100000")
    int quantizeMinPassages();
  }

  /** The Lucene BM25 index. */
  interface Text {
    @WithDefault("0.9")
    float k1();

    @WithDefault("0.4")
    float b();

    @WithDefault("0.5")
    float titleBoost();

    /** Weight of a match on the people a record names (names, roles, relation to the child). */
    @WithDefault("1.0")
    float peopleBoost();

    /** A council's own synonym file (Solr format) replacing the shipped one. */
    Optional<Path> synonyms();
  }

  /** Document uploads and the files the eval reads. */
  interface Documents {
    /** The largest document file accepted, in bytes (the HTTP body limit also applies). */
    @WithDefault("52428800")
    long maxBytes();

    /** The most characters of text extracted from one document. */
    @WithDefault("2000000")
    int maxChars();

    /** The longest one document may take to read. */
    @WithDefault("60s")
    Duration parseTimeout();
  }

  /** Ingestion. */
  interface Ingest {
    /** Records indexed together (one embedding pass). */
    @WithDefault("32")
    int batchSize();

    /** How often indexed changes are made durable on disk. */
    @WithDefault("5")
    int commitIntervalSeconds();

    /** The most records one POST may carry. */
    @WithDefault("10000")
    int maxRecordsPerRequest();

    /** How long {@code ?wait=true} waits for records to become searchable. */
    @WithDefault("600")
    int waitTimeoutSeconds();

    /** The most characters of text in one record. */
    @WithDefault("2000000")
    int maxTextChars();
  }
}
