package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * The small things people stumbled on when they tried the portal: links and buttons that run
 * together, a caption cut short, a refusal said twice, a bad address that gave a blank page, a
 * risk-based plan listed with no measures, and texts in the other language than the page's. Each
 * test brings its own period where it needs one and closes it afterwards.
 */
class PortalTextsBrowserIT extends BrowserTestBase {

    @Test
    void the_reviewers_links_stand_apart_umeas_caption_is_whole_and_a_refusal_is_said_once() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long period = Periods.open(slot);
        try {
            browser.logInAs("granskare.lbu");
            browser.open(Browser.PORTAL_URL + "rapport/perioder.xhtml");
            DataTables.filter(browser, ReportingPeriodsBrowserIT.PERIODS, "col-period", slot.code());
            WebElement row = browser.waitFor(By.xpath(DataTables.row(ReportingPeriodsBrowserIT.PERIODS, slot.code())));
            List<String> links = row.findElements(By.cssSelector("ul.link-list li")).stream().map(WebElement::getText).toList();
            assertThat(links).containsExactly("Kommunernas rapporter", "Statusmatris");
            assertThat(row.getText()).doesNotContain("rapporterStatusmatris");
            WebElement review = row.findElement(By.linkText("Kommunernas rapporter"));
            WebElement matrix = row.findElement(By.linkText("Statusmatris"));
            assertThat(gapOrLineBetween(review, matrix)).as("the two links do not touch").isTrue();
            assertThat(browser.accessibilityViolations()).as("the periods page").isEmpty();

            switchUser();
            browser.logInAs("socialchef.umea");
            browser.open(Browser.PORTAL_URL + "kommun/index.xhtml");
            assertThat(browser.text(By.cssSelector("table#due caption")))
                    .isEqualTo("Öppna rapportperioder och kommunens rapport för varje period: status, sista dag och dagar kvar");

            browser.open(Browser.PORTAL_URL + "rapport/granska.xhtml?period=" + period + "&kommun=2480");
            browser.waitFor(By.id("messages"));
            assertThat(browser.driver().findElements(By.xpath("//*[@id='messages']//li[contains(., 'Bara LBU-nätverket granskar')]")))
                    .as("the refusal, said once").hasSize(1);
            assertThat(browser.accessibilityViolations()).as("the refused review page").isEmpty();
        } finally {
            Periods.close(period);
        }
    }

    @Test
    void a_bad_or_unknown_plan_address_says_the_plan_does_not_exist_and_answers_404() {
        browser.logInAs("socialchef.umea");
        for (String id : List.of("abc", "999999999")) {
            String url = Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + id;
            browser.open(url);
            browser.waitUntilTextShown("Planen eller åtgärden finns inte");
            assertThat(browser.driver().findElements(By.xpath("//*[@id='messages']//li[contains(., 'Planen eller åtgärden finns inte')]")))
                    .as("the message for id=%s, once", id).hasSize(1);
            assertThat(browser.download(url).status()).as("id=%s", id).isEqualTo(404);
            assertThat(browser.accessibilityViolations()).as("the plan page for id=%s", id).isEmpty();
        }
        String version = Browser.PORTAL_URL + "plan/version.xhtml?nr=x";
        browser.open(version);
        browser.waitUntilTextShown("Versionen finns inte.");
        assertThat(browser.download(version).status()).isEqualTo(404);
    }

    @Test
    void the_actors_buttons_stand_apart_their_notes_are_Swedish_and_an_example_risk_plan_counts_its_measures() {
        browser.logInAs("samordnare");
        browser.open(Browser.PORTAL_URL + "plan/aktorer.xhtml");
        DataTables.filter(browser, "actors", "col-name", "FoU Välfärd");
        WebElement row = browser.waitFor(By.xpath(DataTables.row("actors", "FoU Välfärd")));
        assertThat(row.getText()).contains("Regionens FoU-enhet").doesNotContain("Regional FoU unit");
        WebElement edit = row.findElement(By.cssSelector("button[id$=':edit']"));
        WebElement remove = row.findElement(By.cssSelector("button[id$=':remove']"));
        assertThat(gapOrLineBetween(edit, remove)).as("Ändra and Ta bort do not touch").isTrue();

        browser.open(Browser.PORTAL_URL + "lokal/index.xhtml");
        DataTables.filter(browser, "all-plans", "col-kommun", "Lycksele");
        WebElement nacka = browser.waitFor(By.xpath(DataTables.row("all-plans", "Lycksele")
                + "[td//a[normalize-space()='Åtgärdsplan 2020 barn- och familjeenheten']]"));
        List<WebElement> cells = nacka.findElements(By.tagName("td"));
        assertThat(Integer.parseInt(cells.get(cells.size() - 1).getText().strip()))
                .as("the risk-based example plan's measures, under its risks").isPositive();
    }

    @Test
    void English_pages_label_report_items_and_name_downloads_in_English_and_Swedish_pages_in_Swedish() {
        Periods.during("TERTIAL", period -> {
            browser.logInAs("socialchef.umea");
            assertThat(browser.download(Browser.PORTAL_URL + "plan/export?format=pdf").disposition())
                    .contains("regionala-planen-version-");
            browser.click(By.id("language-form:language"));
            browser.waitUntilText(By.tagName("h1"), "Regional development and action plan");
            assertThat(browser.download(Browser.PORTAL_URL + "plan/export?format=pdf").disposition())
                    .contains("regional-plan-version-").doesNotContain("regionala-planen");

            browser.open(Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period);
            browser.waitFor(By.id("report-form"));
            List<String> legends = browser.driver().findElements(By.cssSelector("#report-form legend")).stream()
                    .map(WebElement::getText).toList();
            assertThat(legends).anyMatch(l -> l.startsWith("Sub-goal ") && l.contains(", activity "));
            assertThat(legends).noneMatch(l -> l.startsWith("Delmål ")).noneMatch(l -> l.contains(": åtgärd "));
            assertThat(browser.accessibilityViolations()).as("the English report form").isEmpty();
        });
    }

    /** Whether two elements on the page leave at least 4 px between them, side by side, or sit on different lines. */
    private static boolean gapOrLineBetween(WebElement first, WebElement second) {
        var a = first.getRect();
        var b = second.getRect();
        boolean sameLine = a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
        return !sameLine || b.getX() - (a.getX() + a.getWidth()) >= 4;
    }
}
