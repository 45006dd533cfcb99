package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Queries;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (headless Chromium through chromedriver): search, entity page with its
 * picture, article page with its marks, the SPARQL editor, and markup in the data shown inert. Skipped, with
 * a message, where Chromium or chromedriver are not installed ({@code src/test/browser-setup.sh} installs
 * them). Screenshots of each page type go to {@code target/web-screenshots/}.
 */
class WebPagesBrowserTest {

    /** Set in CI, where a missing browser fails these tests instead of skipping them. */
    static final String REQUIRED = "NEWSGRAPH_REQUIRE_BROWSER";
    static final String SKIPPED = "WebPagesBrowserTest skipped: chromium and chromedriver not found on PATH; "
            + "run 'bash src/test/browser-setup.sh' to install them (Debian/Ubuntu), then mvn verify again";

    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static PageServer pages;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            // Said on the console, not only in the report: a skipped browser test must not pass unseen.
            System.err.println("[WARNING] " + SKIPPED);
            return;
        }
        pages = new PageServer(dir, List.of(WebFixtures.talks(), WebFixtures.followUp()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1360,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void needsBrowser() {
        if (System.getenv(REQUIRED) != null) {
            Assertions.assertNotNull(browser, REQUIRED + " is set, but " + SKIPPED);
        }
        Assumptions.assumeTrue(browser != null, SKIPPED);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pages != null) {
            pages.close();
        }
    }

    private static Optional<Path> executable(String... names) {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dirName, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void screenshot(String name) throws IOException {
        Path out = Path.of("target", "web-screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void searchLeadsToTheEntityPageWithTheContractRolesAndMeetings() throws IOException {
        browser.get(pages.base + "/");
        assertEquals("2", browser.findElement(By.id("article-count")).getText());
        screenshot("web-home");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("elena", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        browser.findElement(By.linkText("Elena Varga")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), "Elena Varga"));

        Set<String> roles = new TreeSet<>();
        for (WebElement row : browser.findElements(By.cssSelector("#roles tr.role"))) {
            roles.add(row.findElement(By.className("role-name")).getText() + " | "
                    + row.findElement(By.className("organization")).getText());
        }
        Set<String> contractRoles = new TreeSet<>();
        pages.store.select(Queries.bundled("roles")).forEachRemaining(s -> {
            if (s.getLiteral("person").getString().equals("Elena Varga")) {
                contractRoles.add(s.getLiteral("role").getString() + " | "
                        + (s.contains("organization") ? s.getLiteral("organization").getString() : ""));
            }
        });
        assertEquals(contractRoles, roles);

        Set<String> meetings = new HashSet<>();
        for (WebElement row : browser.findElements(By.cssSelector("#meetings tr.meeting"))) {
            Set<String> who = new TreeSet<>();
            row.findElements(By.className("participant")).forEach(p -> who.add(p.getText()));
            meetings.add(who + " @ " + row.findElement(By.className("location")).getText());
        }
        assertEquals(pages.contractMeetingsOf("Elena Varga"), meetings);

        long nodes = (Long) waiting().until(d -> js("return window.newsgraphGraph ? "
                + "window.newsgraphGraph.getOption().series[0].data.length : null"));
        long edges = (Long) js("return window.newsgraphGraph.getOption().series[0].links.length");
        assertTrue(nodes >= 10, "nodes drawn: " + nodes);
        assertTrue(edges >= 8, "edges drawn: " + edges);
        assertTrue(browser.findElements(By.cssSelector("#graph canvas")).size() > 0, "the picture is drawn");
        assertEquals(browser.findElements(By.cssSelector("#role-summaries tr.role-summary")).size(),
                browser.findElements(By.cssSelector("#timeline li.tl-role")).size(),
                "each role summary on the timeline");
        assertEquals(browser.findElements(By.cssSelector("#meetings tr.meeting")).size(),
                browser.findElements(By.cssSelector("#timeline li.tl-meeting")).size(),
                "each meeting on the timeline");
        screenshot("web-entity");
    }

    @Test
    void evidenceLinkOpensTheArticleWithTheSpanMarked() throws IOException {
        browser.get(pages.base + "/entity/" + WebFixtures.VARGA);
        WebElement link = browser.findElement(By.cssSelector("#roles a.evidence"));
        String anchor = link.getAttribute("href").replaceAll(".*#", "");
        link.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        waiting().until(d -> !d.findElements(By.cssSelector(".ev.focus")).isEmpty());
        String text = pages.store.articleGraph(WebFixtures.TALKS).listObjectsOfProperty(
                SchemaDO.articleBody).next().asLiteral().getLexicalForm();
        String[] parts = anchor.split("-");
        String expected = text.substring(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        String focused = (String) js("return Array.from(document.querySelectorAll('.ev.focus'))"
                + ".map(e => e.textContent).join('')");
        assertEquals(expected, focused);

        WebElement name = browser.findElement(By.cssSelector("#article-text a.mention.t-person"));
        int b = Integer.parseInt(name.getAttribute("data-begin"));
        int e = Integer.parseInt(name.getAttribute("data-end"));
        assertEquals(text.substring(b, e), name.getText());
        assertEquals("Elena Varga", name.getText());
        String colour = name.getCssValue("border-bottom-color");
        String placeColour = browser.findElement(By.cssSelector("#article-text .mention.t-place"))
                .getCssValue("border-bottom-color");
        assertTrue(!colour.equals(placeColour), "a colour per type: " + colour + " vs " + placeColour);
        assertEquals(6, browser.findElements(By.cssSelector("#facts li.fact")).size());
        screenshot("web-article");
    }

    @Test
    void sparqlEditorRunsAnExampleAndShowsTheRows() throws IOException {
        browser.get(pages.base + "/sparql-ui");
        new Select(browser.findElement(By.id("example"))).selectByValue("roles");
        browser.findElement(By.id("run")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results-table")));
        int expected = WebPagesTest.rows(pages.store.select(Queries.bundled("roles"))).size();
        List<WebElement> rows = browser.findElements(By.cssSelector("#results-table tr"));
        assertEquals(expected + 1, rows.size(), "a header and one row per role");
        List<String> header = new ArrayList<>();
        rows.get(0).findElements(By.tagName("th")).forEach(th -> header.add(th.getText()));
        assertEquals(List.of("?article", "?person", "?role", "?organization"), header);
        screenshot("web-sparql");
    }

    @Test
    void markupInTheDataStaysInert(@TempDir Path hostileDir) {
        try (PageServer hostile = new PageServer(hostileDir, List.of(WebFixtures.injection()))) {
            markupStaysInert(hostile);
        }
    }

    private static void markupStaysInert(PageServer hostile) {
        browser.get(hostile.base + "/article/" + WebFixtures.INJECTION);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        assertNoAlert();
        assertNull(js("return window.__pwned === undefined ? null : String(window.__pwned)"));
        assertTrue(browser.findElement(By.id("article-text")).getText().contains(WebFixtures.HOSTILE_TEXT));
        assertTrue(browser.findElement(By.id("article-text")).getText().contains(WebFixtures.HOSTILE_NAME));
        assertEquals(0L, js("return document.querySelectorAll('img').length"));

        browser.findElement(By.cssSelector("#article-text a.mention.t-person")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
        assertNoAlert();
        assertEquals(WebFixtures.HOSTILE_NAME, browser.findElement(By.id("entity-name")).getText());
        assertNull(js("return window.__pwned === undefined ? null : String(window.__pwned)"));
        assertNotNull(waiting().until(d -> js("return window.newsgraphGraph ? 1 : null")));

        browser.get(hostile.base + "/search?q=" + java.net.URLEncoder.encode("\"><script>window.__pwned=4</script>",
                java.nio.charset.StandardCharsets.UTF_8));
        assertNoAlert();
        assertNull(js("return window.__pwned === undefined ? null : String(window.__pwned)"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("<script>window.__pwned=4</script>"));
    }

    private static void assertNoAlert() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("an alert opened: " + text);
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
    }
}
