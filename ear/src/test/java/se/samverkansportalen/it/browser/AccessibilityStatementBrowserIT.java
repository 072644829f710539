package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The tillgänglighetsredogörelse that lag (2018:1937) requires: anyone reads it without logging in;
 * Umeå's socialchef finds it in the
 * footer of every page, reads it in DIGG's structure (how accessible, what to do, how to report,
 * supervision by DIGG with its link, technical status with the known shortcomings, how it was
 * made and when), in Swedish and in English, and axe finds nothing on it. The page a browser is
 * sent to instead of Keycloak's login while Keycloak does not answer is read without a login too.
 */
class AccessibilityStatementBrowserIT extends BrowserTestBase {

    @Test
    void the_page_shown_while_logins_do_not_work_says_so_in_swedish_and_leads_back_to_the_page_asked_for() {
        // The page LoginDetour sends a browser to while Keycloak does not answer; here Keycloak answers, so the way back logs in.
        browser.open(Browser.PORTAL_URL + "inloggning-ej-tillganglig?tillbaka=%2Fsamverkansportalen%2Frapport%2Fperioder.xhtml");
        browser.waitUntilText(By.tagName("h1"), "Inloggningen fungerar inte just nu");
        assertThat(browser.text(By.id("login-unavailable-text"))).contains("Försök igen om en stund", "redan är inloggad kan fortsätta");
        assertThat(browser.accessibilityViolations()).as("the page about logins not working").isEmpty();
        browser.click(By.id("retry-link"));
        browser.submitLogin("socialchef.umea", Browser.DEMO_PASSWORD);
        browser.waitFor(By.id("user-box"));
        assertThat(browser.driver().getCurrentUrl()).as("back on the page she asked for").isEqualTo(Browser.PORTAL_URL + "rapport/perioder.xhtml");

        // The way back never leads to another site.
        browser.open(Browser.PORTAL_URL + "inloggning-ej-tillganglig?tillbaka=https%3A%2F%2Fangripare.example%2Fsamverkansportalen%2F");
        assertThat(browser.waitFor(By.id("retry-link")).getAttribute("href")).isEqualTo(Browser.PORTAL_URL);
    }

    @Test
    void the_statement_is_linked_from_every_footer_and_follows_diggs_model_in_both_languages() {
        // Anyone can read it, before logging in too: no login page, no menu, a link to log in.
        browser.open(Browser.PORTAL_URL + "tillganglighet.xhtml");
        browser.waitUntilText(By.tagName("h1"), "Tillgänglighetsredogörelse för Samverkansportalen");
        assertThat(browser.showsKeycloakLogin()).as("the statement asks for no login").isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("nav.portal-nav"))).as("no menu without a login").isEmpty();
        assertThat(browser.text(By.id("login"))).isEqualTo("Logga in");
        assertThat(headings()).hasSize(7).contains("Tillsyn");
        assertThat(browser.driver().findElements(By.cssSelector("link[rel=stylesheet]")).stream()
                .map(l -> l.getAttribute("href"))).as("the page's own look, read without a login").anyMatch(h -> h.contains("portal.css"));
        assertThat(browser.accessibilityViolations()).as("the statement before logging in").isEmpty();
        browser.click(By.id("login"));
        browser.waitForKeycloakLogin();

        browser.logInAs("socialchef.umea");
        for (String page : List.of("index.xhtml", "lokal/index.xhtml", "rapport/perioder.xhtml", "installningar.xhtml")) {
            browser.open(Browser.PORTAL_URL + page);
            assertThat(browser.waitFor(By.cssSelector("footer #accessibility-statement")).getText()).as(page)
                    .isEqualTo("Tillgänglighetsredogörelse");
        }
        browser.click(By.id("accessibility-statement"));
        browser.waitUntilText(By.tagName("h1"), "Tillgänglighetsredogörelse för Samverkansportalen");
        assertThat(browser.driver().findElements(By.id("logout-form:logout"))).as("still logged in on the public page").isNotEmpty();
        assertThat(headings()).containsExactly("Hur tillgänglig är portalen?",
                "Vad kan du göra om du inte kan använda delar av portalen?", "Rapportera brister i portalens tillgänglighet",
                "Tillsyn", "Teknisk information om portalens tillgänglighet", "Innehåll som inte är tillgängligt",
                "Hur vi testat portalen");
        assertThat(browser.text(By.id("a11y-intro"))).contains("lagen (2018:1937) om tillgänglighet till digital offentlig service");
        assertThat(browser.waitFor(By.id("a11y-digg")).getAttribute("href")).startsWith("https://www.digg.se/");
        assertThat(browser.waitFor(By.id("a11y-contact")).getAttribute("href")).startsWith("mailto:").contains("@");
        assertThat(browser.driver().findElements(By.cssSelector("#a11y-shortcoming-list li"))).isNotEmpty();
        assertThat(browser.text(By.id("a11y-dates"))).containsPattern("\\d{4}");
        assertThat(browser.accessibilityViolations()).as("the statement in Swedish").isEmpty();

        browser.click(By.id("language-form:language"));
        browser.waitUntilText(By.tagName("h1"), "Accessibility statement for Samverkansportalen");
        assertThat(headings()).contains("Supervision", "Content that is not accessible", "How we tested the portal");
        assertThat(browser.text(By.id("accessibility-statement"))).isEqualTo("Accessibility statement");
        assertThat(browser.accessibilityViolations()).as("the statement in English").isEmpty();

        // Every page the test visited is there to look at afterwards, in the order visited.
        try (var shots = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("screenshots.dir", "target/screenshots")))) {
            assertThat(shots.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("AccessibilityStatementBrowserIT-")).sorted())
                    .anyMatch(n -> n.endsWith("-keycloak-login.png")).anyMatch(n -> n.endsWith("-lokal-index.png"))
                    .anyMatch(n -> n.endsWith("-installningar.png")).anyMatch(n -> n.endsWith("-tillganglighet.png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> headings() {
        return browser.driver().findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
    }
}
