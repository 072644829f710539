package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * The review overview and a delmål's history as PrimeFaces DataTables worked from the keyboard: the
 * LBU reviewer sorts the kommuner of a period by name both ways (Swedish order) and filters them by
 * the state of their report; the coordinator sorts a delmål's history by what changed both ways and
 * filters it by the field. The headings tell screen readers how the table is sorted, and axe finds
 * nothing in the sorted and filtered states. Each test brings its own data: a period of its own (closed
 * afterwards) with Umeå's report submitted and Skellefteå's started, and a förbättringsområde with a
 * delmål of its own (removed afterwards) changed three times.
 */
class ReviewAndHistoryTablesBrowserIT extends BrowserTestBase {

    @Test
    void the_lbu_reviewer_sorts_the_kommuner_of_a_period_by_name_both_ways_and_filters_them_by_their_reports_state() {
        Periods.during("TERTIAL", period -> {
            PortalApi umea = PortalApi.as("socialchef.umea");
            PortalApi.Answer sent = umea.post("rapporter/" + period + "/inskickning",
                    ReportBodies.withFirstItem(umea.get("rapporter/" + period).object(), "GREEN", "Arbetet har startat."));
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
            PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
            JsonObject started = skelleftea.get("rapporter/" + period).object();
            PortalApi.Answer saved = skelleftea.put("rapporter/" + period, started);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            browser.logInAs("granskare.lbu");
            browser.open(Browser.PORTAL_URL + "rapport/granska.xhtml?period=" + period);
            browser.waitFor(By.id("overview"));
            List<String> kommuner = DataTables.column(browser, "overview", "col-kommun");
            assertThat(kommuner).as("every kommun, with or without a report").contains("Umeå", "Skellefteå", "Åsele", "Vännäs");

            DataTables.sortByKeyboard(browser, "overview", "col-kommun");
            assertThat(heading("overview", "col-kommun").getAttribute("aria-sort")).isEqualTo("ascending");
            List<String> ascending = new ArrayList<>(kommuner);
            ascending.sort(DataTables.swedishOrder());
            DataTables.waitForColumn(browser, "overview", "col-kommun", ascending);
            assertThat(ascending.get(ascending.size() - 1)).as("Å after Z in Swedish order").isEqualTo("Åsele");
            assertThat(ascending.indexOf("Vännäs")).as("Ä after I: Vindeln before Vännäs").isGreaterThan(ascending.indexOf("Vindeln"));
            assertThat(browser.accessibilityViolations()).as("the overview, sorted by kommun").isEmpty();

            DataTables.sortByKeyboard(browser, "overview", "col-kommun");
            assertThat(heading("overview", "col-kommun").getAttribute("aria-sort")).isEqualTo("descending");
            DataTables.waitForColumn(browser, "overview", "col-kommun", reversed(ascending));
            assertThat(browser.accessibilityViolations()).as("the overview, sorted by kommun backwards").isEmpty();

            DataTables.filter(browser, "overview", "col-status", "Inskickad");
            assertThat(DataTables.column(browser, "overview", "col-kommun")).as("the one report submitted in the period")
                    .containsExactly("Umeå");
            assertThat(browser.accessibilityViolations()).as("the overview, filtered by state").isEmpty();
            DataTables.filter(browser, "overview", "col-status", "utkast");
            assertThat(DataTables.column(browser, "overview", "col-kommun")).as("the one report started, filtered without regard to case")
                    .containsExactly("Skellefteå");
            browser.screenshot("review-overview-filtered");
        });
    }

