package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The social worker's page as a person uses it, in a real browser (Debian's headless Chromium,
 * driven by Selenium) against the real service, model and indexes: sign in, search, filter by
 * facets, remove one filter by its tag and clear the rest, page through, open a record, download
 * its original, open the child's summary, ask a question of the child's records, open the child's
 * records and sort them by a column, the eco-map and chronology, and sign out, on the demo set; the
 * same by keyboard alone; and axe-core on every page, with no violation of WCAG 2.2 AA. Each page's
 * screenshot is saved under docs/screenshots/. Skipped, and says so, where Chromium or its driver
 * is not installed (.ci/run installs both).
 */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class SocialWorkerPageTest {

  private static final Path DEMO = Path.of("src/main/resources/demo");
  private static final String CASE = "AV-1001";
  private static final String OTHER_CASE = "AV-1002";
  private static final String OTHER_RECORD = "DEMO-0037";
  private static final String DOCUMENT = "DEMO-D01";
  private static final String PASSWORD = "casesearch-demo";

  /**
   * Where the screenshots go: target/screenshots, or docs/screenshots to refresh the README's
   * ({@code -Dtests.screenshots=docs/screenshots}).
   */
  private static final Path SHOTS =
      Path.of(System.getProperty("tests.screenshots", "target/screenshots"));

  private static WebDriver browser;
  private static boolean seeded;
  private static byte[] original;

  @TestHTTPResource("/")
  URL base;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browsers.headlessChromium();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) browser.quit();
  }

  @BeforeEach
  void seed() throws Exception {
    assumeTrue(browser != null, "Chromium and chromium-driver are not installed");
    TestAuth.noDefaultCredentials();
    if (seeded) return;
    // The demo set, as the README's demo profile loads it: its records, then its documents.
    String ingest = TestAuth.key("page ingest", List.of("ingest"), List.of(), false, false);
    given()
        .header("X-API-Key", ingest)
        .contentType("application/x-ndjson")
        .body(Files.readAllBytes(DEMO.resolve("demo-records.jsonl")))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(DEMO.resolve("files/demo-manifest.jsonl"))) {
      if (line.isBlank()) continue;
      ObjectNode meta = (ObjectNode) json.readTree(line);
      String path = meta.remove("path").asText();
      byte[] file = Files.readAllBytes(DEMO.resolve("files").resolve(path));
      if (meta.path("id").asText().equals(DOCUMENT)) original = file;
      given()
          .header("X-API-Key", ingest)
          .multiPart("file", path.substring(path.lastIndexOf('/') + 1), file, mediaType(path))
          .multiPart("metadata", json.writeValueAsString(meta), "application/json")
          .queryParam("wait", "true")
          .post("/api/v1/documents")
          .then()
          .statusCode(200);
    }
    // The demo's invented guidance, uploaded as a council loads its own.
    for (String line : Files.readAllLines(DEMO.resolve("guidance/guidance-manifest.jsonl"))) {
      if (line.isBlank()) continue;
      ObjectNode meta = (ObjectNode) json.readTree(line);
      String path = meta.remove("path").asText();
      given()
          .header("X-API-Key", ingest)
          .multiPart(
              "file",
              path,
              Files.readAllBytes(DEMO.resolve("guidance").resolve(path)),
              "text/plain")
          .multiPart("metadata", json.writeValueAsString(meta), "application/json")
          .post("/api/v1/guidance/documents")
          .then()
          .statusCode(200);
    }
    // tess's team sees the Hollins children's case, and no other.
    TestAuth.grant(CASE, List.of("Perm Team A"), List.of(), List.of());
    seeded = true;
  }

  private static String mediaType(String path) {
    if (path.endsWith(".html")) return "text/html";
    if (path.endsWith(".eml")) return "message/rfc822";
    return "text/plain";
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private void signIn(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/search"));
    assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    press("sign-in");
    assertTrue(browser.getCurrentUrl().endsWith("/search"), browser.getCurrentUrl());
  }

  private void search(String q) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    navigate(() -> box.sendKeys(q, Keys.ENTER));
  }

  /** Clicks a button that submits its form, and waits for the page it leads to. */
  private void press(String id) {
    navigate(() -> browser.findElement(By.id(id)).click());
  }

  private void navigate(Runnable action) {
    Browsers.navigate(browser, action);
  }

  /** axe-core on the page as it is now: no violation of WCAG 2.0, 2.1 and 2.2, A and AA. */
  private void accessible(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(browser);
    List<String> problems = new ArrayList<>();
    for (Rule v : results.getViolations())
      problems.add(v.getId() + ": " + v.getHelp() + " " + v.getNodes().size() + " nodes");
    assertEquals(List.of(), problems, page + ": accessibility violations");
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  /** What the selected filters' tags remove, in the order the page shows them. */
  private List<String> selectedFilters() {
    return browser.findElements(By.cssSelector("#selected-filters button.moj-filter__tag")).stream()
        .map(b -> b.getAttribute("value"))
        .toList();
  }

  /** A column's sort values, from the top row down. */
  private List<String> sortValues(String table, int column) {
    return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).get(column).getAttribute("data-sort-value"))
        .toList();
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  private int total() {
    String heading = browser.findElement(By.id("results-heading")).getText();
    Matcher m = Pattern.compile("(\\d+) records? found").matcher(heading);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  @Test
  void aSocialWorkerSignsInSearchesFiltersPagesOpensAndSignsOut() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(url("/search"));
    assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "an anonymous visit asks to sign in");
    accessible("sign-in");
    screenshot("sign-in");
    browser.findElement(By.id("username")).sendKeys("sam");
    browser.findElement(By.id("password")).sendKeys("not the password");
    press("sign-in");
    assertTrue(
        browser.getCurrentUrl().endsWith("/sign-in/failed"),
        browser.getCurrentUrl() + " " + browser.getPageSource());
    assertTrue(
        browser.findElement(By.className("govuk-error-summary")).getText().contains("not right"),
        "a wrong password says so");
    accessible("sign-in failed");

    signIn("sam");
    assertTrue(
        browser.findElement(By.className("govuk-phase-banner")).getText().contains("evaluation"),
        "the page says the evaluation sign-in is on");
    accessible("search form");
    search("who collects the children");
    int all = total();
    assertTrue(all > 20, "a search of the demo set finds more than two pages: " + all);
    assertEquals(10, browser.findElements(By.cssSelector("#results > li")).size());
    assertTrue(
        browser.findElement(By.id("results")).getText().contains("Contains"),
        "each result says why it matched");
    accessible("results");
    assertTrue(
        browser.findElements(By.id("selected-filters")).isEmpty(), "no filter is selected yet");

    // A facet: the safety plans alone, as many as its count said.
    WebElement strategy =
        browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Safety plan')]"));
    Matcher count = Pattern.compile("\\((\\d+)").matcher(strategy.getText());
    assertTrue(count.find(), strategy.getText());
    int expected = Integer.parseInt(count.group(1));
    strategy.click();
    press("apply-filters");
    // The count is of the records the search found; searching within the type reaches deeper into
    // it, so it finds at least as many.
    assertTrue(total() >= expected, "the filtered total " + total() + " against " + expected);
    for (WebElement hit : browser.findElements(By.cssSelector("#results > li")))
      assertTrue(hit.getText().contains("Safety plan"), hit.getText());
    // The filter is shown as a selected filter, a tag that removes it.
    assertEquals(List.of("type:safety_plan"), selectedFilters());
    assertTrue(
        browser.findElement(By.id("selected-filters")).getText().contains("Safety plan"),
        browser.findElement(By.id("selected-filters")).getText());
    accessible("filtered results");
    screenshot("search");
    int safetyPlans = total();

    // A second filter, a team, beside it; removing its tag removes it alone.
    WebElement team = browser.findElement(By.cssSelector("input[name='team']"));
    String teamName = team.getAttribute("value");
    browser.findElement(By.cssSelector("label[for='" + team.getAttribute("id") + "']")).click();
    press("apply-filters");
    assertEquals(List.of("type:safety_plan", "team:" + teamName), selectedFilters());
    assertTrue(total() <= safetyPlans, "a second filter narrows: " + total());
    navigate(
        () ->
            browser
                .findElement(
                    By.cssSelector("button.moj-filter__tag[value='team:" + teamName + "']"))
                .click());
    assertEquals(List.of("type:safety_plan"), selectedFilters(), "only the team's filter went");
    assertEquals(safetyPlans, total(), "the results are those of the safety plans again");
    assertFalse(
        browser
            .findElement(By.cssSelector("input[name='team'][value='" + teamName + "']"))
            .isSelected(),
        "the team's box is unticked");
    // Clear filters: the search's results as they were before any filter.
    press("clear-filters");
    assertEquals(all, total(), "every filter cleared");
    assertTrue(browser.findElements(By.id("selected-filters")).isEmpty(), "none selected");
    assertTrue(
        browser.findElements(By.cssSelector("input.govuk-checkboxes__input:checked")).isEmpty(),
        "no box is ticked");

    // Paging.
    search("who collects the children");
    press("next-page");
    assertTrue(
        browser
            .findElement(By.tagName("main"))
            .getText()
            .contains("Showing 11 to " + Math.min(all, 20)),
        "the second page");
    accessible("second page");

    // What the query was read as, undone: the words searched as typed, and read again.
    search("safety plans since January 2024");
    press("as-typed");
    assertTrue(
        browser.findElement(By.id("understood")).getText().contains("as you typed"),
        browser.findElement(By.id("understood")).getText());
    press("read-again");
    assertFalse(browser.findElements(By.id("as-typed")).isEmpty(), "read again");
    // Only the date undone: the concept and record type are still read, the date is not.
    press("without-date");
    assertTrue(
        browser.findElement(By.id("no-dates")).getText().contains("searched as words"),
        browser.findElement(By.tagName("main")).getText());
    assertTrue(browser.findElements(By.id("without-date")).isEmpty(), "no date read");
    accessible("search without the date");
    press("dates-again");
    assertFalse(browser.findElements(By.id("without-date")).isEmpty(), "the date read again");

    // A record and its original file, fetched with the browser's own session.
    browser.get(url("/records/" + DOCUMENT));
    assertTrue(browser.findElement(By.id("record-text")).getText().contains("Gran picks Alfie up"));
    accessible("record");
    screenshot("record");
    String href = browser.findElement(By.id("original")).getAttribute("href");
    String session = browser.manage().getCookieNamed("casesearch-session").getValue();
    byte[] downloaded =
        given()
            .cookie("casesearch-session", session)
            .get(href)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertArrayEquals(original, downloaded, "the original file downloads as it was sent");
    press("redacted");
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("safety plan"));
    accessible("redacted record");

    // The child's page: summary, questions, records, eco-map, chronology.
    browser.get(url("/cases/" + CASE));
    assertTrue(browser.findElement(By.className("moj-identity-bar")).getText().contains(CASE));
    String summary = browser.findElement(By.id("summary")).getText();
    assertTrue(
        summary.contains("Current worries") && summary.contains("The current plan"), summary);
    assertFalse(
        browser.findElements(By.cssSelector("#summary li a[href^='/records/']")).isEmpty(),
        "every summary sentence links to its record");
    accessible("child: summary");
    browser.findElement(By.cssSelector("a[href='#questions']")).click();
    browser.findElement(By.id("question")).sendKeys("Who is the GP?");
    press("ask");
    String answer = browser.findElement(By.id("answer")).getText();
    assertTrue(answer.contains("Okafor"), answer);
    assertTrue(browser.findElement(By.id("questions")).isDisplayed(), "the answer's tab is shown");
    accessible("child: answer");
    screenshot("answer");
    browser.findElement(By.id("question")).clear();
    press("ask");
    assertTrue(
        browser
            .findElement(By.className("govuk-error-summary"))
            .getText()
            .contains("Enter a question"));
    accessible("child: question error");
    browser.findElement(By.cssSelector("a[href='#records']")).click();
    accessible("child: records");
    // Sorted in the browser: the records newest first as the server sent them, then by a click on
    // the Date header, oldest first.
    List<String> newestFirst = sortValues("case-records", 0);
    assertEquals(sorted(newestFirst).reversed(), newestFirst, "newest first from the server");
    WebElement date = browser.findElement(By.cssSelector("#case-records th:nth-child(1)"));
    assertEquals("descending", date.getAttribute("aria-sort"));
    date.findElement(By.tagName("button")).click();
    assertEquals("ascending", date.getAttribute("aria-sort"));
    List<String> oldestFirst = sortValues("case-records", 0);
    assertFalse(oldestFirst.equals(newestFirst), "the rows moved");
    assertEquals(sorted(newestFirst), oldestFirst, "oldest first once sorted");
    assertFalse(
        browser.findElement(By.cssSelector("#case-records caption")).getText().contains("newest"),
        "the caption no longer tells of the server's order");
    accessible("child: records sorted");
    browser.findElement(By.cssSelector("a[href='#eco-map']")).click();
    assertTrue(browser.findElement(By.cssSelector("#eco-map svg")).isDisplayed(), "the eco-map");
    String people = browser.findElement(By.id("people")).getText();
    assertTrue(people.contains("Craig Mercer") && people.contains("risk"), people);
    accessible("child: eco-map");
    screenshot("eco-map");
    browser.findElement(By.cssSelector("a[href='#chronology']")).click();
    accessible("child: chronology");
    screenshot("chronology");

    // Signing out ends the session: the page asks to sign in again.
    press("sign-out");
    assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), browser.getCurrentUrl());
    browser.get(url("/search"));
    assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "signed out");
  }

  @Test
  void aPractitionerAsksTheGuidanceAndChecksALocalProcedure() throws Exception {
    signIn("tess");
    navigate(() -> browser.findElement(By.linkText("Guidance")).click());
    String documents = browser.findElement(By.id("documents")).getText();
    assertTrue(documents.contains("Ashby Vale child protection procedures"), documents);
    accessible("guidance");
    press("ask");
    assertTrue(
        browser
            .findElement(By.className("govuk-error-summary"))
            .getText()
            .contains("Enter a question"));
    accessible("guidance: question error");
    browser.findElement(By.id("question")).sendKeys("How soon is a return home interview offered?");
    press("ask");
    String answer = browser.findElement(By.id("answer")).getText();
    assertTrue(answer.contains("72 hours") && answer.contains("3.1"), answer);
    assertFalse(browser.findElements(By.cssSelector("#paragraphs li")).isEmpty(), "paragraphs");
    accessible("guidance: answer");

    press("check-demo-ashby-vale-cp");
    assertTrue(
        browser.findElement(By.id("check-summary")).getText().contains("4 fall short"),
        browser.findElement(By.id("check-summary")).getText());
    List<WebElement> rows = browser.findElements(By.cssSelector("#findings tbody tr"));
    String first = rows.getFirst().getText();
    assertTrue(first.contains("Falls short") && first.contains("20 working days"), first);
    assertTrue(rows.getLast().getText().contains("Meets it"), rows.getLast().getText());
    accessible("guidance: check");
    screenshot("guidance-check");
  }

  @Test
  void theKeyboardAloneSignsInSearchesAndOpensAResult() {
    browser.manage().deleteAllCookies();
    browser.get(url("/sign-in"));
    tabTo("username").sendKeys("sam");
    WebElement password = tabTo("password");
    navigate(() -> password.sendKeys(PASSWORD, Keys.ENTER));
    assertTrue(browser.getCurrentUrl().endsWith("/search"), browser.getCurrentUrl());
    WebElement q = tabTo("q");
    navigate(() -> q.sendKeys("who collects the children", Keys.ENTER));
    assertTrue(total() > 0);
    WebElement first = browser.findElement(By.cssSelector("#results > li a"));
    String title = first.getText();
    for (int i = 0; i < 200 && !browser.switchTo().activeElement().equals(first); i++)
      new Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals(first, browser.switchTo().activeElement(), "the first result is reachable by Tab");
    navigate(() -> new Actions(browser).sendKeys(Keys.ENTER).perform());
    assertEquals(title, browser.findElement(By.tagName("h1")).getText());
    assertFalse(
        browser.findElements(By.cssSelector("#record-text mark")).isEmpty(),
        "the search's words are marked in the record, though the address holds none of them");
    assertFalse(browser.getCurrentUrl().contains("collects"), browser.getCurrentUrl());
  }

  /** Presses Tab until the element with this id has the focus. */
  private WebElement tabTo(String id) {
    WebElement target = browser.findElement(By.id(id));
    for (int i = 0; i < 100 && !browser.switchTo().activeElement().equals(target); i++)
      new Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals(target, browser.switchTo().activeElement(), id + " is reachable by Tab");
    return target;
  }

  @Test
  void aPractitionerSeesOnlyTheirTeamsCasesAndTheRestIsNotFound() {
    signIn("tess");
    search("who collects the children");
    String main = browser.findElement(By.tagName("main")).getText();
    assertFalse(main.contains(OTHER_CASE), "no trace of a case tess may not see");
    browser.get(url("/records/" + OTHER_RECORD));
    String hidden = browser.findElement(By.tagName("main")).getText();
    browser.get(url("/records/NO-SUCH-RECORD"));
    assertEquals(hidden, browser.findElement(By.tagName("main")).getText(), "404 as for no record");
    browser.get(url("/cases/" + OTHER_CASE));
    assertEquals(hidden, browser.findElement(By.tagName("main")).getText(), "404 as for no case");
    accessible("not found");
    // An auditor starts at the audit trail, which records tess's searches and views, and is not
    // offered search.
    browser.manage().deleteAllCookies();
    browser.get(url("/sign-in"));
    browser.findElement(By.id("username")).sendKeys("alex");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    press("sign-in");
    assertTrue(browser.getCurrentUrl().endsWith("/audit"), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.id("chain")).getText().contains("intact"));
    browser.findElement(By.id("user")).sendKeys("tess");
    WebElement action = browser.findElement(By.id("action"));
    navigate(() -> action.sendKeys("view.case", Keys.ENTER));
    assertTrue(
        browser.findElement(By.id("events")).getText().contains(OTHER_CASE),
        "the trail holds tess's refused view of the other case");
    accessible("audit trail");
    browser.get(url("/search"));
    assertTrue(
        browser.findElement(By.tagName("h1")).getText().contains("cannot use"),
        "an auditor is not offered search");
    browser.get(url("/no-such-page"));
    assertEquals(
        hidden, browser.findElement(By.tagName("main")).getText(), "an unknown page is a 404 page");
  }

  @Test
  void anAdministratorMakesAndRevokesAKeyAndSetsWhoMaySeeACase() {
    browser.manage().deleteAllCookies();
    browser.get(url("/sign-in"));
    browser.findElement(By.id("username")).sendKeys("ada");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    press("sign-in");
    assertTrue(browser.getCurrentUrl().endsWith("/admin"), browser.getCurrentUrl());
    accessible("administration");
    browser.findElement(By.id("key-name")).sendKeys("page-made key");
    browser.findElement(By.cssSelector("label[for='role-practitioner']")).click();
    browser.findElement(By.cssSelector("label[for='key-all']")).click();
    press("make-key");
    String secret = browser.findElement(By.id("new-key-secret")).getText();
    accessible("a key made");
    given()
        .header("X-API-Key", secret)
        .get("/api/v1/search?q=who+collects+the+children")
        .then()
        .statusCode(200);
    WebElement row =
        browser.findElement(By.xpath("//table[@id='keys']//tr[td[1][text()='page-made key']]"));
    navigate(() -> row.findElement(By.tagName("button")).click());
    assertTrue(
        browser
            .findElement(By.xpath("//table[@id='keys']//tr[td[1][text()='page-made key']]"))
            .getText()
            .contains("Revoked"));
    given()
        .header("X-API-Key", secret)
        .get("/api/v1/search?q=who+collects+the+children")
        .then()
        .statusCode(401);

    WebElement accessCase = browser.findElement(By.id("access-case"));
    navigate(() -> accessCase.sendKeys("AV-1003", Keys.ENTER));
    browser.findElement(By.id("access-users")).sendKeys("rowan");
    press("save-access");
    given()
        .header("X-API-Key", TestAuth.ADMIN_KEY)
        .get("/api/v1/admin/cases/AV-1003/access")
        .then()
        .statusCode(200)
        .body("users", org.hamcrest.Matchers.hasItem("rowan"));
    accessible("case access");
    // A practitioner is not offered administration.
    signIn("sam");
    browser.get(url("/admin"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("cannot use"));
  }

  /**
   * The search's filters and the sortable tables as a browser without JavaScript gets them, read as
   * HTML: the filters are one form, posted, whose selected filters are its buttons (each removes
   * its one filter, and "clear filters" all of them); the tables come in the server's order, only
   * marked for the script to sort; and no script is inline.
   */
  @Test
  void withoutJavaScriptFiltersAreOneFormAndTablesComeInTheServersOrder() {
    signIn("sam");
    String session = browser.manage().getCookieNamed("casesearch-session").getValue();
    String token = browser.findElement(By.name("csrf")).getAttribute("value");
    String q = "who collects the children";

    String unfiltered = searchHtml(session, token, q, Map.of());
    assertTrue(unfiltered.contains("<form method=\"post\" action=\"/search\""), "a posted form");
    assertTrue(unfiltered.contains("class=\"moj-filter-layout\""), "MOJ's filter layout");
    assertFalse(unfiltered.contains("id=\"selected-filters\""), "no filter selected");
    assertTrue(
        Pattern.compile(
                "value=\"safety_plan\">\\s*<label [^>]*>Safety plan <span class=\"app-facet-count\">"
                    + "\\(\\d+<span class=\"govuk-visually-hidden\"> records</span>\\)")
            .matcher(unfiltered)
            .find(),
        "each box has its count beside it");
    int all = totalIn(unfiltered);

    String safetyPlans = searchHtml(session, token, q, Map.of("type", List.of("safety_plan")));
    int plans = totalIn(safetyPlans);
    assertTrue(plans < all, plans + " of " + all);
    assertTrue(safetyPlans.contains("id=\"selected-filters\""), "the filter is selected");
    assertTrue(
        safetyPlans.contains(
            "<button type=\"submit\" class=\"moj-filter__tag\" name=\"remove\""
                + " value=\"type:safety_plan\"><span class=\"govuk-visually-hidden\">Remove this"
                + " filter</span> Safety plan</button>"),
        "its tag is a button of the form");
    assertTrue(safetyPlans.contains("name=\"clear\" value=\"filters\""), "clear filters");

    // Two filters, one removed: the other stays, and the results are its alone.
    String two =
        searchHtml(
            session,
            token,
            q,
            Map.of("type", List.of("safety_plan"), "team", List.of("Child Protection Team")));
    assertTrue(two.contains("value=\"team:Child Protection Team\""), "the team's tag");
    assertTrue(two.contains("value=\"type:safety_plan\""), "beside the type's");
    String both =
        searchHtml(
            session,
            token,
            q,
            Map.of(
                "type", List.of("safety_plan"),
                "team", List.of("Child Protection Team"),
                "remove", List.of("team:Child Protection Team")));
    assertEquals(plans, totalIn(both));
    assertTrue(both.contains("value=\"type:safety_plan\""), "the type's tag stays");
    assertFalse(both.contains("value=\"team:"), "the team's tag went");

    // A date filter is a tag too, and removed alone.
    String dated = searchHtml(session, token, q, Map.of("from", List.of("1/1/2024")));
    assertTrue(dated.contains("name=\"remove\" value=\"from\""), "the date's tag removes it");
    assertTrue(dated.contains("From 1 January 2024"), "the date's tag says it");
    String undated =
        searchHtml(
            session, token, q, Map.of("from", List.of("1/1/2024"), "remove", List.of("from")));
    assertEquals(all, totalIn(undated));
    assertTrue(undated.contains("id=\"from\" name=\"from\" type=\"text\" value=\"\""));

    String cleared =
        searchHtml(
            session,
            token,
            q,
            Map.of(
                "type", List.of("safety_plan"),
                "from", List.of("1/1/2024"),
                "clear", List.of("filters")));
    assertEquals(all, totalIn(cleared));
    assertFalse(cleared.contains("id=\"selected-filters\""), "every filter cleared");

    // The child's records: newest first from the server, marked for the script to sort.
    String child =
        given()
            .cookie("casesearch-session", session)
            .get("/cases/" + CASE)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String records =
        child.substring(
            child.indexOf("id=\"case-records\""),
            child.indexOf("</table>", child.indexOf("id=\"case-records\"")));
    assertTrue(records.contains("data-module=\"moj-sortable-table\""), records);
    assertTrue(records.contains("aria-sort=\"descending\">Date</th>"), records);
    List<String> dates = new ArrayList<>();
    Matcher m =
        Pattern.compile("<td class=\"govuk-table__cell\" data-sort-value=\"([^\"]*)\">")
            .matcher(records);
    while (m.find()) if (m.group(1).matches("\\d{4}-\\d\\d-\\d\\d")) dates.add(m.group(1));
    assertTrue(dates.size() > 5, dates.toString());
    assertEquals(sorted(dates).reversed(), dates, "newest first");
    // Every script is a file of Casesearch's own (the policy admits no other).
    for (String page : List.of(unfiltered, child))
      assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(page).find(), "inline script");
    given()
        .get("/assets/moj-frontend.min.js")
        .then()
        .statusCode(200)
        .contentType(containsString("text/javascript"));
  }

  private static String searchHtml(
      String session, String token, String q, Map<String, List<String>> fields) {
    var request =
        given()
            .cookie("casesearch-session", session)
            .contentType(ContentType.URLENC)
            .formParam("csrf", token)
            .formParam("q", q);
    for (var f : fields.entrySet()) request = request.formParam(f.getKey(), f.getValue().toArray());
    return request.post("/search").then().statusCode(200).extract().asString();
  }

  private static int totalIn(String html) {
    Matcher m = Pattern.compile("id=\"results-heading\">(\\d+) records? found").matcher(html);
    assertTrue(m.find(), "a total");
    return Integer.parseInt(m.group(1));
  }

  @Test
  void pagesCarryASecurityPolicyAndFormsNeedTheirToken() {
    given()
        .get("/sign-in")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("Cache-Control", equalTo("no-store"));
    // A form sent without its token (as another site would send it) is refused.
    signIn("sam");
    String session = browser.manage().getCookieNamed("casesearch-session").getValue();
    given()
        .cookie("casesearch-session", session)
        .contentType(ContentType.URLENC)
        .formParam("q", "who collects the children")
        .post("/search")
        .then()
        .statusCode(403)
        .body(containsString("Your form has expired"));
    // Without a session, a page redirects to the sign-in form and the API still answers 401 JSON.
    given().redirects().follow(false).get("/search").then().statusCode(302);
    given().get("/api/v1/search?q=x").then().statusCode(401).body("code", equalTo("unauthorized"));
  }
}
