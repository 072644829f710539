package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Logging in to the portal through the region's Keycloak, as the kommuner's socialchefer do,
 * and seeing the shared regional plan.
 */
@org.junit.jupiter.api.Order(0)
class LoginIT extends BrowserTestBase {

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
        assertThat(browser.driver().findElements(By.cssSelector(".plan-area"))).hasSize(5);
        browser.screenshot("umea-regional-plan");
    }

    @Test
    void the_plan_page_has_no_WCAG_2_1_AA_violations() {
        browser.logInAs("samordnare");

        assertThat(browser.text(By.id("who-kommun"))).isEqualTo("Regional användare (ingen kommun)");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void pages_are_Swedish_whatever_the_browser_asks_for_and_English_on_request() {
        browser.logInAs("granskare.lbu");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Regional utvecklings- och handlingsplan");

        browser.click(By.id("language-form:language"));
        browser.waitUntilTextShown("Regional development and action plan");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.click(By.id("language-form:language"));
        browser.waitUntilTextShown("Regional utvecklings- och handlingsplan");
        assertThat(browser.text(By.id("user-box"))).contains("Granskare (LBU)");
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
        assertThat(browser.driver().findElements(By.cssSelector(".plan-area"))).hasSize(5);
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
