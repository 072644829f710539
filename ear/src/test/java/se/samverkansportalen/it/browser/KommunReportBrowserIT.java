package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.samverkansportalen.it.support.PortalApi;

/**
 * Umeå's socialchef fills in the kommun's report for a tertial: a personnummer typed by mistake
 * is refused with her text kept, the draft is saved, the report submitted and then locked.
 */
class KommunReportBrowserIT extends BrowserTestBase {

    @Test
    void the_umea_socialchef_fills_saves_and_submits_the_tertial_report() {
        PortalApi.as("samordnare").post("rapportperioder", Json.createObjectBuilder().add("kind", "TERTIAL").add("year", 2021)
                .add("number", 1).add("deadline", "2021-05-15").build());

        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Rapportering"));
        browser.click(By.xpath("//tr[th='2021-T1']//a[contains(@id, 'our-report')]"));
        new Select(browser.waitFor(By.id("report-form:items:0:status"))).selectByValue("ONGOING");
        new Select(browser.waitFor(By.id("report-form:items:0:light"))).selectByValue("YELLOW");
        browser.fill(By.id("report-form:items:0:narrative"), "Barnet 811218-9876 har fått plats i familjehem.");
        assertThat(browser.accessibilityViolations()).as("the report form").isEmpty();
        browser.click(By.id("report-form:save"));
        browser.waitUntilTextShown("innehåller ett personnummer");
        assertThat(browser.driver().findElement(By.id("report-form:items:0:narrative")).getAttribute("value"))
                .as("the typed text is kept").contains("811218-9876");

        browser.fill(By.id("report-form:items:0:narrative"), "Två nya familjehem är rekryterade; introduktionen pågår.");
        browser.click(By.id("report-form:save"));
        browser.waitUntilTextShown("Utkastet är sparat.");
        browser.clickAndConfirm(By.id("report-form:submit"));
        browser.waitUntilTextShown("Rapporten för 2021-T1 är inskickad.");

        assertThat(browser.text(By.id("report-status"))).isEqualTo("Inskickad");
        assertThat(browser.driver().findElements(By.id("report-form:save"))).isEmpty();
        assertThat(browser.text(By.id("report-form"))).contains("Två nya familjehem är rekryterade").contains("Pågår")
                .contains("Gul – risk för försening");
        assertThat(browser.accessibilityViolations()).as("the submitted report").isEmpty();
        switchUser();

        browser.logInAs("granskare.lbu");
        browser.click(By.linkText("Rapportering"));
        browser.click(By.xpath("//tr[th='2021-T1']//a[contains(@id, 'review')]"));
        assertThat(browser.text(By.xpath("//table[@id='overview']//tr[th[normalize-space()='Umeå']]"))).contains("Inskickad");
        assertThat(browser.accessibilityViolations()).as("the overview of the kommuner's reports").isEmpty();
        browser.click(By.linkText("Umeå"));
        browser.click(By.id("review-form:items:0:return"));
        browser.fill(By.id("review-form:comment"), "Ange hur många familjehem som är i introduktion.");
        assertThat(browser.accessibilityViolations()).as("a kommun's report under review").isEmpty();
        browser.click(By.id("review-form:request-completion"));
        browser.waitUntilTextShown("Kommunen har fått begäran om komplettering.");
        switchUser();

        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Rapportering"));
        browser.click(By.xpath("//tr[th='2021-T1']//a[contains(@id, 'our-report')]"));
        assertThat(browser.text(By.id("review-comment"))).isEqualTo("Ange hur många familjehem som är i introduktion.");
        assertThat(browser.text(By.cssSelector(".report-item.returned"))).contains("Återsänd för komplettering");
        browser.fill(By.id("report-form:items:0:narrative"), "Två nya familjehem är rekryterade; tre är i introduktion.");
        browser.clickAndConfirm(By.id("report-form:submit"));
        browser.waitUntilTextShown("Rapporten för 2021-T1 är inskickad.");
        switchUser();

        browser.logInAs("granskare.lbu");
        browser.click(By.linkText("Rapportering"));
        browser.click(By.xpath("//tr[th='2021-T1']//a[contains(@id, 'review')]"));
        browser.click(By.linkText("Umeå"));
        assertThat(browser.text(By.id("review-form"))).contains("tre är i introduktion");
        assertThat(browser.text(By.cssSelector("#review-form fieldset"))).as("the first item, changed on resubmission")
                .contains("Ändrad sedan förra inskickningen");
        browser.click(By.id("review-form:mark-reviewed"));
        browser.waitUntilTextShown("Rapporten är granskad.");
        assertThat(browser.text(By.xpath("//table[@id='overview']//tr[th[normalize-space()='Umeå']]"))).contains("Granskad");

        browser.click(By.linkText("Rapportering"));
        browser.click(By.xpath("//tr[th='2021-T1']//a[contains(@id, 'matrix')]"));
        String umea = browser.text(By.xpath("//table[@id='matrix']//tr[th[normalize-space()='Umeå']]"));
        assertThat(umea).contains("Gul").contains("Pågår");
        assertThat(browser.text(By.xpath("//table[@id='matrix']//tr[th[normalize-space()='Skellefteå']]"))).doesNotContain("Gul");
        assertThat(browser.accessibilityViolations()).as("the status matrix").isEmpty();
    }
}
