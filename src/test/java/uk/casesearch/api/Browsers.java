package uk.casesearch.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, for the page's browser tests. */
final class Browsers {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Browsers() {}

  /**
   * A fresh headless Chromium with an empty profile, kept off the network beyond the machine (its
   * background services would otherwise try to reach Google), or null, saying so, where Chromium or
   * its driver is not installed (.ci/run installs both).
   */
  static WebDriver headlessChromium() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      System.out.println(
          "browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
      return null;
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1600",
        "--user-data-dir=" + Files.createTempDirectory("casesearch-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return browser;
  }

  /**
   * Does something that leads to another page (a click, Enter in a form) and waits until that page
   * has replaced this one and loaded: a form's post and its redirect are not read mid-way.
   */
  static void navigate(WebDriver browser, Runnable action) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // A mark on this page's window: the next page has a window of its own, without it. (Waiting
    // for an element of this page to go stale is not reliable: chromedriver may answer that wait
    // with an inspector error mid-navigation.)
    js.executeScript("window.casesearchLeaving = true");
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.casesearchLeaving !== true"
                            + " && document.readyState === 'complete'")));
  }
}
