package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Logging in to the portal through the region's Keycloak, as the kommuner's socialchefer do,
 * and seeing the shared regional plan: the Västerbotten seed's five förbättringsområden (found by
 * number and title, since other tests may add a "Testområde" of their own meanwhile), Swedish
 * pages whatever language the browser asks for, English only when the user chooses it.
 */
class LoginIT extends BrowserTestBase {

    /** The seed's förbättringsområden by number, as the plan page heads them. */
    private static final Map<Integer, String> SEED_AREAS = Map.of(
            1, "Förbättringsområde 1: Tidigt stöd före anmälan och utvecklad samverkan inom och mellan kommun och landsting",
            2, "Förbättringsområde 2: Samverkan mellan kommuner",
            3, "Förbättringsområde 3: Stärka familjehemsvården",
            4, "Förbättringsområde 4: Stabilitet som kompetensstrategi – Rekrytering och arbetsförhållanden",
            5, "Förbättringsområde 5: Stabilitet som kompetensstrategi – Utbildning och kompetensutveckling");

    @Test
    void a_page_request_without_login_is_sent_to_the_Keycloak_login_page() {
        browser.openPortal().waitForKeycloakLogin();

        assertThat(browser.driver().getCurrentUrl())
                .startsWith(Browser.KEYCLOAK_URL + "/realms/samverkan/protocol/openid-connect/auth");
    }

    @Test
    void the_Umea_socialchef_logs_in_and_sees_Umea_and_the_plan_with_delmal_3_5() {
        browser.logInAs("socialchef.umea");

        assertThat(browser.text(By.id("user-box"))).contains("Maria Lundgren").contains("Socialchef").contains("Umeå");
        assertThat(browser.text(By.id("who-kommun"))).isEqualTo("Umeå (2480)");
        assertThat(browser.text(By.id("area-title-3"))).contains("Stärka familjehemsvården");
        assertThat(browser.text(By.id("delmal-3.5")))
                .contains("3.5")
                .contains("Försöksprojekt: Skapa en gemensam familjehemsgrupp för kommunerna i Region 8.");
        assertSeedAreasShown();
        browser.screenshot("umea-regional-plan");
    }

    @Test
    void the_plan_page_has_no_WCAG_2_1_AA_violations() {
        browser.logInAs("samordnare");

        assertThat(browser.text(By.id("who-kommun"))).isEqualTo("Regional användare (ingen kommun)");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    /**
     * The portal's rule (web/…/i18n/LanguageBacking): pages are Swedish unless the user chooses
     * English for the session, and the browser's language is not used, so that a kommun's shared
     * computer set up in English still shows Swedish. Each step waits for texts that only the
     * expected language shows (the page heading, the language link, the logout button), never for
     * plan data, which is Swedish in both.
     */
    @Test
    void a_browser_asking_for_English_gets_Swedish_pages_until_the_user_chooses_English_for_the_session() {
        switchToBrowserAskingFor(Locale.ENGLISH);
        browser.logInAs("granskare.lbu");

        assertShowsSwedish();
        assertThat(browser.text(By.id("user-box"))).contains("Granskare (LBU)");
        browser.open(Browser.PORTAL_URL + "rapport/matris.xhtml?period=abc");
        assertThat(browser.text(By.tagName("main"))).as("a malformed address's refusal, before the page is drawn, in Swedish too")
                .contains("Perioden finns inte.").doesNotContain("not a whole number").doesNotContain("does not exist");
        browser.openPortal();

        browser.click(By.id("language-form:language"));
        assertShowsEnglish();

        browser.click(By.linkText("Local plans"));
        browser.waitUntilText(By.tagName("h1"), "Local plans");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).as("the choice lasts the session").isEqualTo("en");

        browser.click(By.linkText("Regional plan"));
        assertShowsEnglish();
        browser.click(By.id("language-form:language"));
        assertShowsSwedish();
    }

    /** The plan page in Swedish: the heading, html lang, the link to English and the logout button. */
    private void assertShowsSwedish() {
        browser.waitUntilText(By.tagName("h1"), "Regional utvecklings- och handlingsplan");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.text(By.id("language-form:language"))).isEqualTo("In English");
        assertThat(browser.text(By.id("logout-form:logout"))).isEqualTo("Logga ut");
    }

    private void assertShowsEnglish() {
        browser.waitUntilText(By.tagName("h1"), "Regional development and action plan");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.text(By.id("language-form:language"))).isEqualTo("På svenska");
        assertThat(browser.text(By.id("logout-form:logout"))).isEqualTo("Log out");
    }

    private void switchToBrowserAskingFor(Locale language) {
        browser.close();
        browser = new Browser(language);
    }

    /** Each of the seed's five areas is shown under its number and title (a test's own area may be there too). */
    private void assertSeedAreasShown() {
        for (Map.Entry<Integer, String> area : SEED_AREAS.entrySet()) {
            assertThat(browser.text(By.id("area-title-" + area.getKey()))).isEqualTo(area.getValue());
        }
        List<String> shown = browser.driver().findElements(By.cssSelector(".plan-area")).stream().map(WebElement::getText)
                .map(t -> t.lines().findFirst().orElse("")).toList();
        assertThat(shown).as("the seed's areas in order, before any test's own").startsWith(
                SEED_AREAS.get(1), SEED_AREAS.get(2), SEED_AREAS.get(3), SEED_AREAS.get(4), SEED_AREAS.get(5));
    }

    @Test
    void the_reviewer_narrows_the_plan_to_per_kommun_work_in_area_three_and_back() {
        browser.logInAs("granskare.lbu");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("filter-area"))).selectByValue("3");
        browser.driver().findElement(By.id("filter-per-kommun")).click();
        browser.click(By.id("filter-submit"));

        browser.waitFor(By.id("filter-result"));
        assertThat(browser.driver().findElements(By.cssSelector(".plan-area"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("th.subgoal"))).extracting(e -> e.getAttribute("id"))
                .contains("delmal-3.4").doesNotContain("delmal-3.1", "delmal-3.5");
        assertThat(browser.driver().getCurrentUrl()).contains("omrade=3").contains("varjeKommun=true");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.click(By.id("filter-clear"));
        browser.waitFor(By.id("area-5"));
        assertSeedAreasShown();
    }

    @Test
    void the_plan_downloads_as_pdf_and_as_excel() {
        browser.logInAs("socialchef.storuman");

        Browser.Download pdf = browser.download(browser.waitFor(By.id("export-pdf")).getAttribute("href"));
        Browser.Download excel = browser.download(browser.waitFor(By.id("export-xlsx")).getAttribute("href"));

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(excel.body()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void a_wrong_password_is_refused_with_Keycloaks_message() {
        browser.openPortal().submitLogin("socialchef.storuman", "fel-lösenord");

        browser.waitUntilTextShown("Ogiltigt användarnamn eller lösenord.");
        assertThat(browser.showsKeycloakLogin()).isTrue();
        assertThat(browser.driver().findElements(By.id("user-box"))).isEmpty();
    }

    @Test
    void logout_ends_the_session_and_returns_to_the_login_page() {
        browser.logInAs("socialchef.skelleftea");
        assertThat(browser.text(By.id("user-box"))).contains("Skellefteå");

        browser.click(By.id("logout-form:logout"));

        browser.waitForKeycloakLogin();
        browser.openPortal().waitForKeycloakLogin();
        assertThat(browser.showsKeycloakLogin()).as("Keycloak's session ended too: no silent login").isTrue();
    }
}
