package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Min kommun (kommun/index.xhtml, KommunDashboard) for Umeå's socialchef: the region opens a
 * month of the test's own, later than every period opened before, whose deadline is N days from
 * today (Swedish date; at least {@value #MIN_DAYS_LEFT}, more when the month starts later than
 * that, since a deadline may not fall before its period starts); Umeå saves a draft report for it with one item red, and keeps a fastställd local plan with an
 * indicator typed for two months and marked "uppgift saknas" for the third. Min kommun shows the
 * period with its days left, the red item with its narrative, and the indicator's latest typed
 * value, and passes axe. Names carry the run's mark; the period is closed again at the end.
 */
class KommunDashboardBrowserIT extends BrowserTestBase {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final int MIN_DAYS_LEFT = 12;

    private final PortalApi region = PortalApi.as("samordnare");
    private final PortalApi umea = PortalApi.as("socialchef.umea");

    @Test
    void umeas_socialchef_sees_her_red_item_her_indicators_latest_value_and_the_days_left_on_Min_kommun() {
        PeriodSlots.Slot slot = monthAfterEveryOpenedPeriod();
        LocalDate today = LocalDate.now(SWEDEN);
        LocalDate deadline = java.util.Collections.max(List.of(today.plusDays(MIN_DAYS_LEFT), slot.start().plusDays(14)));
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
        long period = openPeriod(slot, deadline);
        try {
            String narrative = TestRun.unique("Rekryteringen av familjehem står still");
            JsonObject report = umea.get("rapporter/" + period).object();
            String redLabel = report.getJsonArray("items").getJsonObject(0).getString("label");
            Answer saved = umea.put("rapporter/" + period, ReportBodies.withFirstItem(report, "RED", narrative));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            String planTitle = TestRun.unique("Umeås plan för familjehem");
            Answer created = umea.post("lokala-planer", Json.createObjectBuilder().add("title", planTitle).add("shape", "MEASURES")
                    .add("status", "ADOPTED").add("decidedOn", "2026-01-15").add("decidedBy", "Socialnämnden").build());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long plan = created.object().getJsonNumber("id").longValue();
            String indicator = TestRun.unique("Antal nya familjehem");
            Answer withIndicator = umea.post("lokala-planer/" + plan + "/indikatorer", Json.createObjectBuilder().add("name", indicator)
                    .add("unit", "COUNT").add("periodicity", "MONTH").add("target", 10)
                    .add("rows", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("period", "2026-01").add("value", 4))
                            .add(Json.createObjectBuilder().add("period", "2026-02").add("value", 6))
                            .add(Json.createObjectBuilder().add("period", "2026-03").add("missing", true)))
                    .build());
            assertThat(withIndicator.status()).as(withIndicator.body()).isEqualTo(200);

            browser.logInAs("socialchef.umea");
            browser.click(By.linkText("Min kommun"));
            browser.waitUntilText(By.tagName("h1"), "Min kommun");

            browser.screenshot("umea-min-kommun");
            SoftAssertions page = new SoftAssertions(); // every check of the page reported, not only the first that fails
            // Days left are written with Swedish digit grouping ("25 645" when other tests' periods lie
            // decades ahead): compared without the grouping spaces.
            page.assertThat(browser.text(By.xpath("//table[@id='due']//tr[th='" + slot.code() + "']"))
                            .replaceAll("(?<=\\d)[\\s\u00a0\u202f\u2009](?=\\d{3})", ""))
                    .as("the test's period: deadline, days left, Umeå's draft")
                    .contains(deadline.toString()).contains("(" + daysLeft + " dagar kvar)").contains("Utkast")
                    .doesNotContain("Försenad");
            List<String> redItems = browser.driver().findElements(By.xpath("//ul[@id='red']/li[contains(., '" + narrative + "')]"))
                    .stream().map(WebElement::getText).toList();
            page.assertThat(redItems).as("the red item of the latest report, once").hasSize(1);
            page.assertThat(String.join("\n", redItems)).as("the red item: light, label, period")
                    .startsWith("Röd").contains(redLabel).contains("(" + slot.code() + ")");
            List<String> indicatorRow = browser.driver()
                    .findElements(By.xpath("//table[@id='indicators']//tr[th[normalize-space()='" + indicator + "']]/td")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            page.assertThat(indicatorRow).as("the indicator: period, latest typed value, target").containsExactly("2026-02", "6", "10");
            page.assertThat(browser.accessibilityViolations()).as("Min kommun with a red item and an indicator").isEmpty();
            page.assertAll();
        } finally {
            Answer closed = region.post("rapportperioder/" + period + "/stangning", Json.createObjectBuilder().build());
            assertThat(closed.status()).as("the test's period closed again: " + closed.body()).isEqualTo(200);
        }
    }

    /**
     * A month later than every period opened so far in this database, so that the report the
     * test writes is Umeå's latest (Min kommun shows the red items of the latest report only).
     */
    private static PeriodSlots.Slot monthAfterEveryOpenedPeriod() {
        YearMonth latest = TestDatabase.column(PeriodSlots.TAKEN_CODES).stream().map(KommunDashboardBrowserIT::startOf)
                .max(Comparator.naturalOrder()).orElse(YearMonth.of(2000, 12));
        YearMonth next = latest.plusMonths(1);
        return new PeriodSlots.Slot("MONTH", next.getYear(), next.getMonthValue());
    }

    /** The first month of a period written as "2003-T2" or "2003-07". */
    private static YearMonth startOf(String code) {
        int year = Integer.parseInt(code.substring(0, 4));
        return code.contains("-T") ? YearMonth.of(year, (Integer.parseInt(code.substring(6)) - 1) * 4 + 1)
                : YearMonth.of(year, Integer.parseInt(code.substring(5)));
    }

    private long openPeriod(PeriodSlots.Slot slot, LocalDate deadline) {
        return Periods.open(slot, deadline);
    }

}