    @Test
    void the_coordinator_sorts_a_delmals_history_by_what_changed_both_ways_and_filters_it_by_the_field() {
        String firstText = TestRun.unique("Historiktabellens delmål, första lydelsen.");
        String secondText = TestRun.unique("Historiktabellens delmål, andra lydelsen.");
        browser.logInAs("samordnare");
        PlanPages.onOwnDelmal(browser, "Historiktabell", firstText, "2027", delmal -> {
            save(delmal, "subgoal-form:timeframe", "Hösten 2027");
            save(delmal, "subgoal-form:text", secondText);
            save(delmal, "subgoal-form:timeframe", "Våren 2028");
            String key = TestDatabase.column("SELECT item_key FROM sub_goal WHERE text = ? LIMIT 1", secondText).get(0);

            browser.open(Browser.PORTAL_URL + "plan/historik.xhtml?typ=SUB_GOAL&item=" + key);
            browser.waitFor(By.id("history"));
            List<String> changes = DataTables.column(browser, "history", "col-what");
            assertThat(changes).as("made, then the text and the tidsram changed").contains("Skapad")
                    .filteredOn(c -> c.startsWith("Ändrad: Tidsram")).hasSize(2);
            assertThat(changes).filteredOn(c -> c.startsWith("Ändrad: Text")).hasSize(1);

            DataTables.sortByKeyboard(browser, "history", "col-what");
            assertThat(heading("history", "col-what").getAttribute("aria-sort")).isEqualTo("ascending");
            List<String> ascending = new ArrayList<>(changes);
            ascending.sort(DataTables.swedishOrder());
            DataTables.waitForColumn(browser, "history", "col-what", ascending);
            assertThat(ascending.indexOf("Skapad")).as("S before Ä in Swedish order")
                    .isLessThan(ascending.indexOf(ascending.stream().filter(c -> c.startsWith("Ändrad")).findFirst().orElseThrow()));
            assertThat(browser.accessibilityViolations()).as("the history, sorted by what changed").isEmpty();

            DataTables.sortByKeyboard(browser, "history", "col-what");
            assertThat(heading("history", "col-what").getAttribute("aria-sort")).isEqualTo("descending");
            DataTables.waitForColumn(browser, "history", "col-what", reversed(ascending));
            assertThat(browser.accessibilityViolations()).as("the history, sorted backwards").isEmpty();

            DataTables.filter(browser, "history", "col-what", "Tidsram");
            assertThat(DataTables.column(browser, "history", "col-what")).as("the two changes of the tidsram")
                    .hasSize(2).allMatch(c -> c.startsWith("Ändrad: Tidsram"));
            assertThat(browser.text(By.id("history"))).contains("Hösten 2027").contains("Våren 2028");
            assertThat(browser.accessibilityViolations()).as("the history, filtered").isEmpty();

            DataTables.filter(browser, "history", "col-what", "Text");
            List<WebElement> rows = browser.driver().findElements(By.xpath(DataTables.table("history") + "//tbody/tr"));
            assertThat(rows).as("the one change of the text").hasSize(1);
            assertThat(rows.get(0).getText()).contains(firstText).contains(secondText);
            browser.screenshot("history-filtered");
        });
    }

    /**
     * Changes one field of the delmål on its edit page (where the browser is) and saves it; waits for
     * the page the save leads to, not the previous save's message still shown.
     */
    private void save(String delmal, String field, String value) {
        WebElement page = null;
        for (int attempt = 1; page == null; attempt++) {
            try {
                browser.fill(By.id(field), value);
                WebElement shown = browser.driver().findElement(By.tagName("html"));
                browser.click(By.id("subgoal-form:save"));
                page = shown;
            } catch (org.openqa.selenium.WebDriverException e) {
                // The edit page after the last save was still being replaced when the field was found
                // ("Node ... does not belong to the document"): find it again on the page now shown.
                if (attempt > 2 || !(e instanceof org.openqa.selenium.StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document"))) {
                    throw e;
                }
            }
        }
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        browser.waitUntilTextShown("Delmål " + delmal + " är sparat.");
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private WebElement heading(String table, String columnClass) {
        return browser.driver().findElement(By.xpath(DataTables.table(table) + "//th[contains(@class, '" + columnClass + "')]"));
    }
}
