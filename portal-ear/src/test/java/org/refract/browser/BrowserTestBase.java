package org.refract.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.refract.it.Deployments;

/**
 * Base of every browser test: the deployed portal, a headless Debian chromium emptied for each test, waits on PrimeFaces
 * ajax instead of sleeps, an axe-core WCAG 2.1 AA check of every page opened or reached, and a screenshot
 * under target/screenshots when a test fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTestBase {

    protected static final String DEMO_PASSWORD = "refract-demo-2026";
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String LABEL_IN_NAME = "label-content-name-mismatch";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Dimension WINDOW = new Dimension(1366, 900);

    /**
     * How often a wait asks the browser again: Selenium's default half second was, on average, a quarter of a second
     * lost at each of the thousands of waits of a test run (issue 16: CI's time).
     */
    private static final Duration POLL = Duration.ofMillis(100);

    /** How long a select menu's panel may take to open after a click before the click is tried again. */
    private static final Duration PANEL_WAIT = Duration.ofSeconds(5);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    protected URL portal;

    protected WebDriver browser;
    private final List<WebDriver> extraBrowsers = new ArrayList<>();
    private boolean failed;

    /**
     * The first browser of every test, kept for the next one: starting Chromium and loading the first page into an
     * empty cache cost about two seconds per test (issue 16: CI's time). Between tests it is emptied (see
     * {@link #emptied}); after a failed test, or if emptying fails, it is quit and the next test starts a new one.
     */
    private static ChromeDriver kept;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (kept != null) {
                kept.quit();
            }
        }));
    }

    /** Runs right after the test method, before @AfterEach empties the browser. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            failed = true;
            saveScreenshot(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void startBrowser() {
        if (kept == null) {
            kept = startChromium();
        }
        browser = kept;
    }

    /** A second, independent browser (another user, another session). Closed with the test. */
    protected WebDriver newBrowser() {
        WebDriver driver = startChromium();
        extraBrowsers.add(driver);
        return driver;
    }

    private static ChromeDriver startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                "--lang=en-GB",
                "--user-data-dir=" + tempProfile());
        // The browser's console, read after every page: a Content-Security-Policy violation fails the test.
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    @AfterEach
    void quitBrowsers() {
        extraBrowsers.forEach(WebDriver::quit);
        extraBrowsers.clear();
        if (kept != null && (failed || !emptied(kept))) {
            try {
                kept.quit();
            } catch (WebDriverException alreadyGone) {
                // a browser that crashed cannot be quit; the next test starts a new one all the same
            } finally {
                kept = null;
            }
        }
    }

    /**
     * Leaves the kept browser as a new one would be, bar its cache of the portal's versioned resources: no cookies
     * (signed out), no stored data, one new tab (no history, no session storage) of the first size, nothing
     * unread in its console. False if that failed (a dialog still open, say).
     */
    private boolean emptied(ChromeDriver driver) {
        try {
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            String used = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(fresh)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand(
                    "Storage.clearDataForOrigin",
                    java.util.Map.of(
                            "origin", portal.getProtocol() + "://" + portal.getAuthority(), "storageTypes", "all"));
            driver.manage().window().setSize(WINDOW);
            driver.manage().logs().get(LogType.BROWSER);
            return driver.getWindowHandles().size() == 1 && !used.equals(fresh);
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** Opens a portal path ("login.xhtml", "admin/index.xhtml") and checks accessibility of what loads. */
    protected void open(String path) {
        open(browser, path);
    }

    protected void open(WebDriver driver, String path) {
        driver.get(url(path));
        waitForPage(driver);
        assertAccessible(driver);
    }

    protected String url(String path) {
        return portal.toExternalForm().replaceAll("/?$", "/") + path;
    }

    protected void logIn(String username) {
        logIn(browser, username, DEMO_PASSWORD);
    }

    /** Logs in through the login page the browser is on, or opens it first. */
    protected void logIn(WebDriver driver, String username, String password) {
        if (!driver.getCurrentUrl().contains("login.xhtml")) {
            open(driver, "login.xhtml");
        }
        WebElement user = driver.findElement(By.id("login:username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitForPage(driver);
        assertAccessible(driver);
    }

    protected void logOut(WebDriver driver) {
        driver.findElement(By.id("logoutForm:logout")).click();
        waitForUrl(driver, "login.xhtml");
    }

    /** Answers yes in the page's confirmation dialog and waits until the confirmed action has reloaded the page. */
    protected void confirm(WebDriver driver) {
        WebElement yes = driver.findElement(By.id("confirm-form:confirm-yes"));
        waitFor(driver, d -> yes.isDisplayed());
        yes.click();
        waitForNextPage(driver, yes);
    }

    /** Waits until the page that held {@code element} has been replaced by the next one, and checks that one. */
    protected void waitForNextPage(WebDriver driver, WebElement element) {
        waitFor(driver, d -> isGone(element));
        waitForPage(driver);
        assertAccessible(driver);
    }

    /**
     * Whether the page that held {@code element} is gone: the element is stale, or (Chromium, while the next page
     * replaces the document) its node "does not belong to the document".
     */
    protected static boolean isGone(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks something that submits without ajax and waits for the next page. */
    protected void clickAndWaitForPage(WebElement element) {
        element.click();
        waitForPage(browser);
        assertAccessible(browser);
    }

    /** Clicks something that sends a PrimeFaces ajax request and waits until the ajax queue is empty. */
    protected void guardAjax(Runnable action) {
        action.run();
        waiting(browser, WAIT)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                                                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Waits until the browser has navigated to a URL containing the fragment (after a key press, say). */
    protected void waitForUrl(WebDriver driver, String fragment) {
        waiting(driver, WAIT).until(d -> d.getCurrentUrl().contains(fragment));
        waitForPage(driver);
    }

    /** A wait of at most {@code timeout} that asks again every {@link #POLL}. */
    private static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    protected void waitForPage(WebDriver driver) {
        waiting(driver, WAIT)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    protected WebElement find(String id) {
        return browser.findElement(By.id(id));
    }

    protected Optional<WebElement> findOptional(String id) {
        return browser.findElements(By.id(id)).stream().findFirst();
    }

    /**
     * Fails on any serious or critical WCAG 2.1 A/AA violation on the current page, and on any script, style or
     * connection the page's Content-Security-Policy refused since the last check.
     */
    protected void assertAccessible(WebDriver driver) {
        assertNoPolicyViolation(driver);
        settle(driver);
        Results results = new AxeBuilder()
                .withOptions(violationsOnly())
                .withTags(WCAG_TAGS)
                // axe.run in the page itself (the portal has no cross-origin frames): the default mode runs each frame
                // apart, then opens a blank window, injects axe again and merges the parts there, a second or so more
                // per check (issue 16: CI's time)
                .setLegacyMode(true)
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            saveScreenshot("axe-" + driver.getTitle().replaceAll("[^A-Za-z0-9]+", "-"));
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                    + blocking.stream()
                            .map(v -> "- " + v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                                    + v.getNodes().stream()
                                            .limit(3)
                                            .map(n -> String.valueOf(n.getTarget()))
                                            .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Brings the page to the colours a user sees once it has settled. A button just clicked fades into its hover
     * colours for 0.2 s, and axe measured the contrast of a frame in between (seen twice on a slow machine; the second
     * time the ajax update had re-rendered the button under the pointer, and Chromium started its fade only after the
     * check for running transitions). So the pointer leaves the page's content, two frames pass so that the browser
     * has applied the new hover state, and then no CSS transition may still be running.
     */
    private void settle(WebDriver driver) {
        new Actions(driver).moveToLocation(0, 0).perform();
        ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        waitFor(
                driver,
                d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.getAnimations()"
                                + ".every(a => !(a instanceof CSSTransition) || a.playState !== 'running');")));
    }

    private void assertNoPolicyViolation(WebDriver driver) {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        if (!refused.isEmpty()) {
            saveScreenshot("csp-" + driver.getTitle().replaceAll("[^A-Za-z0-9]+", "-"));
            fail("Content-Security-Policy violations on " + driver.getCurrentUrl() + ":\n"
                    + String.join("\n", refused));
        }
    }

    protected void saveScreenshot(String name) {
        if (browser == null) {
            return;
        }
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Path file = dir.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // The browser may already be gone; a missing screenshot must not hide the real failure.
        }
    }

    /**
     * axe returns every node of every passed and inapplicable rule unless asked for the violations alone. WCAG 2.5.3
     * (label in name) is among this axe's experimental rules, which the WCAG tags leave out: asked for by name.
     */
    private static AxeRunOptions violationsOnly() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        options.setRules(Map.of(LABEL_IN_NAME, enabled));
        return options;
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("refract-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP status the logged-in browser gets for a path. */
    protected long status(String path) {
        Object status = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { done(r.status); });",
                        url(path));
        return ((Number) status).longValue();
    }

    /**
     * Waits until the condition holds. An element the condition read may be replaced by an AJAX update between
     * finding it and reading it; that reading is simply tried again.
     */
    protected static void waitFor(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        waiting(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * Types a date into a PrimeFaces date picker's input and closes its pop-up, which otherwise may cover what lies
     * below it: Escape, then a real click on the page heading (outside clicks close PrimeFaces overlays).
     */
    protected void typeDate(WebElement input, java.time.LocalDate date) {
        // The input carries a mask (9999-99-99); a busy machine has been seen to lose a typed character to it, so
        // the value is read back and typed again until it stands whole.
        typeWhole(input, date);
        input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        clickHeading();
        if (!date.toString().equals(input.getAttribute("value"))) {
            // Once seen: the typed date gone again after closing. Type it once more and close by clicking away only.
            typeWhole(input, date);
            clickHeading();
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                date.toString(), input.getAttribute("value"), "typed date, closed");
        waitForAjax(browser);
    }

    private void typeWhole(WebElement input, java.time.LocalDate date) {
        for (int attempt = 0; attempt < 3 && !date.toString().equals(input.getAttribute("value")); attempt++) {
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), date.toString());
        }
        org.junit.jupiter.api.Assertions.assertEquals(date.toString(), input.getAttribute("value"), "typed date");
    }

    private void clickHeading() {
        browser.findElements(org.openqa.selenium.By.id("page-heading")).stream()
                .findFirst()
                .ifPresent(heading -> {
                    try {
                        heading.click();
                    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                        // a sticky bar lies over the heading: Escape has to do
                    }
                });
    }

    protected void typeDate(String inputId, java.time.LocalDate date) {
        typeDate(find(inputId), date);
    }

    /**
     * Waits for the message beside a field (inside the same {@code div.field}) to contain the expected text; fails
     * naming every message on the page, so that a refusal for another reason shows what it was.
     */
    protected void assertMessageBeside(String fieldId, String expected) {
        By beside = By.xpath("//*[@id='" + fieldId + "' or @id='" + fieldId + "_input']/ancestor::div[contains(@class,"
                + "'field')][1]//*[contains(@class,'ui-message')]");
        try {
            waitFor(
                    browser,
                    d -> d.findElements(beside).stream()
                            .anyMatch(e -> e.getText().contains(expected)));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("expected \"" + expected + "\" beside " + fieldId + "; messages on the page: "
                    + browser
                            .findElements(By.cssSelector(".ui-message-error, .ui-messages, .toast, .form-feedback"))
                            .stream()
                            .map(m -> m.getAttribute("id") + ": " + m.getText().strip())
                            .toList());
        }
    }

    /** Ajax done and toasts or dialogs no longer fading in (axe measures contrast mid-fade otherwise). */
    protected static void waitForAjax(WebDriver driver) {
        waiting(driver, WAIT)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || (jQuery.active === 0"
                                        + " && jQuery(':animated').length === 0));")));
    }

    /**
     * Opens a tab of the case page by its title, as a user does: the tab is a link, so this waits for the new page
     * (the old link gone, the new one marked current), then checks accessibility.
     */
    protected void openCaseTab(WebDriver driver, String title) {
        String link = "//nav[@id='case-tab-bar']//a[normalize-space()='" + title + "']";
        WebElement tab = driver.findElement(By.xpath(link));
        tab.click();
        waitFor(driver, d -> isGone(tab));
        waitForPage(driver);
        waitFor(driver, d -> "page".equals(d.findElement(By.xpath(link)).getAttribute("aria-current")));
        waitForAjax(driver);
        assertAccessible(driver);
    }

    /** Selects a tab of a PrimeFaces tab view by its title, waits for it, and checks accessibility. */
    protected void selectTab(WebDriver driver, String tabViewId, String title) {
        WebElement tab = driver.findElement(
                By.xpath("//div[@id='" + tabViewId + "']//a[@role='tab'][normalize-space()='" + title + "']"));
        tab.click();
        waitFor(driver, d -> "true".equals(tab.getAttribute("aria-selected")));
        waitForAjax(driver);
        assertAccessible(driver);
    }

    /**
     * Opens a PrimeFaces select menu and picks the option by its label, as a mouse user does: once the panel has
     * finished opening, and again (up to four times) if a busy machine swallowed the click or the panel stayed shut.
     */
    protected void chooseOption(String menuId, String label) {
        By panel = By.id(menuId + "_panel");
        for (int attempt = 0; attempt < 4 && !label.equals(selectedLabel(menuId)); attempt++) {
            find(menuId).click();
            try {
                waiting(browser, PANEL_WAIT)
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElement(panel).isDisplayed()
                                && Boolean.FALSE.equals(((JavascriptExecutor) d)
                                        .executeScript(
                                                "return jQuery(PrimeFaces.escapeClientId(arguments[0])).is(':animated');",
                                                menuId + "_panel")));
            } catch (org.openqa.selenium.TimeoutException panelStayedShut) {
                // seen in CI: the menu took the focus but its panel never opened; the next attempt clicks again
                continue;
            }
            WebElement option =
                    browser.findElement(panel).findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                            .filter(li -> label.equals(li.getAttribute("data-label")))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("No option " + label + " in " + menuId));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", option);
            try {
                option.click();
            } catch (org.openqa.selenium.ElementNotInteractableException e) {
                // A long list still scrolling on a busy machine: the same click event, sent by script.
                ((JavascriptExecutor) browser).executeScript("arguments[0].click();", option);
            }
            waitForAjax(browser);
        }
        org.junit.jupiter.api.Assertions.assertEquals(label, selectedLabel(menuId), "chosen in " + menuId);
    }

    protected String selectedLabel(String menuId) {
        return find(menuId + "_label").getText().strip();
    }
}
