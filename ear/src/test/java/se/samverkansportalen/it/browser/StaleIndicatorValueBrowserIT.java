package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverkansportalen.it.support.IndikatorPage;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Skellefteå's socialchef has the report for a new tertial open in the browser while a colleague
 * saves the first month's jourhem count (9) on the Indikator page. She types 8 and saves: the save
 * is refused with a Swedish message naming the colleague's 9, her 8 stays in the field and the
 * colleague's value is shown beside it; nothing is stored. She saves again, deliberately, and her
 * 8 is stored. The period is closed when the test ends.
 */
class StaleIndicatorValueBrowserIT extends BrowserTestBase {

    @Test
    void a_count_saved_by_a_colleague_while_the_report_was_open_is_shown_beside_her_own_which_is_kept() throws IOException {
        PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
        String planTitle = TestRun.unique("Skellefteås jourhemsuppföljning");
        long plan = IndikatorPage.importNacka(skelleftea, planTitle);
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long period = Periods.open(slot);
        String month = slot.start().toString().substring(0, 7);
        By count = By.xpath("//fieldset[legend[starts-with(normalize-space(), '" + planTitle + ":')]]//tr[th[normalize-space()='"
                + IndikatorPage.LONG_PLACEMENTS + ", " + month + "']]//input");
        try {
            browser.logInAs("socialchef.skelleftea");
            browser.open(Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period);
            assertThat(browser.value(count)).as("no count for the month yet").isEmpty();

            IndikatorPage.saveValue(skelleftea, plan, IndikatorPage.LONG_PLACEMENTS, month, 9);
            browser.fill(count, "8");
            browser.click(By.id("report-form:save"));

            browser.waitUntilTextShown("Någon annan har sparat");
            assertThat(browser.text(By.cssSelector(".messages"))).contains("värdet är nu 9").contains("Ditt värde 8");
            assertThat(browser.value(count)).as("her input, kept").isEqualTo("8");
            assertThat(browser.text(By.xpath("//fieldset[legend[starts-with(normalize-space(), '" + planTitle + ":')]]//tr[th[normalize-space()='"
                    + IndikatorPage.LONG_PLACEMENTS + ", " + month + "']]"))).as("the colleague's value beside it")
                    .contains("Sparat av någon annan: 9");
            assertThat(IndikatorPage.stored(plan, IndikatorPage.LONG_PLACEMENTS, month)).containsExactly("9.00");
            assertThat(browser.accessibilityViolations()).as("the report with a conflicting value").isEmpty();

            browser.click(By.id("report-form:save"));
            browser.waitUntilTextShown("Utkastet är sparat.");
            assertThat(IndikatorPage.stored(plan, IndikatorPage.LONG_PLACEMENTS, month)).as("saved again, deliberately").containsExactly("8.00");
        } finally {
            Periods.close(period);
        }
    }

    @Test
    void two_tabs_on_the_same_report_the_later_save_shows_the_earlier_beside_her_text_which_is_kept() {
        long period = Periods.open(TestDatabase.freePeriod("MONTH"));
        String report = Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period;
        By narrative = By.id("report-form:items:0:narrative");
        String earlier = TestRun.unique("Två familjehem är rekryterade");
        String later = TestRun.unique("Tre familjehem är rekryterade, ett är i utredning");
        Browser otherTab = new Browser();
        try {
            browser.logInAs("socialchef.umea");
            browser.open(report);
            otherTab.logInAs("socialchef.umea");
            otherTab.open(report);

            otherTab.fill(narrative, earlier);
            otherTab.click(By.id("report-form:save"));
            otherTab.waitUntilTextShown("Utkastet är sparat.");

            browser.fill(narrative, later);
            browser.click(By.id("report-form:save"));
            browser.waitUntilTextShown("Någon annan har sparat rapporten sedan du öppnade den.");
            assertThat(browser.value(narrative)).as("her text, kept").isEqualTo(later);
            assertThat(browser.text(By.cssSelector(".saved-by-other"))).as("what the other tab saved, beside it")
                    .contains("Sparat av någon annan").contains(earlier);
            assertThat(TestDatabase.firstItemNarrative(period, "2480")).isEqualTo(earlier);
            assertThat(browser.accessibilityViolations()).as("the report with another tab's save beside hers").isEmpty();

            browser.click(By.id("report-form:save"));
            browser.waitUntilTextShown("Utkastet är sparat.");
            assertThat(TestDatabase.firstItemNarrative(period, "2480")).as("saved again, deliberately").isEqualTo(later);
            assertThat(browser.driver().findElements(By.cssSelector(".saved-by-other"))).isEmpty();
        } finally {
            otherTab.close();
            Periods.close(period);
        }
    }

}
