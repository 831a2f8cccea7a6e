package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * People sign in to the page through the identity provider, as in production: a real OIDC server
 * in-process (the authorization code flow, a signed ID token), in headless Chromium. The user
 * (alice, a practitioner by the token's groups) sees exactly the cases granted to her, as a bearer
 * token of hers would; no evaluation banner; signing out ends the session.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcSignInTest {

  private static WebDriver browser;

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

  @Test
  void aPractitionerSignsInThroughTheIdentityProviderAndSeesHerCasesOnly() {
    assumeTrue(browser != null, "Chromium and chromium-driver are not installed");
    String ingest = TestAuth.key("oidc ingest", List.of("ingest"), List.of(), false, false);
    given()
        .header("X-API-Key", ingest)
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Fixtures.record(
                    "OIDC-A1",
                    "CASE-OIDC-A",
                    "case_note",
                    "Visit",
                    "2024-02-01",
                    "Team O",
                    "The kinship carer brought the children to the contact centre on time."),
                Fixtures.record(
                    "OIDC-B1",
                    "CASE-OIDC-B",
                    "case_note",
                    "Visit",
                    "2024-02-02",
                    "Team O",
                    "The kinship carer of another family rang about the contact centre.")))
        .post("/api/v1/records?wait=true")
        .then()
        .statusCode(200);
    TestAuth.grant("CASE-OIDC-A", List.of(), List.of("alice"), List.of());
    String root = base.toString().replaceAll("/$", "");

    browser.manage().deleteAllCookies();
    browser.get(root + "/search");
    // At the identity provider's own sign-in form.
    assertFalse(browser.getCurrentUrl().startsWith(root), browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys("alice");
    browser.findElement(By.id("password")).sendKeys("alice");
    Browsers.navigate(browser, () -> browser.findElement(By.id("login")).click());
    assertTrue(browser.getCurrentUrl().startsWith(root + "/search"), browser.getCurrentUrl());
    assertTrue(
        browser.findElements(By.className("govuk-phase-banner")).isEmpty(),
        "no evaluation banner when signed in through the identity provider");
    assertFalse(
        browser.findElements(By.id("q")).isEmpty(),
        "the search form: " + browser.findElement(By.tagName("main")).getText());
    WebElement q = browser.findElement(By.id("q"));
    Browsers.navigate(browser, () -> q.sendKeys("kinship carer contact centre", Keys.ENTER));
    String main = browser.findElement(By.tagName("main")).getText();
    assertTrue(main.contains("CASE-OIDC-A"), main);
    assertFalse(main.contains("CASE-OIDC-B"), "a case alice may not see leaves no trace");

    Browsers.navigate(browser, () -> browser.findElement(By.id("sign-out")).click());
    assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), browser.getCurrentUrl());
    assertTrue(browser.manage().getCookieNamed("q_session") == null, "the session cookie is gone");
    // The form sign-in is off: its post is refused.
    given()
        .redirects()
        .follow(false)
        .contentType(ContentType.URLENC)
        .formParams(Map.of("j_username", "sam", "j_password", "casesearch-demo"))
        .post("/j_security_check")
        .then()
        .header("Location", org.hamcrest.Matchers.endsWith("/sign-in/failed"));
  }
}
