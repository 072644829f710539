package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * The LBU reviewer reads the status matrix of a period this test opens.
 * <p>
 * In a 1400 × 900 browser window: the column headings show the aktivitet's number and (shortened)
 * text, with the whole text for screen readers and as a title; the matrix scrolls sideways in a
 * labelled region that the keyboard reaches and scrolls; every column heading can be scrolled fully
 * into view, and the kommun column (the kommuner's names and the summary's row headings) stays
 * visible beside it (measured with getBoundingClientRect).
 * <p>
 * The default view at national scale: above the kommuner, every kommun counted per aktivitet by
 * its light (grön, gul, röd, ingen uppgift), in words, as the reports written in the test give
 * them; the kommuner ten to a page (the page size chosen), with a labelled list of pages that the
 * keyboard follows and that reaches every kommun once, in the order of the Excel download, which
 * holds every kommun; a name filter kept in the address. No accessibility violations on any of it.
 * The period is closed, and the reports written removed, when the test ends.
 */
class StatusMatrixBrowserIT extends BrowserTestBase {

    @Test
    void every_column_of_the_matrix_is_reachable_at_1400_px_with_the_kommun_column_frozen_beside_it() {
        Periods.during("TERTIAL", period -> {
            browser.driver().manage().window().setSize(new Dimension(1400, 900));
            browser.logInAs("granskare.lbu");
            browser.open(Browser.PORTAL_URL + "rapport/matris.xhtml?period=" + period);
            WebElement region = browser.waitFor(By.id("matrix-scroll"));
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("aria-labelledby")).isEqualTo("matrix-caption");
            assertThat(browser.accessibilityViolations()).as("the status matrix at 1400 px").isEmpty();
            browser.screenshot("status-matrix-1400");

            List<WebElement> headings = browser.driver().findElements(By.cssSelector("#matrix th.matrix-column"));
            assertThat(headings).as("the matrix's columns (as many as the plan that applies has aktiviteter done in every kommun)").isNotEmpty();
            WebElement first = headings.get(0);
            String title = first.getAttribute("title");
            assertThat(title).as("the whole text as title").matches("\\d+\\.\\d+:\\d+ .{10,}");
            assertThat(first.findElement(By.cssSelector(".column-text")).getText()).as("text shown, not only the number")
                    .isNotBlank();
            assertThat(first.findElement(By.cssSelector(".sr-only")).getAttribute("textContent"))
                    .as("the whole text for screen readers").startsWith("Delmål ").endsWith(title.substring(title.indexOf(' ') + 1));

            assertThat(js("const d = document.documentElement; if (d.scrollWidth <= d.clientWidth) return 'fits';"
                    + " return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > d.clientWidth + 1"
                    + " ).map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8).join(' ');"))
                    .as("the page itself is no wider than the window at 1400 px (only the matrix's region scrolls sideways)").isEqualTo("fits");
            assertThat(scrollLeft()).isZero();
            browser.tabTo("matrix-scroll", 80).typeIntoFocused(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .withMessage("the region to scroll by keyboard").until(d -> scrollLeft() > 0);
            // The keys scroll smoothly: the scrolling must have ended, or it would carry on over the
            // scrollIntoView below and leave a column where the animation ends, not where asked.
            double[] last = {-1};
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .pollingEvery(java.time.Duration.ofMillis(150)).withMessage("the keyboard's smooth scrolling to end")
                    .until(d -> {
                        double now = scrollLeft();
                        boolean still = now == last[0];
                        last[0] = now;
                        return still;
                    });

            WebElement firstKommun = browser.driver().findElement(By.cssSelector("#matrix-rows th.matrix-kommun"));
            WebElement summaryHeading = browser.driver().findElement(By.cssSelector("#summary-NONE th.matrix-kommun"));
            for (int i = 0; i < headings.size(); i++) {
                WebElement heading = headings.get(i);
                js("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'});", heading);
                Map<String, Double> regionBox = box(region);
                Map<String, Double> headingBox = box(heading);
                Map<String, Double> kommunBox = box(browser.driver().findElement(By.cssSelector("#matrix thead th.matrix-kommun")));
                Map<String, Double> firstKommunBox = box(firstKommun);
                Map<String, Double> summaryBox = box(summaryHeading);
                String which = "column " + (i + 1) + " (" + heading.getAttribute("title") + "; region " + regionBox + ", scrolled "
                        + scrollLeft() + ")";
                assertThat(headingBox.get("right")).as(which + ": its right edge inside the region")
                        .isLessThanOrEqualTo(regionBox.get("right") + 1);
                assertThat(headingBox.get("left")).as(which + ": not under the frozen kommun column")
                        .isGreaterThanOrEqualTo(kommunBox.get("right") - 1);
                assertThat(kommunBox.get("left")).as(which + ": the kommun heading stays visible")
                        .isGreaterThanOrEqualTo(regionBox.get("left") - 1);
                assertThat(firstKommunBox.get("left")).as(which + ": the kommun names stay visible")
                        .isGreaterThanOrEqualTo(regionBox.get("left") - 1).isLessThan(regionBox.get("left") + 20);
                assertThat(summaryBox.get("left")).as(which + ": the summary's row headings stay visible")
                        .isGreaterThanOrEqualTo(regionBox.get("left") - 1).isLessThan(regionBox.get("left") + 20);
            }
            assertThat(scrollLeft()).as("the last columns needed scrolling").isPositive();
            browser.screenshot("status-matrix-1400-scrolled");
            assertThat(browser.accessibilityViolations()).as("the status matrix, scrolled").isEmpty();
        });
    }

