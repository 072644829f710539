package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.TestRun;

/**
 * Umeå's socialchef fastställer her submitted tertial report on its page, as the nämnd decided it:
 * a forgotten nämnd is refused at its field with her other input kept, then the report is
 * fastställd after a confirmation; the page shows the version with its diarienummer and SHA-256 and
 * a link to the kept PDF, and offers no fastställ form any more. axe finds nothing in each state.
 */
class AdoptedReportBrowserIT extends BrowserTestBase {

    @Test
    void umeas_socialchef_faststaller_her_submitted_report_on_its_page_and_sees_its_diarienummer_and_sha_256() {
        Periods.during("TERTIAL", period -> {
            PortalApi umea = PortalApi.as("socialchef.umea");
            JsonObject draft = umea.get("rapporter/" + period).object();
            PortalApi.Answer sent = umea.post("rapporter/" + period + "/inskickning",
                    ReportBodies.withFirstItem(draft, "GREEN", "Arbetet har startat i alla enheter."));
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
            String registration = TestRun.unique("SN 2026/201");
            String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

            browser.logInAs("socialchef.umea");
            browser.open(Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period);
            browser.waitFor(By.id("adopt-form:adopt"));
            assertThat(browser.text(By.id("decisions-heading"))).isNotBlank();
            assertThat(browser.accessibilityViolations()).as("a submitted report with its fastställ form").isEmpty();

            browser.fill(By.id("adopt-form:adopted-on_input"), today).fill(By.id("adopt-form:registration-number"), registration);
            browser.clickAndConfirm(By.id("adopt-form:adopt"));
            assertThat(browser.waitFor(By.id("adopt-form:decided-by-msg")).getText()).as("the nämnd is asked for at its field").isNotBlank();
            assertThat(browser.value(By.id("adopt-form:registration-number"))).as("her diarienummer stays").isEqualTo(registration);
            assertThat(browser.accessibilityViolations()).as("the fastställ form with a refusal").isEmpty();

            browser.fill(By.id("adopt-form:decided-by"), "Socialnämnden i Umeå");
            browser.clickAndConfirm(By.id("adopt-form:adopt"));
            browser.waitUntilTextShown("Rapporten är fastställd som version 1 med diarienummer " + registration + ".");
            WebElement version = browser.driver().findElement(By.xpath("//table[@id='decision-versions']/tbody/tr[1]"));
            assertThat(version.getText()).contains(today, "Socialnämnden i Umeå", registration);
            assertThat(version.findElement(By.cssSelector("code.sha256")).getText().strip()).matches("[0-9a-f]{64}");
            assertThat(browser.driver().findElements(By.id("adopt-form"))).as("no fastställ form on a fastställd report").isEmpty();
            assertThat(browser.text(By.id("decisions-state"))).contains(registration);
            assertThat(browser.accessibilityViolations()).as("the fastställd report").isEmpty();
            browser.screenshot("report-faststalld");

            String link = version.findElement(By.cssSelector("a.decision-pdf")).getAttribute("href");
            Browser.Download pdf = browser.download(link);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(sha256(pdf.body()))
                    .as("the kept document is the one whose SHA-256 the page shows")
                    .isEqualTo(version.findElement(By.cssSelector("code.sha256")).getText().strip());
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
