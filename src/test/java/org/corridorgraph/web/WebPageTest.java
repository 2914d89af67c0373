package org.corridorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;

import org.corridorgraph.graph.Ports;
import org.corridorgraph.graph.StorePassword;
import org.corridorgraph.support.JavaProcess;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser (Debian's chromium, headless) against `serve` started as a user
 * would start it: ask a question, read the table, picture and sources, use the keyboard, open Neo4j
 * Browser, recover from a question the graph cannot place.
 */
class WebPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ROUTES_QUESTION = "how does China reach Iran through Central Asia";
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path temp;

    private static JavaProcess serve;
    private static int port;
    private static int neo4jHttp;
    private static String base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private WebDriver driver;
    private Path downloads;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "browser tests skipped: no chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        Files.createDirectories(SCREENSHOTS);

        port = Ports.free();
        int bolt = Ports.free();
        neo4jHttp = Ports.free();
        base = "http://127.0.0.1:" + port;
        serve = JavaProcess.start(Path.of("").toAbsolutePath(), "serve", "--port", "" + port, "--bolt-port", "" + bolt,
                "--neo4j-http-port", "" + neo4jHttp, "--data-dir", temp.resolve("data").toString(),
                "--corpus", Paths.CORPUS.toAbsolutePath().toString());
        serve.awaitLine("Stop with Ctrl-C", Duration.ofSeconds(120));
        // the driver is Debian's: Selenium Manager must never look for (or download) one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (serve != null) {
            try {
                serve.stop(Duration.ofSeconds(30));
            } finally {
                serve.close();
            }
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-profile").toAbsolutePath());
        downloads = Files.createTempDirectory(temp, "downloads").toAbsolutePath();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // one driver service per browser: quitting a driver stops its service
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void askingHowChinaReachesIranShowsTheRoutesTablePictureAndSources() throws Exception {
        driver.get(base + "/");
        WebElement question = driver.findElement(By.id("question"));
        assertThat(question.getAttribute("placeholder")).isEqualTo(ROUTES_QUESTION);
        assertThat(driver.findElement(By.cssSelector("label[for='question']")).getText()).isNotBlank();
        question.sendKeys(ROUTES_QUESTION);
        driver.findElement(By.id("ask-button")).click();

        awaitAnswer("routes");
        assertThat(text("#result-query")).contains("from = China", "to = Iran", "via = Central Asia");
        WebElement table = driver.findElement(By.id("result-table"));
        assertThat(table.getText()).contains("Kazakhstan", "Turkmenistan");
        assertThat(cells("stops")).first().isEqualTo("China; Kazakhstan; Turkmenistan; Iran");
        assertThat(cells("path")).first().isEqualTo("China → Kazakhstan → Turkmenistan → Iran");
        assertThat(cells("citations")).first().asString().matches("(\\[\\d+\\] ?)+");

        List<WebElement> citations = driver.findElements(By.cssSelector("#citations li"));
        assertThat(citations).isNotEmpty();
        assertThat(citations.get(0).getText()).contains("tehran-interests-central-asia");

        WebElement browser = driver.findElement(By.id("open-browser"));
        assertThat(browser.isDisplayed()).isTrue();
        assertThat(browser.getAttribute("href")).startsWith("http://127.0.0.1:" + neo4jHttp + "/browser/");
        assertThat(browser.getAttribute("target")).isEqualTo("_blank");
        assertThat(driver.findElement(By.id("download-csv")).getAttribute("href")).contains("format=csv");
        assertThat(driver.findElement(By.id("copy-markdown")).getTagName()).isEqualTo("button");

        // the picture: a routes answer has paths, so the server must draw it and the page must show that
        // drawing; the Mermaid text is a fallback for a broken drawing and would hide one here
        String kind = awaitPicture();
        String svgUrl = base + "/api/ask?q=" + URLEncoder.encode(ROUTES_QUESTION, StandardCharsets.UTF_8) + "&format=svg";
        HttpResponse<String> svg = get(svgUrl);
        assertThat(svg.statusCode()).as("GET " + svgUrl + " answered " + svg.body()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(kind).as("what the page shows as the picture").isEqualTo("svg");
        assertThat(shown()).as("the drawing, inline in the page").isNotNull();
        WebElement download = driver.findElement(By.id("download-svg"));
        assertThat(download.isDisplayed()).isTrue();
        assertThat(download.getAttribute("href")).contains("format=svg");
        assertThat(download.getAttribute("download")).endsWith(".svg");

        driver.findElement(By.id("copy-markdown")).click();
        waitFor("the Markdown copy", d -> d.findElement(By.id("status")).getText().startsWith("Copied") ? true : null);

        screenshot("web-page-routes.png", true);
        assertNoScriptErrors();
    }

    @Test
    void theRoutePictureFitsItsColumnAndZoomsAndMovesFromButtonsKeysAndPointer() throws Exception {
        driver.get(base + "/");
        driver.findElement(By.id("question")).sendKeys(ROUTES_QUESTION, Keys.ENTER);
        awaitAnswer("routes");
        assertThat(awaitPicture()).isEqualTo("svg");

        // a 2000 px strip: scaled down to the column at once, nothing cut at the right edge
        Shown fitted = assertFitsItsColumn("the route picture");
        assertThat(text("#picture-zoom-level")).contains("whole picture");
        assertThat(driver.findElement(By.id("picture-zoom-out")).getAttribute("aria-disabled")).isEqualTo("true");
        shootPicture("route-fitted.png");

        driver.findElement(By.id("picture-zoom-in")).click();
        Shown zoomed = shown();
        assertThat(zoomed.scale()).as("scale after Zoom in").isGreaterThan(fitted.scale() * 1.4);
        assertThat(zoomed.width()).as("the box keeps its size; the drawing grows inside it").isCloseTo(fitted.width(), within(1.0));
        assertThat(zoomed.right()).isLessThanOrEqualTo(zoomed.columnRight() + 0.5);
        assertThat(driver.findElement(By.id("picture-zoom-out")).getAttribute("aria-disabled")).isEqualTo("false");

        // drag with the mouse: the drawing follows the pointer, at the same scale
        WebElement body = driver.findElement(By.id("picture-body"));
        new Actions(driver).moveToElement(body).clickAndHold().moveByOffset(-150, 0).release().perform();
        Shown dragged = shown();
        assertThat(dragged.scale()).isCloseTo(zoomed.scale(), within(1e-6));
        assertThat(dragged.x()).as("translate after dragging 150 px left").isCloseTo(zoomed.x() - 150, within(3.0));

        // the keyboard alone: the box takes focus, + zooms, arrows move, 0 fits again
        js("arguments[0].focus();", body);
        assertThat(activeId()).isEqualTo("picture-body");
        new Actions(driver).sendKeys("+").perform();
        Shown keyZoomed = shown();
        assertThat(keyZoomed.scale()).isGreaterThan(dragged.scale() * 1.4);
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(shown().x()).as("translate after the right arrow").isLessThan(keyZoomed.x() - 10);
        shootPicture("route-zoomed.png");
        new Actions(driver).sendKeys("0").perform();
        Shown again = shown();
        assertThat(again.scale()).isCloseTo(fitted.scale(), within(1e-6));
        assertThat(again.x()).isCloseTo(fitted.x(), within(0.5));

        // and the Fit button brings the whole picture back after a zoom
        driver.findElement(By.id("picture-zoom-in")).click();
        driver.findElement(By.id("picture-zoom-in")).click();
        driver.findElement(By.id("picture-fit")).click();
        assertThat(shown().scale()).isCloseTo(fitted.scale(), within(1e-6));

        // a touchpad pinch, as Chromium's input layer makes one, zooms too
        List<?> middle = (List<?>) js("var r = arguments[0].getBoundingClientRect();"
                + " return [r.left + r.width / 2, r.top + r.height / 2];", body);
        ((ChromeDriver) driver).executeCdpCommand("Input.synthesizePinchGesture", Map.of("x", number(middle, 0),
                "y", number(middle, 1), "scaleFactor", 2.0, "gestureSourceType", "mouse"));
        Shown pinched = waitFor("the pinch zoom", d -> {
            Shown now = shown();
            return now.scale() > fitted.scale() * 1.2 ? now : null;
        });
        assertThat(pinched.right()).isLessThanOrEqualTo(pinched.columnRight() + 0.5);
        assertThat(text("#picture-zoom-level")).as("the page's own zoom, not the browser's").doesNotContain("whole picture");
        driver.findElement(By.id("picture-fit")).click();

        assertControlsAreLabelled();
        assertDownloadsInEachFormat("/api/ask", "routes");
        assertNoScriptErrors();
    }

    @Test
    void theNeighbourhoodPictureFitsItsColumnZoomsWithCtrlWheelAndDownloadsInEachFormat() throws Exception {
        driver.get(base + "/?query=neighbourhood&entity=Iran&depth=2");
        awaitAnswer("neighbourhood");
        assertThat(awaitPicture()).isEqualTo("svg");
        Shown fitted = assertFitsItsColumn("the neighbourhood picture");
        shootPicture("neighbourhood-fitted.png");

        // the wheel alone scrolls the page past the picture; with Ctrl (or a pinch) it zooms at the pointer
        WebElement body = driver.findElement(By.id("picture-body"));
        js("arguments[0].scrollIntoView({block: 'start'});", body);
        new Actions(driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(body), 0, 200).perform();
        assertThat(shown().scale()).as("scale after the plain wheel").isCloseTo(fitted.scale(), within(1e-6));
        Shown before = shown();
        new Actions(driver).keyDown(Keys.CONTROL)
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(body), 0, -300)
                .keyUp(Keys.CONTROL).perform();
        Shown zoomed = waitFor("the Ctrl + wheel zoom", d -> {
            Shown now = shown();
            return now.scale() > before.scale() * 1.2 ? now : null;
        });
        assertThat(zoomed.width()).isCloseTo(before.width(), within(1.0));

        new Actions(driver).moveToElement(body).clickAndHold().moveByOffset(80, 120).release().perform();
        Shown dragged = shown();
        assertThat(dragged.scale()).isCloseTo(zoomed.scale(), within(1e-6));
        assertThat(dragged.x() != zoomed.x() || dragged.y() != zoomed.y()).as("translate changes with a drag").isTrue();
        shootPicture("neighbourhood-zoomed.png");

        driver.findElement(By.id("picture-fit")).click();
        Shown again = shown();
        assertThat(again.scale()).isCloseTo(fitted.scale(), within(1e-6));
        assertThat(again.right()).isLessThanOrEqualTo(again.columnRight() + 0.5);

        assertDownloadsInEachFormat("/api/queries/neighbourhood", "neighbourhood");
        assertNoScriptErrors();
    }

    @Test
    void aQuestionTheArticlesCannotAnswerFullySaysSoAndShowsWhatTheyHoldWithItsPictureAndSources() throws Exception {
        driver.get(base + "/");
        driver.findElement(By.id("question")).sendKeys("Who attacked the Caspian Pipeline Consortium?", Keys.ENTER);

        awaitAnswer("attacks");
        WebElement abstention = driver.findElement(By.id("result-abstention"));
        assertThat(abstention.isDisplayed()).isTrue();
        assertThat(abstention.getText()).contains("do not say").contains("Caspian Pipeline Consortium");
        assertThat(text("#result-how")).contains("router").contains("attacks");
        assertThat(driver.findElement(By.id("result-table")).getText()).contains("Caspian Pipeline Consortium");
        assertThat(driver.findElements(By.cssSelector("#citations li"))).isNotEmpty();
        assertThat(awaitPicture()).as("what the page shows as the picture").isEqualTo("svg");
        assertThat(text("#status")).contains("do not say");

        // a misspelt name is read as the entity it means, and the page says how it read it
        driver.findElement(By.id("question")).clear();
        driver.findElement(By.id("question")).sendKeys("how does Kazakstan reach Iran", Keys.ENTER);
        awaitAnswer("routes");
        assertThat(text("#result-notes")).contains("Kazakstan → Kazakhstan");
        assertThat(driver.findElement(By.id("result-abstention")).isDisplayed()).isFalse();

        // a question no shape fits is answered from the statements and sentences, with their scores
        driver.findElement(By.id("question")).clear();
        driver.findElement(By.id("question")).sendKeys("what did sanctions affect beyond trade", Keys.ENTER);
        awaitAnswer(null);
        assertThat(text("#result-how")).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("#result-table tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#citations li"))).isNotEmpty();
        screenshot("web-page-abstention.png", false);
        assertNoScriptErrors();
    }

    @Test
    void theKeyboardAloneAsksAndLandsOnTheAnswer() throws Exception {
        driver.get(base + "/");
        waitFor("the catalogue", d -> d.findElements(By.cssSelector("#query-list details")).size() >= 12 ? true : null);
        // Tab from the start of the page until the question box has focus
        js("document.activeElement.blur();");
        for (int i = 0; i < 8 && !"question".equals(activeId()); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(activeId()).as("the question box is reachable with Tab").isEqualTo("question");
        Object outline = js("return getComputedStyle(document.activeElement).outlineStyle;");
        assertThat(outline).as("focus is visible").isNotEqualTo("none");

        new Actions(driver).sendKeys("who are the members of the SCO").sendKeys(Keys.ENTER).perform();

        awaitAnswer("members");
        assertThat(text("#result-query")).contains("bloc = Shanghai Cooperation Organization");
        assertThat(driver.findElement(By.id("result-table")).getText()).contains("Kazakhstan");
        assertThat(activeId()).as("focus moves to the answer").isEqualTo("result");
        assertThat(text("#status")).contains("members");
        // a table of members is drawn too: members on one side, the bloc on the other
        String kind = awaitPicture();
        assertThat(driver.findElement(By.id("picture")).isDisplayed()).as("the members' picture is shown").isTrue();
        assertThat(kind).isEqualTo("svg");

        new Actions(driver).sendKeys(Keys.TAB).perform();
        Object inResult = js("return document.getElementById('result').contains(document.activeElement);");
        assertThat(inResult).as("Tab from the answer reaches its controls").isEqualTo(true);
        assertNoScriptErrors();
    }

    @Test
    void openInNeo4jBrowserOpensBrowserConnectedToTheGraph() throws Exception {
        // a deep link runs a query on load
        driver.get(base + "/?query=routes&from=China&to=Iran");
        awaitAnswer("routes");
        assertThat(((String) js("return document.getElementById('param-routes-from').value;"))).isEqualTo("China");
        WebElement open = driver.findElement(By.id("open-browser"));
        assertThat(open.getAttribute("href")).startsWith("http://127.0.0.1:" + neo4jHttp + "/browser/");

        String page = driver.getWindowHandle();
        open.click();
        String browserWindow = waitFor("a second window", d -> d.getWindowHandles().stream()
                .filter(h -> !h.equals(page)).findFirst().orElse(null));
        driver.switchTo().window(browserWindow);
        waitFor("Neo4j Browser's editor and first frame", d -> d.getTitle().contains("Neo4j Browser")
                && !d.findElements(By.cssSelector("[data-testid='activeEditor']")).isEmpty()
                && !d.findElements(By.cssSelector("[data-testid='frame']")).isEmpty() ? true : null);
        assertThat(driver.getCurrentUrl()).startsWith("http://127.0.0.1:" + neo4jHttp + "/browser/");
        // the link carries the Bolt address with user neo4j: Browser asks only for the password, which our
        // page copies; the test types the store's password as the analyst would paste it
        WebElement user = waitFor("Browser's sign-in with the user filled in", d -> d.findElements(By.cssSelector(
                "[data-testid='username']")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(user.getAttribute("value")).isEqualTo("neo4j");
        assertThat(driver.getCurrentUrl()).doesNotContain(StorePassword.recorded(temp.resolve("data")));
        driver.findElement(By.cssSelector("[data-testid='password']")).sendKeys(StorePassword.recorded(temp.resolve("data")));
        driver.findElement(By.cssSelector("[data-testid='connect']")).click();
        // only once connected does Browser run browser.post_connect_cmd, which plays our guide from our server
        // (its "You are connected" frame is no proof either way: the guide frame often takes its place)
        waitFor("Browser to connect and play the corridor-graph guide", d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.contains(":play " + base + "/guide") && text.contains("CALL db.schema.visualization()") ? true : null;
        });
        // the link put the parameters and the query in the editor, to run with one click
        // the editor draws spaces as no-break spaces and only the lines in view
        assertThat(String.valueOf(js("return document.querySelector(\"[data-testid='activeEditor']\").innerText;"))
                .replace('\u00a0', ' ')).contains(":params {from: 'china', to: 'iran'", "// @description");

        Path shot = screenshot("neo4j-browser.png", false);
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isPositive();
    }

    @Test
    void thePageCopiesTheNeo4jPasswordWhichNoOtherPageCanRead() throws Exception {
        driver.get(base + "/?query=memberships&entity=Kazakhstan");
        awaitAnswer("memberships");
        WebElement copy = driver.findElement(By.id("copy-login"));
        assertThat(copy.isDisplayed()).as("the copy button shows beside the Browser link").isTrue();

        copy.click();

        waitFor("the page to say it copied the password", d -> text("#status").contains("Copied the password of Neo4j user neo4j")
                ? true : null);
        // the same request from elsewhere: another origin, or a rebound host name, gets no password
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create(base + "/api/local/neo4j-login"))
                .header("X-Corridor-Graph", "page").header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(foreign.body()).doesNotContain(StorePassword.recorded(temp.resolve("data")));
        HttpResponse<String> bare = http.send(HttpRequest.newBuilder(URI.create(base + "/api/local/neo4j-login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).as("without the page's header").isEqualTo(403);
    }

    @Test
    void aQuestionTheGraphCannotPlaceShowsSuggestionsThatCanBeAsked() {
        driver.get(base + "/");
        driver.findElement(By.id("question")).sendKeys("what colour is the sky over Samarkand", Keys.ENTER);

        WebElement problem = waitFor("the problem", d -> {
            WebElement p = d.findElement(By.id("problem"));
            return p.isDisplayed() ? p : null;
        });
        assertThat(problem.getAttribute("data-status")).isEqualTo("422");
        assertThat(text("#problem-detail")).containsIgnoringCase("cannot place");
        assertThat(activeId()).as("focus moves to the problem").isEqualTo("problem");
        assertThat(driver.findElement(By.id("result")).isDisplayed()).isFalse();
        List<WebElement> suggestions = driver.findElements(By.cssSelector("#problem button.suggestion"));
        assertThat(suggestions).hasSizeGreaterThan(1);

        WebElement chosen = suggestions.stream().filter(b -> b.getText().equals("what is Kazakhstan a member of"))
                .findFirst().orElse(suggestions.get(0));
        String asked = chosen.getText();
        chosen.click();

        awaitAnswer(null);
        assertThat(driver.findElement(By.id("problem")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("question")).getAttribute("value")).isEqualTo(asked);
        if (asked.equals("what is Kazakhstan a member of")) {
            assertThat(driver.findElement(By.id("result")).getAttribute("data-query")).isEqualTo("memberships");
            assertThat(cells("member")).isNotEmpty().allMatch("Kazakhstan"::equals);
        }
        assertThat(driver.getCurrentUrl()).contains("q=");

        // a link with ?q= asks on load
        driver.get(base + "/?q=" + URLEncoder.encode("what is around Turkmenistan", StandardCharsets.UTF_8));
        awaitAnswer("neighbourhood");
        assertThat(driver.findElement(By.id("question")).getAttribute("value")).isEqualTo("what is around Turkmenistan");
        assertNoScriptErrors();
    }

    @Test
    void aCatalogueFormSuggestsEntitiesAndRunsItsQuery() {
        driver.get(base + "/");
        WebElement details = waitFor("the memberships form", d -> d.findElements(By.id("query-memberships")).stream()
                .findFirst().orElse(null));
        details.findElement(By.tagName("summary")).click();
        WebElement entity = driver.findElement(By.id("param-memberships-entity"));
        assertThat(entity.getAttribute("required")).isNotNull();
        assertThat(driver.findElement(By.cssSelector("label[for='param-memberships-entity']")).getText()).contains("entity");
        entity.sendKeys("turkm");
        waitFor("entity suggestions", d -> d.findElements(By.cssSelector("#param-memberships-entity-options option"))
                .stream().anyMatch(o -> "Turkmenistan".equals(o.getAttribute("value"))) ? true : null);

        // a name one letter off is read as the entity it means, and the answer says so
        entity.clear();
        entity.sendKeys("Kazakstan");
        entity.sendKeys(Keys.ENTER);
        awaitAnswer("memberships");
        assertThat(text("#result-notes")).contains("Kazakstan → Kazakhstan");

        entity = driver.findElement(By.id("param-memberships-entity"));
        entity.clear();
        entity.sendKeys("Kazakhst");
        entity.sendKeys(Keys.ENTER);
        // an unknown name is a 404 with suggestions; choosing one reruns the query with it
        waitFor("the unknown-entity problem", d -> d.findElement(By.id("problem")).isDisplayed() ? true : null);
        assertThat(driver.findElement(By.id("problem")).getAttribute("data-status")).isEqualTo("404");
        WebElement kazakhstan = driver.findElements(By.cssSelector("#problem button.suggestion")).stream()
                .filter(b -> b.getText().equals("Kazakhstan")).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion Kazakhstan in: " + text("#problem")));
        kazakhstan.click();

        awaitAnswer("memberships");
        assertThat(text("#result-query")).contains("entity = Kazakhstan");
        assertThat(driver.getCurrentUrl()).contains("query=memberships").contains("entity=Kazakhstan");
        assertNoScriptErrors();
    }

    // ---------- helpers ----------

    /** Waits until the picture has settled; returns what it shows: svg, mermaid, none or absent. */
    private String awaitPicture() {
        return waitFor("the picture", d -> {
            String k = d.findElement(By.id("picture")).getAttribute("data-kind");
            return k == null || k.equals("loading") ? null : k;
        });
    }

    /** Where the drawing is on screen and how it is scaled and moved (from its screen transform). */
    private record Shown(double width, double right, double column, double columnRight, double scale, double x, double y) {
    }

    private Shown shown() {
        Object found = js("""
                var body = document.getElementById('picture-body');
                var host = body.querySelector('.picture-canvas');
                var svg = host && host.shadowRoot ? host.shadowRoot.querySelector('svg') : null;
                if (!svg) return null;
                var r = svg.getBoundingClientRect();
                var b = body.getBoundingClientRect();
                var m = svg.getScreenCTM();
                return [r.width, r.right, body.clientWidth, b.left + body.clientLeft + body.clientWidth, m.a, m.e, m.f];""");
        if (found == null) {
            return null;
        }
        List<?> v = (List<?>) found;
        return new Shown(number(v, 0), number(v, 1), number(v, 2), number(v, 3), number(v, 4), number(v, 5), number(v, 6));
    }

    private static double number(List<?> values, int i) {
        return ((Number) values.get(i)).doubleValue();
    }

    private Shown assertFitsItsColumn(String what) {
        Shown s = shown();
        assertThat(s).as(what + ", inline in the page").isNotNull();
        assertThat(s.width()).as(what + ": rendered width against the column's " + s.column())
                .isLessThanOrEqualTo(s.column() + 0.5).isGreaterThan(s.column() / 2);
        assertThat(s.right()).as(what + ": its right edge against the column's").isLessThanOrEqualTo(s.columnRight() + 0.5);
        // the drawing's own title and description stay on it, for screen readers
        WebElement svg = driver.findElement(By.cssSelector("#picture-body .picture-canvas")).getShadowRoot()
                .findElement(By.cssSelector("svg"));
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(String.valueOf(js("return arguments[0].querySelector(':scope > title').textContent;", svg))).isNotBlank();
        assertThat(String.valueOf(js("return arguments[0].querySelector(':scope > desc').textContent;", svg))).isNotBlank();
        return s;
    }

    private void assertControlsAreLabelled() {
        assertThat(driver.findElement(By.id("picture-zoom-in")).getAccessibleName()).isEqualTo("Zoom in");
        assertThat(driver.findElement(By.id("picture-zoom-out")).getAccessibleName()).isEqualTo("Zoom out");
        assertThat(driver.findElement(By.id("picture-fit")).getAccessibleName()).isEqualTo("Fit to column");
        assertThat(driver.findElement(By.id("picture-body")).getAttribute("tabindex")).isEqualTo("0");
        assertThat(driver.findElement(By.id("picture-body")).getAccessibleName()).startsWith("The picture");
    }

    /**
     * A download per format beside the picture, each the same answer with its format. SVG is
     * downloaded by clicking; PNG and PDF are checked as files once the server makes them.
     */
    private void assertDownloadsInEachFormat(String path, String query) throws Exception {
        for (String format : List.of("svg", "png", "pdf")) {
            WebElement link = driver.findElement(By.id("download-" + format));
            assertThat(link.isDisplayed()).as(format + " download shown").isTrue();
            assertThat(link.getAccessibleName()).isEqualTo("Download " + format.toUpperCase(Locale.ROOT));
            assertThat(link.getAttribute("download")).isEqualTo(query + "." + format);
            URI href = URI.create(link.getAttribute("href"));
            assertThat(href.getPath()).isEqualTo(path);
            assertThat(href.getQuery()).contains("format=" + format);
        }
        driver.findElement(By.id("download-svg")).click();
        Path file = downloads.resolve(query + ".svg");
        waitFor("the SVG download", d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(query + ".svg.crdownload"))
                ? true : null);
        assertThat(Files.readString(file)).contains("<svg").contains("</svg>");

        HttpResponse<byte[]> png = getBytes(driver.findElement(By.id("download-png")).getAttribute("href"));
        HttpResponse<byte[]> pdf = getBytes(driver.findElement(By.id("download-pdf")).getAttribute("href"));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        assertThat(png.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) 0x0d, (byte) 0x0a, (byte) 0x1a, (byte) 0x0a);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** A screenshot of the picture with its controls, the window tall enough to hold all of it. */
    private void shootPicture(String name) throws Exception {
        WebElement figure = driver.findElement(By.id("picture"));
        int height = figure.getSize().getHeight();
        Dimension window = driver.manage().window().getSize();
        if (height + 100 > window.getHeight()) {
            driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(4000, height + 200)));
        }
        js("arguments[0].scrollIntoView({block: 'start'});", figure);
        Files.write(SCREENSHOTS.resolve(name), figure.getScreenshotAs(OutputType.BYTES));
    }

    /** Waits for #result to show the answer of the query (any query when null). */
    private void awaitAnswer(String query) {
        waitFor("the answer" + (query == null ? "" : " from query " + query), d -> {
            WebElement result = d.findElement(By.id("result"));
            if (!result.isDisplayed()) {
                return null;
            }
            String shown = result.getAttribute("data-query");
            return query == null || query.equals(shown) ? true : null;
        });
        if (query != null) {
            assertThat(text("#result-query .query-name")).isEqualTo(query);
        }
    }

    private <T> T waitFor(String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, ANSWER_TIMEOUT).until(condition::apply);
        } catch (TimeoutException e) {
            String status = driver.findElements(By.id("status")).stream().map(WebElement::getText).findFirst().orElse("");
            String problem = driver.findElements(By.id("problem")).stream().map(WebElement::getText).findFirst().orElse("");
            String page = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            String shot;
            try {
                shot = screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".png", false).toString();
            } catch (Exception failed) {
                shot = "none (" + failed.getMessage() + ")";
            }
            throw new AssertionError("waited " + ANSWER_TIMEOUT.toSeconds() + " s for " + what + "; status: '" + status
                    + "'; problem: '" + problem + "'; page text: '" + page.substring(0, Math.min(page.length(), 1500))
                    + "'; screenshot: " + shot + "; browser log: " + browserLog(), e);
        }
    }

    private List<String> cells(String column) {
        return driver.findElements(By.cssSelector("#result-table tbody td[data-column='" + column + "']"))
                .stream().map(WebElement::getText).map(s -> s.replace('\n', ' ').replaceAll("; +", "; ").strip()).toList();
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private String activeId() {
        return (String) js("return document.activeElement ? document.activeElement.id : null;");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private Path screenshot(String name, boolean wholePage) throws Exception {
        if (wholePage) {
            Number height = (Number) js("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(1400, Math.min(4000, Math.max(1000, height.intValue() + 40))));
            js("window.scrollTo(0, 0);");
        }
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private final List<String> seenLog = new ArrayList<>();

    private List<String> browserLog() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            seenLog.add(entry.getLevel() + " " + entry.getMessage());
        }
        return seenLog;
    }

    /** Script errors fail the test; failed requests the page handles (406 svg, 4xx problems) do not. */
    private void assertNoScriptErrors() {
        Set<String> handled = Set.of("Failed to load resource");
        List<String> errors = browserLog().stream()
                .filter(line -> line.startsWith("SEVERE"))
                .filter(line -> handled.stream().noneMatch(line::contains))
                .toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
