package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * The monthly heartbeat end to end, for a tertial no one has opened yet in this database, whose
 * last day was yesterday (so it shows as late): the coordinator opens the period; the
 * Umeå socialchef finds it on her kommun's page, fills the report (one card per item, "0 av N
 * ifyllda" and what is missing, status and traffic light pressed as labelled buttons, a save bar in
 * view; a personnummer typed by mistake is refused with her text kept, the item marked and its
 * narrative focused), types one indicator value, saves a draft ("1 av N ifyllda") and submits;
 * the LBU reviewer sees Umeå's cells in the status matrix (which says its period and keeps a
 * chosen period in the address), opens a cell and the aktivitet's trend, and on the overview
 * (its period named) opens "Rapport från Umeå" and asks for completion with a comment, then sees
 * its own comment and the item it returned; Umeå sees the comment, completes and resubmits; the
 * reviewer sees the returned item changed, marks the report granskad and downloads the PDF, which holds Umeå's
 * narrative. Every page on the way is scanned with axe. What was saved is read back from a freshly
 * loaded page. The period is closed when the test ends.
 */
class KommunReportBrowserIT extends BrowserTestBase {

    private static final String NARRATIVE = "Två nya familjehem är rekryterade; introduktionen pågår.";
    private static final String COMPLETED = "Två nya familjehem är rekryterade; tre är i introduktion.";

    @Test
    void a_tertial_from_opening_to_granskad_and_the_pdf() throws IOException {
        umeaFollowsJourhemIndicators();
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);
        String code = slot.code();

