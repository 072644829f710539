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
    /** A property set on each page once it is recorded: a page without it is a newly loaded one. */
    private static final String RECORDED_MARK = "__samverkanRecorded";

    /** Names the test whose page loads the browsers record from now on ("LoginIT" or "LoginIT.a_user_logs_in"). */
    static void recordPagesOf(String test) {
        recordingFor = test;
    }

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
     * results accepted, and why), as readable lines.
     */
    public List<String> accessibilityViolations() {
        recordNewPage();
        // Passes and inapplicable rules are not read: axe then reports one element for each instead of every one.
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setResultTypes(List.of("violations", "incomplete"));
        Results results = new AxeBuilder().withOptions(options).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return AxeFindings.failures(results);
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
     * Saves a PNG of the page the browser shows when it is a page not recorded yet (a new load, not
     * an Ajax update), under {@code screenshots.dir} (the ear module's {@code target/screenshots}):
     * {@code <test class>-<step>-<page path>.png}, steps counted per test class across its browsers,
     * so that a reviewer can look through every page the tests visited. Called before and after
     * each step; a page still loading, an open dialog or a failing screenshot is left alone (a
     * picture never fails a test).
     */
    private void recordNewPage() {
        try {
            if (!driver.getCurrentUrl().startsWith("http")) {
                return; // the empty page a new browser starts with
            }
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Object state = js.executeScript("return document.readyState === 'complete' && !window." + RECORDED_MARK);
            if (!Boolean.TRUE.equals(state)) {
                return;
            }
            js.executeScript("window." + RECORDED_MARK + " = true;");
            String test = recordingFor;
            String testClass = test.contains(".") ? test.substring(0, test.indexOf('.')) : test;
            int step = STEPS.computeIfAbsent(testClass, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(String.format("%s-%03d-%s.png", testClass, step, pageName(driver.getCurrentUrl()))),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (RuntimeException | IOException e) {
            // an alert is open, the page is unloading, or the disk refuses: no picture this time
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
        recordNewPage();
        driver.quit();
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
