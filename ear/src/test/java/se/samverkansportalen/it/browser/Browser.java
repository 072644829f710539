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
        driver.get(url);
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
        return this;
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public Browser waitUntilTextShown(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), " + xpathLiteral(text) + ")]")));
        return this;
    }

    /** Waits until the element's whole text is the given one (not merely contains it). */
    public Browser waitUntilText(By locator, String text) {
        new WebDriverWait(driver, TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage(() -> "the text of " + locator + " to be '" + text + "'").until(d -> text.equals(d.findElement(locator).getText().strip()));
        return this;
    }

    public String text(By locator) {
        return wait.until(d -> d.findElement(locator).getText());
    }

    /** The current value of a form field, read again if an Ajax update replaced the field meanwhile. */
    public String value(By locator) {
        return wait.until(d -> d.findElement(locator).getAttribute("value"));
    }

    public void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
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

    /** Clicks a button that asks for confirmation first, and confirms. */
    public void clickAndConfirm(By locator) {
        click(locator);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** Replaces the text of an input field, as a user selecting all and typing does. */
    public Browser fill(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** A file the logged-in user downloads from the portal: its content type and bytes. */
    public record Download(int status, String contentType, byte[] body) {
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
                    response.body());
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
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
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

    @Override
    public void close() {
        driver.quit();
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