        browser.logInAs("samordnare");
        browser.click(By.linkText("Rapportering"));
        new Select(browser.waitFor(By.id("open-form:kind"))).selectByValue("TERTIAL");
        browser.fill(By.id("open-form:year"), String.valueOf(slot.year())).fill(By.id("open-form:number"), String.valueOf(slot.number()))
                .fill(By.id("open-form:deadline_input"), yesterday.toString());
        browser.click(By.id("open-form:open"));
        browser.waitUntilTextShown("Rapportperioden " + code + " är öppnad för alla kommuner.");
        String period = TestDatabase.column("SELECT id FROM reporting_period WHERE kind = 'TERTIAL' AND year = ? AND number = ?",
                slot.year(), slot.number()).get(0);
        try {
            fromOpeningToGranskad(code, period);
        } finally {
            Periods.close(period);
        }
    }

    private void fromOpeningToGranskad(String code, String period) {
        switchUser();

        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Min kommun"));
        assertThat(browser.text(By.xpath("//table[@id='due']//tr[th='" + code + "']"))).contains("Ingen rapport påbörjad").contains("Försenad");
        assertThat(browser.accessibilityViolations()).as("the kommun's own page").isEmpty();
        browser.click(By.xpath("//table[@id='due']//tr[th='" + code + "']//a"));
        String items = String.valueOf(browser.driver().findElements(By.cssSelector("#report-form fieldset.report-item")).size());
        assertThat(browser.text(By.id("progress-count"))).as("a report not started").isEqualTo("0 av " + items + " ifyllda");
        String firstLabel = browser.text(By.cssSelector("#item-0 > legend"));
        assertThat(browser.text(By.id("missing"))).as("what is still missing, the first item too").contains(firstLabel);
        assertThat(browser.waitFor(By.id("save-bar")).getCssValue("position")).as("the save bar stays in view").isEqualTo("sticky");
        assertThat(browser.waitFor(By.id("report-form:items:0:narrative")).getCssValue("font-family"))
                .as("the narrative in the page's font").isEqualTo(browser.waitFor(By.tagName("body")).getCssValue("font-family"));
        choose("report-form:items:0:status", "ONGOING");
        choose("report-form:items:0:light", "YELLOW");
        assertThat(browser.text(By.cssSelector("#item-0 ul.lights"))).as("traffic lights in words").contains("Gul – risk för försening")
                .contains("Grön – tidplanen följs").contains("Röd – försenad");
        assertThat(browser.text(By.cssSelector("#item-0 fieldset.choice-group legend"))).as("the buttons' group named for screen readers")
                .isEqualTo("Status");
        browser.fill(By.id("report-form:items:0:narrative"), "Barnet 811218-9876 har fått plats i familjehem.");
        browser.fill(By.xpath("(//input[contains(@id, ':indicators:') and contains(@id, ':value')])[1]"), "7");
        assertThat(browser.accessibilityViolations()).as("the report form with indicator values").isEmpty();
        browser.click(By.id("report-form:save"));
        browser.waitUntilTextShown("innehåller ett personnummer");
        assertThat(browser.value(By.id("report-form:items:0:narrative")))
                .as("the typed text is kept").contains("811218-9876");
        assertThat(browser.waitFor(By.id("item-0")).getAttribute("class")).as("the refused item is marked").contains("has-error");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("and its narrative has the focus")
                .isEqualTo("report-form:items:0:narrative");
        assertThat(browser.waitFor(By.id("report-form:items:0:narrative")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.accessibilityViolations()).as("the report form with a refused item").isEmpty();

        browser.fill(By.id("report-form:items:0:narrative"), NARRATIVE);
        browser.click(By.id("report-form:save"));
        browser.waitUntilTextShown("Utkastet är sparat.");
        browser.open(Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period);
        assertThat(browser.value(By.id("report-form:items:0:narrative"))).as("the narrative, stored").isEqualTo(NARRATIVE);
        assertThat(browser.waitFor(By.xpath("//input[@name='report-form:items:0:light' and @value='YELLOW']")).isSelected())
                .as("the traffic light, stored").isTrue();
        assertThat(browser.text(By.id("progress-count"))).as("one item answered").isEqualTo("1 av " + items + " ifyllda");
        assertThat(browser.text(By.id("missing"))).as("the answered item is no longer missing").doesNotContain(firstLabel);
        assertThat(browser.value(By.xpath("(//input[contains(@id, ':indicators:') and contains(@id, ':value')])[1]")))
                .as("the indicator value, stored").isEqualTo("7");
        browser.clickAndConfirm(By.id("report-form:submit"));
        browser.waitUntilTextShown("Rapporten för " + code + " är inskickad.");
        browser.open(Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period);
        assertThat(browser.text(By.id("report-status"))).as("submitted, as stored").isEqualTo("Inskickad");
        assertThat(browser.driver().findElements(By.id("report-form:save"))).isEmpty();
        assertThat(browser.text(By.id("report-form"))).contains(NARRATIVE).contains("Pågår").contains("Gul – risk för försening");
        assertThat(browser.accessibilityViolations()).as("the submitted report").isEmpty();
        switchUser();

        browser.logInAs("granskare.lbu");
        browser.click(By.linkText("Rapportering"));
        DataTables.filter(browser, ReportingPeriodsBrowserIT.PERIODS, "col-period", code);
        browser.click(By.xpath(DataTables.row(ReportingPeriodsBrowserIT.PERIODS, code) + "//a[contains(@id, 'matrix')]"));
        assertThat(browser.text(By.xpath("//table[@id='matrix']//tr[th[normalize-space()='Umeå']]"))).contains("Gul").contains("Pågår");
        assertThat(browser.text(By.id("shown-period"))).as("the matrix says which period").isEqualTo("Visar perioden " + code);
        assertThat(new Select(browser.waitFor(By.id("period-switch"))).getFirstSelectedOption().getText()).startsWith(code);
        browser.click(By.id("period-switch-submit"));
        assertThat(browser.driver().getCurrentUrl()).as("the period chosen is kept in the address")
                .contains("matris.xhtml").contains("period=" + period);
        assertThat(browser.text(By.id("matrix-caption"))).contains(code);
        assertThat(browser.accessibilityViolations()).as("the status matrix").isEmpty();
        browser.click(By.xpath("//table[@id='matrix']//tr[th[normalize-space()='Umeå']]//td[1]//a"));
        assertThat(browser.text(By.id("cell-now"))).contains(NARRATIVE).contains("Gul");
        assertThat(browser.text(By.id("cell-submissions"))).contains("Inskickning 1").contains(NARRATIVE);
        assertThat(browser.accessibilityViolations()).as("a matrix cell's narrative and history").isEmpty();
        browser.click(By.id("to-trend"));
        assertThat(browser.text(By.xpath("//table[@id='trend']//tr[th[normalize-space()='Umeå']]"))).contains("Gul");
        assertThat(browser.accessibilityViolations()).as("the aktivitet's trend").isEmpty();

        browser.click(By.linkText("Rapportering"));
        DataTables.filter(browser, ReportingPeriodsBrowserIT.PERIODS, "col-period", code);
        browser.click(By.xpath(DataTables.row(ReportingPeriodsBrowserIT.PERIODS, code) + "//a[contains(@id, 'review')]"));
        assertThat(browser.text(By.xpath(DataTables.row("overview", "Umeå")))).contains("Inskickad");
        assertThat(browser.text(By.id("shown-period"))).as("the overview says which period").isEqualTo("Visar perioden " + code);
        assertThat(new Select(browser.waitFor(By.id("period-switch"))).getFirstSelectedOption().getText()).startsWith(code);
        assertThat(browser.accessibilityViolations()).as("the overview of the kommuner's reports").isEmpty();
        browser.click(By.linkText("Umeå"));
        assertThat(browser.text(By.id("report-title"))).as("the kommun by its name, and the period")
                .isEqualTo("Rapport från Umeå för " + code);
        browser.click(By.id("review-form:items:0:return"));
        browser.fill(By.id("review-form:comment"), "Ange hur många familjehem som är i introduktion.");
        assertThat(browser.accessibilityViolations()).as("a kommun's report under review").isEmpty();
        assertThat(browser.openConfirmation(By.id("review-form:request-completion"))).as("komplettering asks first")
                .contains("Begära komplettering?");
        assertThat(browser.accessibilityViolations()).as("the review's confirmation dialog").isEmpty();
        browser.click(Browser.CONFIRM_YES);
        browser.waitUntilTextShown("Kommunen har fått begäran om komplettering.");
        browser.click(By.linkText("Umeå"));
        assertThat(browser.text(By.id("review-comment"))).as("LBU sees its own comment")
                .isEqualTo("Ange hur många familjehem som är i introduktion.");
        assertThat(browser.text(By.cssSelector("#review-form fieldset.returned"))).as("and the item it returned")
                .contains("Återsänd för komplettering i granskningsomgång 1");
        assertThat(browser.accessibilityViolations()).as("a report LBU has returned for completion").isEmpty();
        switchUser();

        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Rapportering"));
        DataTables.filter(browser, ReportingPeriodsBrowserIT.PERIODS, "col-period", code);
        browser.click(By.xpath(DataTables.row(ReportingPeriodsBrowserIT.PERIODS, code) + "//a[contains(@id, 'our-report')]"));
        assertThat(browser.text(By.id("review-comment"))).isEqualTo("Ange hur många familjehem som är i introduktion.");
        assertThat(browser.text(By.cssSelector(".report-item.returned"))).contains("Återsänd för komplettering");
        browser.fill(By.id("report-form:items:0:narrative"), COMPLETED);
        browser.clickAndConfirm(By.id("report-form:submit"));
        browser.waitUntilTextShown("Rapporten för " + code + " är inskickad.");
        switchUser();

        browser.logInAs("granskare.lbu");
        browser.click(By.linkText("Rapportering"));
        DataTables.filter(browser, ReportingPeriodsBrowserIT.PERIODS, "col-period", code);
        browser.click(By.xpath(DataTables.row(ReportingPeriodsBrowserIT.PERIODS, code) + "//a[contains(@id, 'review')]"));
        browser.click(By.linkText("Umeå"));
        assertThat(browser.text(By.id("review-form"))).contains("tre är i introduktion");
        assertThat(browser.text(By.cssSelector("#review-form fieldset"))).as("the first item, changed on resubmission")
                .contains("Ändrad sedan förra inskickningen").contains("Återsänd för komplettering i granskningsomgång 1");
        assertThat(browser.openConfirmation(By.id("review-form:mark-reviewed"))).as("Markera som granskad asks first")
                .contains("Markera rapporten som granskad?");
        browser.click(Browser.CONFIRM_NO);
        browser.waitUntilConfirmationClosed().waitUntilFocused("review-form:mark-reviewed");
        assertThat(browser.text(By.id("review-form"))).as("Avbryt leaves the report as it was").contains("tre är i introduktion");
        browser.clickAndConfirm(By.id("review-form:mark-reviewed"));
        browser.waitUntilTextShown("Rapporten är granskad.");
        assertThat(browser.text(By.xpath(DataTables.row("overview", "Umeå")))).contains("Granskad");

        browser.click(By.linkText("Umeå"));
        Browser.Download pdf = browser.download(browser.waitFor(By.id("pdf")).getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new PortalApi.Download(pdf.status(), pdf.contentType(), pdf.body()).pdfText().replaceAll("\\s+", " "))
                .contains("Uppföljning " + code + " – Umeå").contains(COMPLETED);
    }

    /** Presses the labelled button of a status or traffic light group (a radio button styled as a button). */
    private void choose(String group, String value) {
        browser.click(By.xpath("//input[@name='" + group + "' and @value='" + value + "']/following-sibling::label"));
    }

    @Test
    void a_user_turns_e_mail_reminders_off_and_on_again() {
        try {
            browser.logInAs("samordnare");
            browser.click(By.linkText("Inställningar"));
            assertThat(browser.waitFor(By.id("settings-form:reminders")).isSelected()).as("on unless turned off").isTrue();
            assertThat(browser.accessibilityViolations()).as("the settings page").isEmpty();
            browser.click(By.id("settings-form:reminders"));
            browser.click(By.id("settings-form:save"));
            browser.waitUntilTextShown("Du får inte längre påminnelser via e-post.");
            browser.open(Browser.PORTAL_URL + "installningar.xhtml");
            assertThat(browser.waitFor(By.id("settings-form:reminders")).isSelected()).as("off, as stored").isFalse();
            browser.click(By.id("settings-form:reminders"));
            browser.click(By.id("settings-form:save"));
            browser.waitUntilTextShown("Du får påminnelser via e-post.");
            browser.open(Browser.PORTAL_URL + "installningar.xhtml");
            assertThat(browser.waitFor(By.id("settings-form:reminders")).isSelected()).as("on again, as stored").isTrue();
        } finally {
            PortalApi.as("samordnare").put("installningar/paminnelser", Json.createObjectBuilder().add("remindersEnabled", true).build());
        }
    }

    /** Umeå keeps a risk-based plan with monthly jourhem indicators (Nacka's, as an example). */
    private static void umeaFollowsJourhemIndicators() throws IOException {
        try (InputStream in = KommunReportBrowserIT.class.getClassLoader().getResourceAsStream("seed/local-plan-risks-nacka-2020.json")) {
            PortalApi.Answer imported = PortalApi.as("socialchef.umea").postText("lokala-planer/import",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        }
    }
}
