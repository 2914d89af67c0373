package org.corridorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.corridorgraph.app.Application;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.support.DraftFixture;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real browser (Debian's chromium, headless) over a real server reviewing the
 * test article's draft: accept one candidate, reject one, edit one, save; the seed files then hold
 * exactly the accepted and the edited statement, and the draft's review log the rejection.
 */
@ExtendWith(SharedNeo4j.class)
class ReviewPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path temp;
    private static DraftFixture fixture;
    private static Application application;
    private static String base;
    private static WebDriver driver;

    @BeforeAll
    static void start(GraphConnection graph) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "browser tests skipped: no chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        fixture = DraftFixture.in(temp, true);
        application = TestApps.reviewing(graph, fixture);
        base = "http://127.0.0.1:" + application.serve("127.0.0.1", 0).port();
        // the driver is Debian's: Selenium Manager must never look for (or download) one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-profile").toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                options);
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (application != null) {
                application.close();
            }
        }
    }

    @Test
    void acceptingRejectingAndEditingCandidatesThenSavingWritesExactlyTheChosenStatements() throws Exception {
        String statements = fixture.seed("statements.jsonl");
        String entities = fixture.seed("entities.jsonl");
        driver.get(base + "/review");
        waitFor("the candidates", d -> d.findElements(By.cssSelector(".candidate")).size() == 6 ? true : null);

        WebElement first = candidate("c-001");
        assertThat(first.getText()).contains("STARTS_IN", "Eurasia Ferry Line (eurasia, proposed) → Aktau (aktau, proposed)", "0.9", "service-from");
        assertThat(first.findElement(By.tagName("mark")).getText()).isEqualTo("every week from the port city of Aktau");
        assertThat(first.findElement(By.cssSelector(".sentence")).getText()).startsWith("The Eurasia Ferry Line now sails");

        first.findElement(By.cssSelector(".choose-accept")).click();
        candidate("c-006").findElement(By.cssSelector(".choose-reject")).click();
        WebElement edited = candidate("c-005");
        edited.findElement(By.cssSelector(".choose-edit")).click();
        WebElement props = edited.findElement(By.cssSelector("textarea[name='props']"));
        assertThat(props.isDisplayed()).as("the edit form opens").isTrue();
        props.clear();
        props.sendKeys("{\"field\": \"sea freight\", \"trend\": \"widening\"}");
        assertThat(driver.findElement(By.id("pending")).getText()).isEqualTo("3 decisions to save.");

        driver.findElement(By.id("save")).click();

        waitFor("the save", d -> d.findElement(By.id("status")).getText().startsWith("Saved") ? true : null);
        assertThat(driver.findElement(By.id("saved-lines")).getText()).contains("c-001 accepted as " + DraftFixture.st(145) + "", "c-005 accepted as " + DraftFixture.st(146) + "",
                "c-006 rejected");
        String addedStatements = fixture.seed("statements.jsonl").substring(statements.length());
        assertThat(fixture.seed("statements.jsonl")).startsWith(statements);
        assertThat(addedStatements.lines().toList()).containsExactly(
                "{\"id\": \"" + DraftFixture.st(145) + "\", \"subject\": \"eurasia-2\", \"type\": \"STARTS_IN\", \"object\": \"aktau\", \"props\": {}, \"kind\": \"fact\", "
                        + "\"source\": \"caspian-ferry-weekly\", \"anchor\": \"every week from the port city of Aktau\"}",
                "{\"id\": \"" + DraftFixture.st(146) + "\", \"subject\": \"kazakhstan\", \"type\": \"COOPERATES_WITH\", \"object\": \"azerbaijan\", "
                        + "\"props\": {\"field\": \"sea freight\", \"trend\": \"widening\"}, \"kind\": \"fact\", \"source\": \"caspian-ferry-weekly\", "
                        + "\"anchor\": \"to widen their cooperation on sea freight\"}");
        assertThat(fixture.seed("entities.jsonl").substring(entities.length()).lines().map(l -> l.substring(0, l.indexOf(',')))).containsExactly(
                "{\"id\": \"aktau\"", "{\"id\": \"eurasia-2\"");
        assertThat(Files.readString(fixture.draft().resolve("review.jsonl"))).contains("{\"id\": \"c-006\", \"decision\": \"reject\"}",
                "{\"id\": \"c-005\", \"decision\": \"edit\", \"statementId\": \"" + DraftFixture.st(146) + "\"}");

        // a reload shows what was decided
        driver.navigate().refresh();
        waitFor("the decided candidates", d -> d.findElements(By.cssSelector(".candidate[data-decision]")).size() == 3 ? true : null);
        assertThat(candidate("c-006").getText()).contains("Rejected.");
        assertThat(candidate("c-001").getText()).contains("Accepted as " + DraftFixture.st(145) + ".");
        assertThat(candidate("c-002").findElements(By.cssSelector(".choose-accept"))).hasSize(1);
        assertNoScriptErrors();
    }

    private WebElement candidate(String id) {
        return driver.findElement(By.cssSelector(".candidate[data-id='" + id + "']"));
    }

    private static <T> T waitFor(String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition::apply);
        } catch (TimeoutException e) {
            String page = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; page text: '"
                    + page.substring(0, Math.min(1500, page.length())) + "'; browser log: " + log(), e);
        }
    }

    private static List<String> log() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    /** Script errors fail the test; failed loads (the favicon the page does not have) do not. */
    private static void assertNoScriptErrors() {
        assertThat(log().stream().filter(line -> line.contains("SEVERE") && !line.contains("Failed to load resource")).toList())
                .as("errors in the browser console").isEmpty();
    }
}
