package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * The coordinator opens a tertial no one has opened yet for every kommun, with yesterday as its
 * last day; the periods page, loaded again, shows its dates and that it is open and late; a
 * socialchef sees it and cannot open or close periods. The period is closed when the test ends.
 */
class ReportingPeriodsBrowserIT extends BrowserTestBase {

    /** The client id of the periods page's table. */
    static final String PERIODS = "periods-form:periods";

    @Test
    void the_coordinator_opens_a_tertial_and_the_umea_socialchef_sees_it_open() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);
        String row = DataTables.row(PERIODS, slot.code());
        browser.logInAs("samordnare");
        browser.click(By.linkText("Rapportering"));
        new Select(browser.waitFor(By.id("open-form:kind"))).selectByValue("TERTIAL");
        browser.fill(By.id("open-form:year"), String.valueOf(slot.year())).fill(By.id("open-form:number"), String.valueOf(slot.number()))
                .fill(By.id("open-form:deadline_input"), "31/12/" + slot.year());
        browser.click(By.id("open-form:open"));
        assertThat(browser.text(By.id("open-form:deadline-msg"))).as("a badly written deadline, refused at its field in its own words")
                .contains("Skriv sista dagen som ÅÅÅÅ-MM-DD").doesNotContain("beslutsdatum");
        assertThat(browser.text(By.id("error-summary"))).contains("Sista dag: Skriv sista dagen");
        browser.waitUntilFocused("open-form:deadline_input");
        assertThat(browser.driver().findElement(By.id("open-form:deadline_input")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.value(By.id("open-form:number"))).as("the other input is kept").isEqualTo(String.valueOf(slot.number()));
        assertThat(TestDatabase.column("SELECT id FROM reporting_period WHERE kind = 'TERTIAL' AND year = ? AND number = ?",
                slot.year(), slot.number())).as("nothing opened").isEmpty();
        assertThat(browser.accessibilityViolations()).as("the periods page with a refused deadline").isEmpty();
        browser.fill(By.id("open-form:deadline_input"), yesterday.toString());
        assertThat(browser.accessibilityViolations()).as("the periods page for a coordinator").isEmpty();
        browser.click(By.id("open-form:open"));
        browser.waitUntilTextShown("Rapportperioden " + slot.code() + " är öppnad för alla kommuner.");
        try {
            browser.open(Browser.PORTAL_URL + "rapport/perioder.xhtml");
            DataTables.filter(browser, PERIODS, "col-period", slot.code());
            assertThat(browser.text(By.xpath(row))).as("the period as stored")
                    .contains(slot.start() + " – " + slot.end()).contains(yesterday.toString())
                    .contains("Öppen, sista dagen har passerat");
            switchUser();

            browser.logInAs("socialchef.umea");
            browser.click(By.linkText("Rapportering"));
            DataTables.filter(browser, PERIODS, "col-period", slot.code());
            assertThat(browser.text(By.id(PERIODS))).contains(slot.code());
            assertThat(browser.driver().findElements(By.id("open-form"))).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("button[id$=':close']"))).isEmpty();
            assertThat(browser.accessibilityViolations()).as("the periods page for a socialchef").isEmpty();
        } finally {
            String period = TestDatabase.column("SELECT id FROM reporting_period WHERE kind = 'TERTIAL' AND year = ? AND number = ?",
                    slot.year(), slot.number()).get(0);
            Periods.close(period);
        }
    }
}
