package org.pmpathways.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.resume.ResumeImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver, against the application on a random port. A person fills in the form or hands over
 * a résumé, and the test reads what the page shows, comparing it with what the advisor says for the
 * same profile. A screenshot of each state is kept under {@code target/screenshots/}.
 *
 * <p>Without Chromium the test is skipped, saying how to install it, so that {@code ./mvnw verify}
 * passes on a machine with only a JDK; where it must run (CI, where {@code CI=true} and
 * {@code .ci/run} installs Chromium, or with {@code -Dbrowser.required=true}) it fails instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageInChromiumTest {
  /** Debian's browser and driver; {@code -Dchromium.binary=...} and {@code -Dchromium.driver=...} name others. */
  private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static WebDriver driver;
  private static Path profileDir;

  @LocalServerPort int port;
  @Autowired PathwayAdvisor advisor;
  @Autowired Clock clock;

  @BeforeAll
  static void startChromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String missing = "The browser test needs Debian's Chromium and its driver at " + CHROMIUM + " and "
          + CHROMEDRIVER + ". Install them with: apt-get update && apt-get install -y chromium chromium-driver";
      boolean required = "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("browser.required");
      if (required) {
        fail(missing);
      }
      System.err.println("PageInChromiumTest skipped. " + missing);
      Assumptions.abort(missing);
    }
    profileDir = Files.createTempDirectory("pm-pathways-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profileDir, "--window-size=1280,1600", "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profileDir != null) {
      try (var files = Files.walk(profileDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void openThePage() {
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("advise-button")));
  }

  private WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  private void type(String id, String text) {
    WebElement input = byId(id);
    input.clear();
    input.sendKeys(text);
  }

  private void waitFor(By locator) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
    long height = (Long) ((JavascriptExecutor) driver).executeScript(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    Dimension size = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 150, 6000)));
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(size);
  }

  private void noScriptErrors() {
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        // A refused request is logged by the browser as a failed load; the page shows it as it should.
        .filter(e -> !e.getMessage().contains("Failed to load resource"))
        .toList();
    assertTrue(severe.isEmpty(), "the browser reported errors: " + severe);
  }

  private List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void aCertificateCollectorSeesTheirPathwaysPlanAndWarning() throws IOException {
    type("title", "IT Project Manager");
    new Select(byId("role")).selectByValue("PROJECT_MANAGER");
    type("years", "9");
    type("skills", "Agile\nScrum");
    type("certifications", "PMP, Certified Scrum Product Owner");
    byId("employed").click();
    byId("advise-button").click();
    waitFor(By.id("advice"));

    Advice expected = advisor.advise(ProfileJson.read(Samples.CERTIFICATE_COLLECTOR.replace("\"id\": \"raj\",", "")));
    assertEquals(expected.primaryPathway().name(), byId("primary-pathway").getDomAttribute("data-pathway"));
    assertTrue(byId("primary-pathway").getText().contains("Build your own proof"), byId("primary-pathway").getText());

    List<WebElement> bars = driver.findElements(By.cssSelector("#pathway-chart > li"));
    assertEquals(3, bars.size());
    assertEquals(expected.pathways().get(0).pathway().name(), bars.get(0).getDomAttribute("data-pathway"));
    assertTrue(bars.get(0).getText().contains(expected.pathways().get(0).score() + " / 100"), bars.get(0).getText());

    List<WebElement> plan = driver.findElements(By.cssSelector("#plan > li"));
    assertEquals(expected.actions().size(), plan.size());
    for (int i = 0; i < Math.min(3, plan.size()); i++) {
      Action action = expected.actions().get(i);
      assertEquals(action.id(), plan.get(i).getDomAttribute("data-id"));
      assertTrue(plan.get(i).getText().contains(action.title()), plan.get(i).getText());
      assertTrue(plan.get(i).getText().contains(action.because().get(0)), "the reason is shown: " + plan.get(i).getText());
    }

    WebElement warning = driver.findElement(By.cssSelector("#warnings > li[data-id='CERTIFICATIONS_ARE_NOT_PROOF']"));
    assertTrue(warning.isDisplayed());
    assertEquals(expected.warnings().get(0).message(), warning.getText());

    assertEquals(3, driver.findElements(By.cssSelector("#competencies tbody tr")).size());

    String reading = byId("title-reading").getText();
    assertTrue(reading.contains("IT Project Manager") && reading.contains("Read as"), reading);
    assertTrue(reading.contains(expected.titleReading().matchedLabel()), "the matched label is shown: " + reading);
    assertFalse(reading.contains("null"), "absent values are left out: " + reading);

    WebElement explanation = byId("explanation");
    assertFalse(driver.findElements(By.cssSelector("#explanation-list > li")).get(0).isDisplayed(),
        "the explanation starts folded");
    explanation.findElement(By.tagName("summary")).click();
    assertEquals(expected.explanation().size(), driver.findElements(By.cssSelector("#explanation-list > li")).size());
    assertTrue(driver.findElements(By.cssSelector("#explanation-list > li")).get(0).isDisplayed());

    screenshot("advice");
    noScriptErrors();
  }

  @Test
  void aRefusedProfileIsExplainedAndItsFieldMarked() throws IOException {
    type("title", "Data Analyst");
    type("years", "99");
    byId("advise-button").click();
    waitFor(By.id("problem"));
    String problem = byId("problem").getText();
    assertTrue(problem.contains("yearsExperience"), problem);
    assertEquals("true", byId("years").getDomAttribute("aria-invalid"));
    assertEquals(byId("years"), driver.switchTo().activeElement(), "the refused field has the focus");
    noScriptErrors();
  }

  @Test
  void aDroppedJsonResumeIsImportedWithItsReportQuestionsAndAdvice() throws IOException {
    String json = new String(Samples.jsonResume(), java.nio.charset.StandardCharsets.UTF_8);
    // A drop as the browser delivers it: a File in a DataTransfer, on the drop zone.
    ((JavascriptExecutor) driver).executeScript("""
        const data = new DataTransfer();
        data.items.add(new File([arguments[0]], 'resume.json', {type: 'application/json'}));
        const zone = document.getElementById('drop-zone');
        zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
        """, json);
    waitFor(By.id("import-result"));

    var imported = ResumeImport.today(clock).fromJsonResume(Samples.jsonResume());
    Advice expected = advisor.advise(imported.profile());
    assertEquals("UX Researcher", byId("title").getDomProperty("value"), "the form is filled in from the résumé");
    assertTrue(byId("import-summary").getText().contains("a JSON Resume"), byId("import-summary").getText());
    assertEquals(imported.report().entries().size(),
        driver.findElements(By.cssSelector("#import-entries tbody tr")).size());
    List<WebElement> questions = driver.findElements(By.cssSelector("#questions > li"));
    var ranked = imported.questions(advisor);
    assertEquals(ranked.size(), questions.size());
    assertEquals(ranked.get(0).id(), questions.get(0).getDomAttribute("data-id"));
    assertTrue(questions.get(0).getText().contains(ranked.get(0).text()));
    assertEquals(expected.primaryPathway() == null ? "" : expected.primaryPathway().name(),
        byId("primary-pathway").getDomAttribute("data-pathway"));
    assertEquals(expected.actions().get(0).id(), texts("#plan > li").isEmpty() ? null
        : driver.findElement(By.cssSelector("#plan > li")).getDomAttribute("data-id"));
    byId("import-report").findElement(By.tagName("summary")).click();
    assertTrue(driver.findElement(By.cssSelector("#import-entries tbody tr")).isDisplayed(), "the report unfolds");
    screenshot("import");
    noScriptErrors();
  }

  @Test
  void aLinkedInExportIsChosenWithTheFileInput(@TempDir Path dir) throws IOException {
    Path zip = Files.write(dir.resolve("linkedin-export.zip"), Samples.linkedInExport());
    byId("resume-file").sendKeys(zip.toAbsolutePath().toString());
    waitFor(By.id("import-result"));
    assertTrue(byId("import-summary").getText().contains("a LinkedIn data export"), byId("import-summary").getText());
    assertEquals("Customer Success Manager", byId("title").getDomProperty("value"));
    noScriptErrors();
  }

  @Test
  void everyControlHasALabelAndTheFormWorksFromTheKeyboard() {
    byId("add-project").click();
    @SuppressWarnings("unchecked")
    List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript("""
        return Array.from(document.querySelectorAll('input, select, textarea'))
          .filter(e => e.labels === null || e.labels.length === 0)
          .map(e => e.id || e.name || e.outerHTML);
        """);
    assertEquals(List.of(), unlabelled, "controls without a label");

    // Keyboard only: type a background, then Enter in a field submits the form.
    byId("title").click();
    type("title", "Software Engineer");
    byId("years").sendKeys(Keys.chord(Keys.CONTROL, "a"), "4", Keys.ENTER);
    waitFor(By.id("advice"));
    assertTrue(byId("read-as").getText().contains("Developer"), byId("read-as").getText());
    noScriptErrors();
  }
}
