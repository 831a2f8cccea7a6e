package uk.casesearch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import uk.casesearch.app.audit.AuditLog;
import uk.casesearch.app.audit.AuditedRead;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.export.SubjectAccessService;
import uk.casesearch.app.insight.AuditedAsk;
import uk.casesearch.app.insight.InsightService;
import uk.casesearch.app.search.AuditedSearch;
import uk.casesearch.app.security.Access;
import uk.casesearch.app.security.Role;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.insight.CaseAnswerer;
import uk.casesearch.engine.insight.Chronology;
import uk.casesearch.engine.insight.EcoMap;
import uk.casesearch.engine.insight.EcoMapSvg;
import uk.casesearch.engine.search.Facet;
import uk.casesearch.engine.search.FacetCount;
import uk.casesearch.engine.search.QueryDates;
import uk.casesearch.engine.search.SearchHit;
import uk.casesearch.engine.search.SearchMode;
import uk.casesearch.engine.search.SearchRequest;
import uk.casesearch.engine.search.SearchResult;

/**
 * The social worker's page, rendered on the server (it works without JavaScript): search with
 * filters and facet counts, a record, and a child's records, eco-map and chronology. Everything it
 * shows comes through the same permission checks and audit as the API. Searches are sent as forms
 * (POST), so a query never appears in an address, a browser's history or an access log.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

  /** Results per page. */
  static final int PAGE_SIZE = 10;

  @CheckedTemplate(basePath = "page")
  static class Templates {
    static native TemplateInstance search(Views.SearchPage page);

    static native TemplateInstance record(Views.RecordPage page);

    static native TemplateInstance child(Views.CasePage page);

    static native TemplateInstance signIn(Views.SignInPage page);
  }

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
  private static final DateTimeFormatter UK_INPUT =
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

  private final AuditedSearch searches;
  private final AuditedRead reads;
  private final Marks marks;
  private final RecordStore store;
  private final InsightService insight;
  private final AuditedAsk asker;
  private final SubjectAccessService subjectAccess;
  private final Access access;
  private final AuditLog audit;
  private final PageChrome chrome;
  private final CasesearchConfig config;
  private final String sessionCookie;

  public PageResource(
      AuditedSearch searches,
      AuditedRead reads,
      Marks marks,
      RecordStore store,
      InsightService insight,
      AuditedAsk asker,
      SubjectAccessService subjectAccess,
      Access access,
      AuditLog audit,
      PageChrome chrome,
      CasesearchConfig config,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
    this.searches = searches;
    this.reads = reads;
    this.marks = marks;
    this.store = store;
    this.insight = insight;
    this.asker = asker;
    this.subjectAccess = subjectAccess;
    this.access = access;
    this.audit = audit;
    this.chrome = chrome;
    this.config = config;
    this.sessionCookie = sessionCookie;
  }

  @GET
  @Authenticated
  @Operation(hidden = true)
  public Response home() {
    // Each role's own start: practitioners search, auditors read the trail.
    boolean searches = access.caller().hasAny(Role.PRACTITIONER, Role.MANAGER);
    if (!searches && access.caller().hasAny(Role.AUDITOR))
      return Response.seeOther(URI.create("/audit")).build();
    if (!searches && access.caller().hasAny(Role.ADMIN))
      return Response.seeOther(URI.create("/admin")).build();
    return Response.seeOther(URI.create("/search")).build();
  }

  /** Where the identity provider sends people back; they go on to the page they asked for. */
  @GET
  @Path("signed-in")
  @Authenticated
  @Operation(hidden = true)
  public Response signedIn() {
    return home();
  }

  @GET
  @Path("search")
  @Authenticated
  @Operation(hidden = true)
  public TemplateInstance searchForm() {
    mustSearch();
    return Templates.search(empty(List.of(), null, null, null));
  }

  @POST
  @Path("search")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response search(
      @RestForm("q") String q,
      @RestForm("type") List<String> types,
      @RestForm("team") List<String> teams,
      @RestForm("case") List<String> cases,
      @RestForm("from") String from,
      @RestForm("to") String to,
      @RestForm("year") String year,
      @RestForm("page") String page,
      @RestForm("as_typed") String asTypedButton,
      @RestForm("typed") String typedState,
      @RestForm("dates") String datesButton,
      @RestForm("nodates") String noDatesState,
      @RestForm("remove") String remove,
      @RestForm("clear") String clear,
      @RestForm(Csrf.FIELD) String token) {
    mustSearch();
    checkToken(token);
    List<String> errors = new ArrayList<>();
    int max = config.search().maxQueryChars();
    if (q == null || q.isBlank()) errors.add("Enter the words to search for");
    else if (q.length() > max) errors.add("Search words must be " + max + " characters or fewer");
    String fromText = from;
    String toText = to;
    if (year != null && year.matches("\\d{4}")) {
      fromText = year + "-01-01";
      toText = year + "-12-31";
    }
    Set<String> typeSet = clean(types);
    Set<String> teamSet = clean(teams);
    Set<String> caseSet = clean(cases);
    // The selected filters' tags are buttons of this form (a link would put the search in an
    // address): "clear filters" sends clear, a tag sends remove with the one filter it removes.
    if ("filters".equals(clear)) {
      typeSet.clear();
      teamSet.clear();
      caseSet.clear();
      fromText = null;
      toText = null;
    } else if (remove != null) {
      int colon = remove.indexOf(':');
      String field = colon < 0 ? remove : remove.substring(0, colon);
      String value = colon < 0 ? "" : remove.substring(colon + 1);
      switch (field) {
        case "type" -> typeSet.remove(value);
        case "team" -> teamSet.remove(value);
        case "case" -> caseSet.remove(value);
        case "from" -> fromText = null;
        case "to" -> toText = null;
        default -> {}
      }
    }
    LocalDate fromDate = date(fromText, "From", errors);
    LocalDate toDate = date(toText, "To", errors);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate))
      errors.add("The ‘from’ date must be on or before the ‘to’ date");
    int pageNumber = 1;
    if (page != null && !page.isBlank()) {
      try {
        pageNumber = Integer.parseInt(page.strip());
      } catch (NumberFormatException e) {
        pageNumber = 1;
      }
    }
    int offset = (pageNumber - 1) * PAGE_SIZE;
    if (pageNumber < 1 || offset > SearchRequest.MAX_OFFSET) {
      pageNumber = 1;
      offset = 0;
    }
    // "Search my words as typed" and "read my search again" are buttons; the choice then rides
    // along in a hidden field from page to page.
    boolean asTyped = "true".equals(asTypedButton != null ? asTypedButton : typedState);
    // "Search without the date" likewise: the words stay, only the date is not read as a filter.
    boolean noDates =
        datesButton != null ? "false".equals(datesButton) : "true".equals(noDatesState);
    Set<SearchRequest.Reading> reading = EnumSet.allOf(SearchRequest.Reading.class);
    if (noDates) reading.remove(SearchRequest.Reading.DATES);
    if (asTyped) reading.clear();
    if (!errors.isEmpty()) {
      return Response.status(400)
          .entity(Templates.search(empty(errors, q, fromText, toText)))
          .build();
    }
    if (!searches.ready())
      throw new PageException(
          503,
          "Sorry, Casesearch is starting",
          "Try again in a minute: it is loading its indexes.");
    // What was asked, over every case: AuditedSearch narrows it to what the caller may see.
    SearchResult result =
        searches.search(
            new SearchRequest(
                q.strip(),
                new SearchFilter(
                    caseSet, Set.of(), typeSet, teamSet, fromDate, toDate, AccessScope.ALL),
                PAGE_SIZE,
                offset,
                SearchMode.HYBRID,
                true,
                EnumSet.of(Facet.TYPE, Facet.TEAM, Facet.YEAR, Facet.CASE),
                reading));
    Set<String> matched = new LinkedHashSet<>();
    for (SearchHit h : result.hits()) matched.addAll(markedWords(h.snippet()));
    String mark = marks.keep(access.caller().id(), matched);
    List<Views.Result> results = new ArrayList<>();
    for (SearchHit h : result.hits()) {
      results.add(
          new Views.Result(
              h.id(),
              h.title() == null || h.title().isBlank() ? h.id() : h.title(),
              label(h.type()),
              Views.ukDate(h.date()),
              h.author(),
              h.caseId(),
              h.childName(),
              h.snippet(),
              why(h, result.understood()),
              mark));
    }
    List<Views.FacetGroup> facets = new ArrayList<>();
    facets.add(group(result, Facet.TYPE, "type", "Record type", typeSet));
    facets.add(group(result, Facet.TEAM, "team", "Team", teamSet));
    facets.add(group(result, Facet.CASE, "case", "Case", caseSet));
    facets.add(group(result, Facet.YEAR, "year", "Year", Set.of()));
    List<Views.AppliedGroup> applied = new ArrayList<>();
    for (Views.FacetGroup g : facets) {
      List<Views.Applied> on = new ArrayList<>();
      for (Views.Option o : g.options())
        if (o.checked()) on.add(new Views.Applied(o.label(), g.name() + ":" + o.value()));
      if (!on.isEmpty()) applied.add(new Views.AppliedGroup(g.heading(), on));
    }
    List<Views.Applied> dates = new ArrayList<>();
    if (fromDate != null) dates.add(new Views.Applied("From " + Views.ukDate(fromDate), "from"));
    if (toDate != null) dates.add(new Views.Applied("To " + Views.ukDate(toDate), "to"));
    if (!dates.isEmpty()) applied.add(new Views.AppliedGroup("Dates", dates));
    int pages =
        Math.max(
            1, (Math.min(result.total(), SearchRequest.MAX_OFFSET) + PAGE_SIZE - 1) / PAGE_SIZE);
    List<Views.PageLink> links = new ArrayList<>();
    for (int p = Math.max(1, pageNumber - 3); p <= Math.min(pages, pageNumber + 3); p++)
      links.add(new Views.PageLink(p, p == pageNumber));
    Views.SearchPage view =
        new Views.SearchPage(
            chrome(),
            q,
            fromText,
            toText,
            List.of(),
            true,
            result.total(),
            result.hits().isEmpty() ? 0 : offset + 1,
            offset + result.hits().size(),
            results,
            facets,
            applied,
            understood(result.understood()),
            asTyped,
            noDates,
            result.understood().datePhrase(),
            result.match().quality() == SearchResult.Quality.WEAK,
            pages > 1 ? links : List.of(),
            pageNumber > 1 ? pageNumber - 1 : null,
            pageNumber < pages ? pageNumber + 1 : null);
    return Response.ok(Templates.search(view)).build();
  }

  @GET
  @Path("records/{id}")
  @Authenticated
  @Operation(hidden = true)
  public TemplateInstance record(@PathParam("id") String id, @QueryParam("mark") String mark) {
    mustSearch();
    CaseRecord r = visible(id, "view");
    return recordPage(
        r,
        Marks.mark(r.text(), marks.words(access.caller().id(), mark)),
        r.people().stream()
            .map(p -> new Views.Person(p.name(), p.role(), p.relationToChild(), p.kind()))
            .toList(),
        store.original(id).map(o -> o.fileName() == null ? id : o.fileName()).orElse(null),
        false,
        List.of());
  }

  @GET
  @Path("records/{id}/redacted")
  @Authenticated
  @Operation(hidden = true)
  public TemplateInstance redacted(@PathParam("id") String id) {
    mustSearch();
    CaseRecord r = visible(id, "view.redacted");
    SubjectAccessService.RedactedRecord red =
        subjectAccess.redact(r, subjectAccess.defaultSubject(r));
    Map<String, Integer> classes = new LinkedHashMap<>();
    red.redactions()
        .forEach(x -> classes.merge(x.dataClass().name().toLowerCase(Locale.UK), 1, Integer::sum));
    List<String> summary = new ArrayList<>();
    classes.forEach((k, n) -> summary.add(n + " × " + k.replace('_', ' ')));
    return recordPage(
        r,
        Marks.escape(red.text()),
        red.people().stream()
            .map(p -> new Views.Person(p.name(), p.role(), p.relationToChild(), p.kind()))
            .toList(),
        null,
        true,
        summary);
  }

  /**
   * A record's page, as written or redacted.
   *
   * @param html its text as HTML, escaped (and with the search's words marked)
   * @param original the original file's name (null: none, or not offered)
   * @param redacted whether this is the copy for a subject access request
   * @param redactionSummary what was masked, by class
   */
  private TemplateInstance recordPage(
      CaseRecord r,
      String html,
      List<Views.Person> people,
      String original,
      boolean redacted,
      List<String> redactionSummary) {
    return Templates.record(
        new Views.RecordPage(
            chrome(),
            r.id(),
            title(r),
            label(r.type()),
            Views.ukDate(r.date()),
            r.author(),
            r.team(),
            r.caseId(),
            r.child() == null ? null : r.child().name(),
            html,
            people,
            original,
            r.restricted(),
            redacted,
            redactionSummary));
  }

  @GET
  @Path("cases/{caseId}")
  @Authenticated
  @Operation(hidden = true)
  public TemplateInstance child(@PathParam("caseId") String caseId) {
    mustSearch();
    return childPage(caseId, Views.Asked.none());
  }

  @POST
  @Path("cases/{caseId}/ask")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public TemplateInstance ask(
      @PathParam("caseId") String caseId,
      @RestForm("question") String question,
      @RestForm(Csrf.FIELD) String token) {
    mustSearch();
    checkToken(token);
    String q = question == null ? "" : question.strip();
    if (q.isEmpty())
      return childPage(caseId, new Views.Asked("", "Enter a question", false, "", List.of()));
    if (q.length() > CaseAnswerer.MAX_QUESTION)
      return childPage(
          caseId,
          new Views.Asked(
              q.substring(0, CaseAnswerer.MAX_QUESTION),
              "A question must be " + CaseAnswerer.MAX_QUESTION + " characters or fewer",
              false,
              "",
              List.of()));
    var answer = asker.ask(caseId, q, InsightService.Reader.practitioner());
    if (answer.isEmpty()) throw PageException.notFound();
    return childPage(caseId, Views.asked(answer.get()));
  }

  private TemplateInstance childPage(String caseId, Views.Asked asked) {
    var view = insight.caseView(caseId, r -> access.maySee(r.caseId(), r.restricted()));
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("outcome", view.isPresent() ? "shown" : "not_found");
    detail.put("ids", view.map(InsightService.CaseView::recordIds).orElse(List.of()));
    audit.append(new AuditLog.Event(access.caller().id(), "view.case", caseId, null, detail, null));
    if (view.isEmpty()) throw PageException.notFound();
    List<CaseRecord> records = new ArrayList<>(view.get().records());
    records.sort(
        Comparator.comparing((CaseRecord r) -> r.date() == null ? LocalDate.MIN : r.date())
            .reversed()
            .thenComparing(CaseRecord::id));
    EcoMap map = view.get().ecoMap();
    Chronology chronology = view.get().chronology();
    CaseRecord newest = records.getFirst();
    return Templates.child(
        new Views.CasePage(
            chrome(),
            caseId,
            map.child() == null || map.child().name() == null
                ? (newest.child() == null ? caseId : newest.child().name())
                : map.child().name(),
            map.child() == null ? "" : Views.ukDate(map.child().dob()),
            records.stream()
                .map(
                    r ->
                        new Views.RecordRow(
                            r.id(),
                            Views.ukDate(r.date()),
                            r.date() == null ? "" : r.date().toString(),
                            label(r.type()),
                            title(r)))
                .toList(),
            EcoMapSvg.draw(map),
            map.nodes().stream().map(Views::person).toList(),
            chronology.rows().stream().map(Views::row).toList(),
            view.get().summary().sections().stream().map(Views::section).toList(),
            asked));
  }

  @GET
  @Path("sign-in")
  @PermitAll
  @Operation(hidden = true)
  public TemplateInstance signIn() {
    return Templates.signIn(new Views.SignInPage(false, config.auth().localSignIn()));
  }

  @GET
  @Path("sign-in/failed")
  @PermitAll
  @Operation(hidden = true)
  public Response signInFailed() {
    return Response.status(401)
        .entity(Templates.signIn(new Views.SignInPage(true, config.auth().localSignIn())))
        .build();
  }

  @POST
  @Path("sign-out")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response signOut(@RestForm(Csrf.FIELD) String token) {
    checkToken(token);
    // Both kinds of session end here: the sign-in form's cookie and the identity provider's.
    return Response.seeOther(URI.create("/sign-in"))
        .cookie(expired(sessionCookie), expired("q_session"))
        .build();
  }

  private static NewCookie expired(String name) {
    return new NewCookie.Builder(name)
        .value("")
        .path("/")
        .maxAge(0)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }

  /** The frame of every signed-in page. */
  Views.Chrome chrome() {
    return chrome.get();
  }

  private Views.SearchPage empty(List<String> errors, String q, String from, String to) {
    return new Views.SearchPage(
        chrome(), q, from, to, errors, false, 0, 0, 0, List.of(), List.of(), List.of(), List.of(),
        false, false, null, false, List.of(), null, null);
  }

  private void mustSearch() {
    chrome.mustHave(Role.PRACTITIONER, Role.MANAGER);
  }

  private void checkToken(String token) {
    chrome.checkToken(token);
  }

  private CaseRecord visible(String id, String action) {
    return reads.record(id, action).orElseThrow(PageException::notFound);
  }

  private static Set<String> clean(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null)
      for (String v : values)
        if (v != null && !v.isBlank() && v.length() <= 200) out.add(v.strip());
    return out;
  }

  /** A date from the form: d/m/yyyy as people write it here, or ISO yyyy-mm-dd. */
  static LocalDate date(String value, String field, List<String> errors) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    try {
      return v.contains("/") ? LocalDate.parse(v, UK_INPUT) : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      errors.add("‘" + field + "’ must be a real date, for example 27/3/2024");
      return null;
    }
  }

  private static Views.FacetGroup group(
      SearchResult result, Facet facet, String name, String heading, Set<String> checked) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (FacetCount c : result.facets().getOrDefault(facet, List.of()))
      counts.put(c.value(), c.count());
    // A value chosen but no longer found stays on the list, so it can be unticked.
    for (String v : checked) counts.putIfAbsent(v, 0);
    List<Views.Option> options = new ArrayList<>();
    counts.forEach(
        (v, n) ->
            options.add(
                new Views.Option(v, facet == Facet.TYPE ? label(v) : v, n, checked.contains(v))));
    return new Views.FacetGroup(name, heading, options);
  }

  /** The words a snippet marks, lower-cased, in order. */
  static Set<String> markedWords(String snippet) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = MARK.matcher(snippet == null ? "" : snippet);
    while (m.find()) words.add(m.group(1).toLowerCase(Locale.UK));
    return words;
  }

  /** Why a result matched, in plain English. */
  static String why(SearchHit h, SearchResult.Understood u) {
    Set<String> words = markedWords(h.snippet());
    String concepts =
        u.concepts().isEmpty()
            ? null
            : String.join(", ", u.concepts().stream().map(c -> c.replace('_', ' ')).toList());
    boolean lexical = h.explain() != null && h.explain().bm25Rank() != null;
    if (!lexical)
      return "Found by meaning alone: none of your words appear in it"
          + (concepts == null ? "" : "; your search was read as " + concepts);
    if (!words.isEmpty())
      return "Contains "
          + String.join(", ", words.stream().map(w -> "‘" + w + "’").toList())
          + (concepts == null ? "" : "; your search was read as " + concepts);
    return concepts == null ? "Matched your words" : "Matched your search, read as " + concepts;
  }

  private static List<String> understood(SearchResult.Understood u) {
    List<String> out = new ArrayList<>();
    if (u.datePhrase() != null)
      out.add(
          "‘"
              + u.datePhrase()
              + "’ as dates "
              + (u.from() == null ? "up to" : "from " + Views.ukDate(u.from()))
              + (u.to() == null ? "" : (u.from() == null ? " " : " to ") + Views.ukDate(u.to())));
    if (!u.concepts().isEmpty())
      out.add(
          "the concept"
              + (u.concepts().size() > 1 ? "s " : " ")
              + String.join(", ", u.concepts().stream().map(c -> c.replace('_', ' ')).toList()));
    if (!u.recordTypes().isEmpty())
      out.add(
          "records of type "
              + String.join(", ", u.recordTypes().stream().map(PageResource::label).toList())
              + " first");
    for (SearchResult.Name n : u.names())
      out.add("‘" + n.asTyped() + "’ as a person's name, whose records come first");
    for (SearchResult.Correction c : u.corrections())
      out.add("showing results for ‘" + c.searchedAs() + "’ instead of ‘" + c.asTyped() + "’");
    for (QueryDates.LeftAlone l : u.leftAlone())
      out.add(
          "‘"
              + l.phrase()
              + "’ kept in your words, not as dates: "
              + switch (l.reason()) {
                case "date_of_birth" -> "it is a date of birth";
                case "form_field" -> "it is part of a pasted form";
                case "quoted" -> "it is inside quotation marks";
                case "no_record_dated_then" -> "no record is dated then";
                default -> "only one date range is read";
              });
    return out;
  }

  private static String title(CaseRecord r) {
    return r.title() == null || r.title().isBlank() ? r.id() : r.title();
  }

  /** A record type as people say it: "case_note" is "Case note". */
  static String label(String type) {
    if (type == null || type.isBlank()) return "";
    String s = type.replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