    @Test
    void the_reviewer_reads_every_kommun_counted_by_light_and_pages_through_every_kommun_as_the_excel_holds_them() {
        Periods.during("TERTIAL", period -> {
            List<String> names = TestDatabase.column("SELECT name FROM kommun ORDER BY name, code");
            int kommuner = names.size();
            assertThat(kommuner).as("more kommuner than a page of ten holds").isGreaterThan(10);
            String activity = PortalApi.as("granskare.lbu").get("matris/" + period + "?antal=10").object().getJsonArray("columns")
                    .getJsonObject(0).getString("itemKey");
            try {
                reported(period, "2480", activity, "GREEN");
                reported(period, "2482", activity, "YELLOW");
                reported(period, "2421", activity, "RED");

                browser.logInAs("granskare.lbu");
                browser.open(Browser.PORTAL_URL + "rapport/matris.xhtml?period=" + period);
                assertThat(browser.text(By.id("matrix-shown"))).as("the default view: the first page of 25")
                        .isEqualTo("Visar kommun 1–" + Math.min(25, kommuner) + " av " + kommuner + " (sida 1 av " + ((kommuner + 24) / 25) + ").");
                assertThat(browser.text(By.id("excel"))).isEqualTo("Ladda ned hela matrisen, alla " + kommuner + " kommuner, som Excel");
                new Select(browser.waitFor(By.id("matrix-size"))).selectByVisibleText("10");
                browser.click(By.id("matrix-filter-submit"));
                browser.waitUntilText(By.id("matrix-shown"), "Visar kommun 1–10 av " + kommuner + " (sida 1 av " + ((kommuner + 9) / 10) + ").");
                assertThat(browser.driver().getCurrentUrl()).as("the page size kept in the address").contains("antal=10")
                        .contains("period=" + period);

                assertThat(browser.text(By.cssSelector("#summary-GREEN th"))).isEqualTo("Grön: antal av alla " + kommuner + " kommuner");
                assertThat(browser.text(By.cssSelector("#summary-NONE th"))).isEqualTo("Ingen uppgift: antal av alla " + kommuner + " kommuner");
                assertThat(firstColumn("GREEN")).as("Umeå").isEqualTo("1");
                assertThat(firstColumn("YELLOW")).as("Skellefteå").isEqualTo("1");
                assertThat(firstColumn("RED")).as("Storuman").isEqualTo("1");
                assertThat(firstColumn("NONE")).as("every other kommun").isEqualTo(String.valueOf(kommuner - 3));
                assertThat(browser.text(By.id("matrix-summary-hint"))).contains("alla " + kommuner + " kommuner");

                WebElement pages = browser.waitFor(By.id("matrix-pages"));
                assertThat(pages.getTagName()).isEqualTo("nav");
                assertThat(pages.getAttribute("aria-label")).isEqualTo("Sidor med kommuner i matrisen");
                assertThat(browser.accessibilityViolations()).as("the matrix's first page of ten, with its summary and pages").isEmpty();
                browser.screenshot("status-matrix-summary-and-pages");

                List<String> paged = new ArrayList<>();
                for (int page = 1; ; page++) {
                    WebElement current = browser.waitFor(By.cssSelector("#matrix-pages a[aria-current='page']"));
                    assertThat(current.getText()).isEqualTo(String.valueOf(page));
                    assertThat(current.getAttribute("aria-label")).isEqualTo("Sida " + page + " av " + ((kommuner + 9) / 10));
                    browser.driver().findElements(By.cssSelector("#matrix-rows th.matrix-kommun")).forEach(th -> paged.add(th.getText().strip()));
                    assertThat(firstColumn("NONE")).as("the same summary on page %d", page).isEqualTo(String.valueOf(kommuner - 3));
                    if (browser.driver().findElements(By.id("page-next")).isEmpty()) {
                        break;
                    }
                    browser.tabTo("page-next", 400).typeIntoFocused(Keys.ENTER);
                    browser.waitUntilText(By.cssSelector("#matrix-pages a[aria-current='page']"), String.valueOf(page + 1));
                    assertThat(browser.driver().getCurrentUrl()).contains("sida=" + (page + 1)).contains("antal=10");
                }
                assertThat(paged).as("every kommun once, page by page, by name").isEqualTo(names);
                assertThat(browser.accessibilityViolations()).as("the matrix's last page").isEmpty();

                Browser.Download excel = browser.download(browser.waitFor(By.id("excel")).getAttribute("href"));
                assertThat(excel.status()).isEqualTo(200);
                List<List<String>> rows = sheetRows(excel.body());
                assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList())
                        .as("the Excel download: the whole matrix, every kommun in the page's order").isEqualTo(names);
                assertThat(rows.stream().filter(r -> r.get(0).equals("Umeå")).findFirst().orElseThrow().get(2)).startsWith("Grön");

                browser.fill(By.id("matrix-q"), "ume");
                browser.click(By.id("matrix-filter-submit"));
                browser.waitUntilText(By.cssSelector("#matrix-rows th.matrix-kommun"), "Umeå");
                assertThat(browser.driver().getCurrentUrl()).as("the name filter kept in the address").contains("q=ume");
                assertThat(browser.driver().findElements(By.cssSelector("#matrix-rows th.matrix-kommun")))
                        .allSatisfy(th -> assertThat(th.getText().toLowerCase()).contains("ume"));
                assertThat(browser.text(By.id("matrix-shown"))).contains("vars namn innehåller ”ume”");
                assertThat(firstColumn("NONE")).as("the summary still counts every kommun").isEqualTo(String.valueOf(kommuner - 3));
                assertThat(browser.accessibilityViolations()).as("the matrix filtered by name").isEmpty();

                // The page is request-scoped: the language switch (a postback) redirects to the same address.
                browser.click(By.id("language-form:language"));
                browser.waitUntilText(By.tagName("h1"), "Status matrix");
                assertThat(browser.driver().getCurrentUrl()).as("the other language at the same address")
                        .contains("period=" + period).contains("q=ume").contains("antal=10");
                assertThat(browser.text(By.id("matrix-shown"))).contains("whose name contains “ume”");
                browser.click(By.id("language-form:language"));
                browser.waitUntilText(By.tagName("h1"), "Statusmatris");
            } finally {
                TestDatabase.update("DELETE FROM progress_report WHERE period_id = ?", period);
            }
        });
    }

    /** The kommun's report for the period, as stored after it was sent, with the aktivitet ongoing at the light. */
    private static void reported(long period, String kommun, String activity, String light) {
        TestDatabase.update("INSERT INTO progress_report (kommun_code, period_id, status, changed_at) VALUES (?, ?, 'SUBMITTED', NOW())",
                kommun, period);
        TestDatabase.update("INSERT INTO report_item (kommun_code, report_id, position, item_type, item_key, label, status, light, narrative) "
                + "SELECT kommun_code, id, 0, 'REGIONAL_ACTIVITY', ?, 'Aktivitet', 'ONGOING', ?, 'Arbetet pågår enligt plan.' "
                + "FROM progress_report WHERE kommun_code = ? AND period_id = ?", activity, light, kommun, period);
    }

    /** The summary's count for the light in the first aktivitet's column. */
    private String firstColumn(String light) {
        return browser.text(By.cssSelector("#summary-" + light + " td:nth-of-type(1)"));
    }

    private static List<List<String>> sheetRows(byte[] workbook) {
        try (org.dhatim.fastexcel.reader.ReadableWorkbook read = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(workbook))) {
            return read.getFirstSheet().read().stream()
                    .map(r -> r.stream().map(c -> c == null || c.getRawValue() == null ? "" : c.getRawValue()).toList()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private double scrollLeft() {
        return ((Number) js("return document.getElementById('matrix-scroll').scrollLeft;")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Double> box(WebElement element) {
        Map<String, Object> raw = (Map<String, Object>) js(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", element);
        return Map.of("left", ((Number) raw.get("left")).doubleValue(), "right", ((Number) raw.get("right")).doubleValue());
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
