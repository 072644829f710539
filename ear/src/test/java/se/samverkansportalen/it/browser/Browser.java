package se.samverkansportalen.it.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium (Debian's package) driven by Selenium, with the steps a user takes:
 * open a page, log in on Keycloak's page, read what is shown. One browser is one user's session.
 */
public final class Browser implements AutoCloseable {

    public static final String PORTAL_URL = System.getProperty("portal.url", "http://localhost:8380/samverkansportalen/");
    public static final String KEYCLOAK_URL = System.getProperty("keycloak.url", "http://localhost:8180");
    /** The password of every demo user in keycloak/realm/samverkan-realm.json. */
    public static final String DEMO_PASSWORD = "samverkan";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final WebDriverWait wait;

    /**
     * The test whose pages are being recorded (class and method, set by {@link BrowserTestBase}
     * before each test), for the screenshots' names; browsers a test opens itself take it too.
     */
    private static volatile String recordingFor = "browser";
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> STEPS = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * A property set on each page once it is recorded, to its step number (unique within the test
     * class): a page without it is a newly loaded one.
     */
    private static final String RECORDED_MARK = "__samverkanRecorded";
    /** What axe found on the pages loaded since {@link #recordPagesOf}, for {@link BrowserTestBase} to judge. */
    private static volatile PageScans scans = new PageScans(recordingFor);

    /**
     * Names the test whose page loads the browsers record and scan from now on ("LoginIT" or
     * "LoginIT.a_user_logs_in"), with no scans yet.
     */
    static void recordPagesOf(String test) {
        recordingFor = test;
        scans = new PageScans(test);
    }

    /** The scans of the pages loaded since the last {@link #recordPagesOf}, by every browser. */
    static PageScans pageScans() {
        return scans;
    }

    /** How long a newly loaded page may take to settle before it is left unscanned. */
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(5);
    /**
     * Whether the page with the given step number (0: whichever page is shown) has settled, answered
     * asynchronously as "settled", "busy" or "gone" (another page is shown). Settled: loaded,
     * jQuery's ready handlers run (PrimeFaces starts its widgets in them) and one turn of the event
     * loop after them (the portal's scripts finish some work in a timeout), no Ajax request under
     * way, no jQuery animation running and no PrimeFaces overlay (a date picker's calendar, a
     * multi-select's list) in its opening or closing transition, in which axe would judge a half
     * drawn or half gone list.
     */
    private static final String SETTLED_SCRIPT = """
            const page = arguments[0], done = arguments[arguments.length - 1];
            const $ = window.jQuery;
            const check = () => {
              if (page > 0 && window.%1$s !== page) { done('gone'); return; }
              const pf = window.PrimeFaces && window.PrimeFaces.ajax && window.PrimeFaces.ajax.Queue;
              const busy = document.readyState !== 'complete'
                  || (!!$ && ($.active > 0 || ($.timers || []).length > 0))
                  || (!!pf && !pf.isEmpty())
                  || !!document.querySelector('.ui-connected-overlay-enter, .ui-connected-overlay-enter-active, '
                      + '.ui-connected-overlay-exit, .ui-connected-overlay-exit-active');
              done(busy ? 'busy' : 'settled');
            };
            if (document.readyState !== 'complete' || ($ && $.isReady !== true)) { done('busy'); return; }
            if ($) { $(() => setTimeout(check, 0)); } else { setTimeout(check, 0); }
            """.formatted(RECORDED_MARK);
    /**
     * Remembers on the page that it was scanned as it is now (page number, focus, scroll) and
     * notes any change to its document from then on, so that a scan asked for right after can be
     * answered from this one.
     */
    private static final String REMEMBER_SCAN_SCRIPT = """
            window.__samverkanScan = {page: arguments[0], changed: false, focus: document.activeElement, x: window.scrollX, y: window.scrollY};
            if (!window.__samverkanScanObserver) {
              window.__samverkanScanObserver = new MutationObserver(() => { if (window.__samverkanScan) window.__samverkanScan.changed = true; });
              window.__samverkanScanObserver.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
            }
            """;
    /** The page's number when it is unchanged since its last scan (no change to its document, focus or scroll), else 0. */
    private static final String UNCHANGED_SINCE_SCAN_SCRIPT = """
            const s = window.__samverkanScan;
            return s && s.page === window.%1$s && !s.changed && s.focus === document.activeElement
                && s.x === window.scrollX && s.y === window.scrollY ? s.page : 0;
            """.formatted(RECORDED_MARK);

    /** What axe found on each markup scanned in this run, by any browser: a page with the same markup is not scanned again. */
    private static final ScannedMarkup SCANNED = new ScannedMarkup();

    /**
     * The screenshot of each markup ({@link ScannedMarkup#key}) each test class pictured, by class
     * and key: a page load whose markup its class pictured before is not pictured again, and is
     * named by that picture, so that each class's pictures still show every page it passed through.
     */
    private static final Map<String, String> PICTURED = new java.util.concurrent.ConcurrentHashMap<>();

    /** axe-core's script as the library bundles it, read once. */
    private static volatile String axeScript;

    /** The step number of the page this browser scanned last (0: none), and what axe found there. */
    private int scannedPage;
    private List<String> scannedFailures = List.of();

    /** The language the test browser asks for unless told otherwise, as a Swedish kommun's computer does. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** A browser asking for Swedish pages. */
    public Browser() {
        this(SWEDISH);
    }

    /**
     * A browser whose user interface language, and so its Accept-Language header, is the given
     * one, e.g. {@code new Browser(Locale.ENGLISH)} for a browser set up in English.
     */
    public Browser(Locale language) {
        String tmp = System.getenv("TMPDIR");
        if (tmp != null) {
            try {
                Files.createDirectories(Path.of(tmp)); // Chromium's temporary profiles go there, inside target/
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024", "--lang=" + language.toLanguageTag());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages(language)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                // Swedish time, as the portal's users have: a date picker opens on Sweden's today,
                // also in the hour after midnight when the machine's UTC clock is still on yesterday.
                .withEnvironment(Map.of("TZ", "Europe/Stockholm"))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, TIMEOUT);
        // An Ajax update can replace an element between finding and reading it: read it again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** The Accept-Language list for a language: "sv-SE,sv" for Swedish in Sweden, "en" for English. */
    static String acceptLanguages(Locale language) {
        return language.getCountry().isEmpty() ? language.getLanguage() : language.toLanguageTag() + "," + language.getLanguage();
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        recordNewPage();
        driver.get(url);
        recordNewPage();
        return this;
    }

    public Browser openPortal() {
        return open(PORTAL_URL);
    }

    /** True while the browser shows Keycloak's login form for the portal's realm. */
    public boolean showsKeycloakLogin() {
        return driver.getCurrentUrl().startsWith(KEYCLOAK_URL + "/realms/samverkan/")
                && !driver.findElements(By.id("username")).isEmpty()
                && !driver.findElements(By.id("password")).isEmpty();
    }

    public Browser waitForKeycloakLogin() {
        wait.until(d -> showsKeycloakLogin());
        return this;
    }

    /** Fills in Keycloak's login form and sends it. */
    public Browser submitLogin(String username, String password) {
        waitForKeycloakLogin();
        recordNewPage();
        WebElement user = driver.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /** Opens the portal, logs in as a demo user and waits for the portal's page. */
    public Browser logInAs(String username) {
        openPortal();
        submitLogin(username, DEMO_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-box")));
        recordNewPage();
        return this;
    }

    public WebElement waitFor(By locator) {
        recordNewPage();
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public Browser waitUntilTextShown(String text) {
        recordNewPage();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), " + xpathLiteral(text) + ")]")));
        return this;
    }

    /** Waits until the element's whole text is the given one (not merely contains it). */
    public Browser waitUntilText(By locator, String text) {
        new WebDriverWait(driver, TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage(() -> "the text of " + locator + " to be '" + text + "'").until(d -> text.equals(d.findElement(locator).getText().strip()));
        recordNewPage();
        return this;
    }

    public String text(By locator) {
        recordNewPage();
        return wait.until(d -> d.findElement(locator).getText());
    }

    /** The current value of a form field, read again if an Ajax update replaced the field meanwhile. */
    public String value(By locator) {
        return wait.until(d -> d.findElement(locator).getAttribute("value"));
    }

    public void click(By locator) {
        recordNewPage();
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        // Near the bottom edge it may lie under the report's save bar, which stays in view there: a
        // user scrolls it up first. Not inside a PrimeFaces popup, which stays where it opened.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const el = arguments[0], r = el.getBoundingClientRect();
                if (!el.closest('.ui-selectcheckboxmenu-panel, .ui-datepicker-panel, .ui-connected-overlay, .ui-dialog')
                        && (r.top < 0 || r.bottom > window.innerHeight - 160)) {
                    el.scrollIntoView({block: 'center'});
                }""", element);
        element.click();
    }

    /**
     * Moves the keyboard focus with the Tab key, as a keyboard user does, until the element with
     * the given id has it; fails when it is not reached within {@code maxTabs} presses.
     */
    public Browser tabTo(String id, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (id.equals(active.getAttribute("id"))) {
                return this;
            }
            active.sendKeys(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + " within " + maxTabs + " presses");
    }

    /** Types into the element that has the keyboard focus. */
    public Browser typeIntoFocused(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        return this;
    }

    /** The portal's one confirmation dialog (the page template's global p:confirmDialog). */
    public static final By CONFIRM_DIALOG = By.cssSelector(".ui-confirm-dialog");
    public static final By CONFIRM_YES = By.id("confirm-form:confirm-yes");
    public static final By CONFIRM_NO = By.id("confirm-form:confirm-no");

    /** Clicks a button that asks for confirmation first, waits for the dialog and confirms. */
    public void clickAndConfirm(By locator) {
        openConfirmation(locator);
        click(CONFIRM_YES);
    }

    /** Clicks a button that asks for confirmation and waits until the dialog shows; returns its text. */
    public String openConfirmation(By locator) {
        click(locator);
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(CONFIRM_DIALOG));
        return dialog.getText();
    }

    /** Waits until the confirmation dialog is gone. */
    public Browser waitUntilConfirmationClosed() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(CONFIRM_DIALOG));
        return this;
    }

    /** The id of the element that has the keyboard focus (empty when it has none). */
    public String focusedId() {
        String id = driver.switchTo().activeElement().getAttribute("id");
        return id == null ? "" : id;
    }

    /** Waits until the element with the given id has the keyboard focus. */
    public Browser waitUntilFocused(String id) {
        new WebDriverWait(driver, TIMEOUT).withMessage(() -> "the focus on #" + id + ", it is on #" + focusedId())
                .until(d -> id.equals(focusedId()));
        return this;
    }

    /** Replaces the text of an input field, as a user selecting all and typing does. */
    public Browser fill(By locator, String text) {
        recordNewPage();
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** A file the logged-in user downloads from the portal: its status, content type, bytes and Content-Disposition (the file's name). */
    public record Download(int status, String contentType, byte[] body, String disposition) {
    }

    /** Fetches a link's target with this browser's session, as clicking a download link does. */
    public Download download(String url) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Cookie", cookies).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Content-Disposition").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * WCAG 2.1 A and AA rules that axe-core finds broken on the current page, and those it leaves
     * incomplete although they can be decided (see {@link AxeFindings} for the few incomplete
     * results accepted, and why), as readable lines. Waits up to {@link #SETTLE_TIMEOUT} for the
     * page to settle (see {@link #SETTLED_SCRIPT}), then scans it as it is; when the page is
     * unchanged since this browser scanned it on loading, that scan's answer is given again.
     */
    public List<String> accessibilityViolations() {
        recordNewPage();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object unchanged = js.executeScript(UNCHANGED_SINCE_SCAN_SCRIPT);
        if (scannedPage > 0 && unchanged instanceof Number n && n.intValue() == scannedPage) {
            scans.reused();
            return scannedFailures;
        }
        Object mark = js.executeScript("return window." + RECORDED_MARK + " || 0;");
        int page = mark instanceof Number n ? n.intValue() : 0;
        waitUntilSettled(page); // not settled in time: scanned as it is, as a test asks
        String markup = markupKey();
        List<String> failures = SCANNED.findings(markup).orElse(null);
        if (failures == null) {
            Results results = runAxe();
            failures = AxeFindings.failures(results);
            if (!results.isErrored()) {
                SCANNED.scanned(markup, failures);
            }
        }
        rememberScan(page, failures);
        return failures;
    }

    /**
     * Runs axe-core on the current page: WCAG 2.1 A and AA rules, violations and incomplete results
     * only (passes and inapplicable rules are not read: axe then reports one element for each
     * instead of every one). axe is injected into a document only when it is not there yet, so a
     * page scanned at load and again after an Ajax update gets it once. axe runs in the page itself
     * (the library's legacy mode): the portal has no frames, so the blank window the library
     * otherwise opens to combine frames' results is not needed (measured: 0.3–0.45 s a scan instead
     * of about 1 s), and no window opens and closes beside the page under test.
     */
    private Results runAxe() {
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setResultTypes(List.of("violations", "incomplete"));
        AxeBuilder axe = new AxeBuilder().withOptions(options).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        axe.setInjectAxe(Browser::injectAxeUnlessPresent, false);
        axe.setLegacyMode(true);
        return axe.analyze(driver);
    }

    /** Injects axe-core into the document (or frame, or axe's own blank window) the driver is on, unless it is there. */
    private static void injectAxeUnlessPresent(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe && typeof window.axe.runPartial === 'function';"))) {
            js.executeScript(axeScript());
        }
    }

    private static String axeScript() {
        String script = axeScript;
        if (script == null) {
            try {
                script = new com.deque.html.axecore.providers.EmbeddedResourceAxeProvider().getScript();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (javax.naming.OperationNotSupportedException e) {
                throw new IllegalStateException("axe-core's bundled script cannot be read", e);
            }
            axeScript = script;
        }
        return script;
    }

    /**
     * The current document's markup as axe judges it: a copy of the document without its scripts
     * (PrimeFaces' script carries the page's CSP nonce, new on every load) and without the values of
     * hidden fields (JSF's view state and client window) and nonce attributes; none of these is
     * read by an accessibility rule.
     */
    private static final String MARKUP_SCRIPT = """
            const copy = document.documentElement.cloneNode(true);
            copy.querySelectorAll('script').forEach(e => e.remove());
            copy.querySelectorAll('input[type=hidden]').forEach(e => e.removeAttribute('value'));
            copy.querySelectorAll('[nonce]').forEach(e => e.removeAttribute('nonce'));
            return copy.outerHTML;
            """;

    /** The key of the current document's markup as it is now ({@link #MARKUP_SCRIPT}, {@link ScannedMarkup#key}). */
    private String markupKey() {
        return ScannedMarkup.key(String.valueOf(((JavascriptExecutor) driver).executeScript(MARKUP_SCRIPT)));
    }

    /** Notes that this browser scanned the page with the given step number as it is now, and what axe found. */
    private void rememberScan(int page, List<String> failures) {
        if (page <= 0) {
            return;
        }
        try {
            ((JavascriptExecutor) driver).executeScript(REMEMBER_SCAN_SCRIPT, page);
            scannedPage = page;
            scannedFailures = List.copyOf(failures);
        } catch (RuntimeException e) {
            scannedPage = 0; // the page is going: nothing to answer from
        }
    }

    /**
     * Waits until the page with the given step number (0: whichever is shown) has settled, at most
     * {@link #SETTLE_TIMEOUT}; gives null when it has, else why not.
     */
    private String waitUntilSettled(int page) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        try {
            while (true) {
                Object state = ((JavascriptExecutor) driver).executeAsyncScript(SETTLED_SCRIPT, page);
                if ("settled".equals(state)) {
                    return null;
                }
                if ("gone".equals(state)) {
                    return "left before it settled";
                }
                if (System.nanoTime() > deadline) {
                    return "not settled within " + SETTLE_TIMEOUT.toSeconds() + " s (loading, Ajax or an animation under way)";
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (RuntimeException e) {
            return "the page did not answer (" + firstLine(e.getMessage()) + ")";
        }
    }

    /**
     * Scans a page just loaded, once it has settled, and reports the findings with its address and
     * screenshot to the test's {@link PageScans}; a page that did not settle, was left during the
     * scan or that axe failed on is reported as not scanned (and printed), and fails nothing, as
     * does a file that is not HTML.
     */
    private void scanNewPage(String address, int page, String screenshot, String unsettled, long started, String markupAtLoad) {
        String notScanned = unsettled;
        List<String> failures = List.of();
        if (notScanned == null) {
            try {
                Object type = ((JavascriptExecutor) driver).executeScript("return document.contentType;");
                if (!String.valueOf(type).contains("html")) {
                    // a file the browser shows in a viewer of its own (a PDF, JSON): not a page of the portal's
                    scans.notScanned(address, screenshot, "not an HTML page (" + type + ")", Duration.ofNanos(System.nanoTime() - started));
                    return;
                }
                String markup = markupAtLoad != null ? markupAtLoad : markupKey();
                List<String> before = SCANNED.findings(markup).orElse(null);
                if (before != null) {
                    scans.scanned(address, screenshot, before, Duration.ofNanos(System.nanoTime() - started));
                    scans.sameMarkup();
                    rememberScan(page, before);
                    return;
                }
                Results results = runAxe();
                Object still = ((JavascriptExecutor) driver).executeScript("return window." + RECORDED_MARK + " === arguments[0];", page);
                if (results.isErrored()) {
                    notScanned = "axe failed: " + firstLine(results.getErrorMessage());
                } else if (!Boolean.TRUE.equals(still)) {
                    notScanned = "left during the scan";
                } else {
                    failures = AxeFindings.failures(results);
                    SCANNED.scanned(markup, failures);
                }
            } catch (RuntimeException e) {
                notScanned = "axe failed: " + firstLine(e.getMessage());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (notScanned != null) {
            scans.notScanned(address, screenshot, notScanned, took);
            System.out.println("axe on every page load: " + recordingFor + " did not scan " + address + " (" + screenshot + "): " + notScanned);
        } else {
            scans.scanned(address, screenshot, failures, took);
            rememberScan(page, failures);
        }
    }

    /** Whether a page load is scanned: the portal's pages are, Keycloak's login pages (not the portal's) are not. */
    static boolean scannedOnLoad(String url) {
        return url.startsWith("http") && !url.startsWith(KEYCLOAK_URL);
    }

    private static String firstLine(String text) {
        return text == null ? "no message" : text.strip().lines().findFirst().orElse("no message");
    }

    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the page the browser shows when it is a page not recorded yet (a new load, not an
     * Ajax update): once it has settled, saves a PNG of it under {@code screenshots.dir} (the ear
     * module's {@code target/screenshots}): {@code <test class>-<step>-<page path>.png}, steps
     * counted per test class across its browsers, so that a reviewer can look through every page
     * the tests visited (a page whose markup, digits aside, the test class pictured before is not
     * pictured again: its findings name the earlier picture); and, unless it is Keycloak's, scans
     * it with axe-core for the test's {@link PageScans}. Called before and after each step; a page still loading, an open dialog
     * or a failing screenshot is left alone (a picture never fails a test).
     */
    private void recordNewPage() {
        String address;
        int page;
        String testClass;
        String screenshot;
        try {
            address = driver.getCurrentUrl();
            if (!address.startsWith("http")) {
                return; // the empty page a new browser starts with
            }
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Object state = js.executeScript("return document.readyState === 'complete' && !window." + RECORDED_MARK);
            if (!Boolean.TRUE.equals(state)) {
                return;
            }
            String test = recordingFor;
            testClass = test.contains(".") ? test.substring(0, test.indexOf('.')) : test;
            page = STEPS.computeIfAbsent(testClass, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            js.executeScript("window." + RECORDED_MARK + " = arguments[0];", page);
            screenshot = String.format("%s-%03d-%s.png", testClass, page, pageName(address));
        } catch (RuntimeException e) {
            return; // an alert is open or the page is unloading: not recorded this time
        }
        long started = System.nanoTime();
        String unsettled = waitUntilSettled(page);
        String markup = null;
        try {
            markup = markupKey();
        } catch (RuntimeException e) {
            // the page is going: pictured and scanned as the steps below can
        }
        String earlier = markup == null ? null : PICTURED.putIfAbsent(testClass + " " + markup, screenshot);
        if (earlier != null) {
            screenshot = earlier; // the same markup is already pictured by this test class
        } else {
            try {
                Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
                Files.createDirectories(dir);
                Files.write(dir.resolve(screenshot), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (RuntimeException | IOException e) {
                // an alert is open, the page is unloading, or the disk refuses: no picture this time
            }
        }
        if (scannedOnLoad(address)) {
            scanNewPage(address, page, screenshot, unsettled, started, markup);
        }
    }

    /** A file name for a page's address: its path after the portal's (or Keycloak's) root, e.g. "lokal-plan" or "keycloak-login". */
    static String pageName(String url) {
        if (url.startsWith(KEYCLOAK_URL)) {
            return "keycloak-login";
        }
        String path = url.startsWith(PORTAL_URL) ? url.substring(PORTAL_URL.length()) : java.net.URI.create(url).getPath();
        int query = path.indexOf('?');
        path = (query < 0 ? path : path.substring(0, query)).replaceAll("#.*$", "").replaceAll("\\.xhtml$", "");
        String name = path.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "index" : name;
    }

    @Override
    public void close() {
        try {
            recordNewPage();
        } finally {
            driver.quit();
        }
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
