package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ReportBodies;

/**
 * The LBU network prepares its meeting with the regional lägesbild of a tertial this test opens,
 * in which Umeå has sent its report with the first aktivitet done in every kommun marked röd. The
 * reviewer opens the page from the menu, finds the period named and the delmål's table with Umeå
 * under Röd (every header a row or column header), the trend chart labelled and its table beside it,
 * and the page passes axe; the Excel and PDF downloads hold the same. Umeå's socialchef reads the
 * same regional picture from the menu, and the page passes axe for a kommun too.
 */
class RegionalOverviewBrowserIT extends BrowserTestBase {

    @Test
    void the_lbu_reviewer_and_a_kommun_read_the_lagesbild_of_a_period_with_umeas_red_aktivitet_and_download_it() {
        Periods.during("TERTIAL", period -> {
            PortalApi umea = PortalApi.as("socialchef.umea");
            JsonObject report = umea.get("rapporter/" + period).object();
            JsonObject first = report.getJsonArray("items").getJsonObject(0);
            assertThat(first.getString("type")).as("a report starts with the aktiviteter done in every kommun").isEqualTo("REGIONAL_ACTIVITY");
            PortalApi.Answer sent = umea.post("rapporter/" + period + "/inskickning",
                    ReportBodies.withFirstItem(report, "RED", "Rekryteringen av familjehem har försenats."));
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
            // "Delmål 3.4, aktivitet 1: …" names the delmål the lägesbild shows the aktivitet under.
            String label = first.getString("label");
            String delmal = label.substring("Delmål ".length(), label.indexOf(','));
            String anchor = "delmal-" + delmal.replace('.', '-');
            String code = PortalApi.as("granskare.lbu").get("lagesbild/" + period).object().getJsonObject("period").getString("code");

            browser.logInAs("granskare.lbu");
            browser.click(By.id("nav-overview"));
            browser.waitFor(By.id("period-switch"));
            browser.open(Browser.PORTAL_URL + "rapport/lagesbild.xhtml?period=" + period);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Lägesbild");
            assertThat(browser.text(By.id("shown-period"))).contains(code);
            WebElement lights = browser.waitFor(By.id(anchor + "-lights"));
            assertThat(lights.findElement(By.tagName("caption")).getText()).contains("delmål " + delmal).contains(code);
            assertThat(lights.findElements(By.cssSelector("th:not([scope])"))).as("every header cell has a scope").isEmpty();
            WebElement row = lights.findElement(By.xpath(".//tbody/tr[1]"));
            assertThat(row.findElement(By.tagName("th")).getText()).startsWith("Aktivitet 1:");
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(2).getText()).as("the Röd column names Umeå").contains("Umeå");
            assertThat(cells.get(0).getText()).as("Grön: nobody").startsWith("0").doesNotContain("Umeå");
            assertThat(cells.get(3).getText()).as("Ingen uppgift: the others").doesNotContain("Umeå").contains("Skellefteå");
            WebElement trend = browser.waitFor(By.id(anchor + "-trend"));
            assertThat(trend.findElement(By.xpath(".//tbody/tr[last()]/th")).getText()).as("the trend ends with the period").isEqualTo(code);
            WebElement chart = browser.driver().findElement(By.cssSelector("#" + anchor + " ~ .overview-chart canvas, section[aria-labelledby='"
                    + anchor + "'] canvas"));
            assertThat(chart.getAttribute("aria-label")).as("the chart is named and points to its table").contains(delmal).contains("tabellen");
            assertThat(browser.accessibilityViolations()).as("the lägesbild for the LBU network").isEmpty();
            browser.screenshot("lagesbild-lbu");

            PortalApi lbu = PortalApi.as("granskare.lbu");
            PortalApi.Download excel = lbu.download("rapport/lagesbild-export?format=xlsx&period=" + period);
            assertThat(excel.status()).isEqualTo(200);
            assertThat(excel.sheetRows()).as("the workbook's row for the aktivitet: Umeå under Röd")
                    .anySatisfy(r -> assertThat(r).contains(delmal).anySatisfy(c -> assertThat(c).startsWith("Aktivitet 1:")).contains("Umeå"));
            PortalApi.Download pdf = lbu.download("rapport/lagesbild-export?format=pdf&period=" + period);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(pdf.pdfText()).contains("Lägesbild " + code).contains("Delmål " + delmal).contains("Umeå");
            assertThat(se.samverkansportalen.web.export.pdf.PdfValidation.failures(pdf.content()))
                    .as("the lägesbild's PDF for the LBU meeting: PDF/UA-1 and PDF/A-3a").isEmpty();

            switchUser();
            browser.logInAs("socialchef.umea");
            browser.click(By.id("nav-overview"));
            browser.waitFor(By.id("period-switch"));
            browser.open(Browser.PORTAL_URL + "rapport/lagesbild.xhtml?period=" + period);
            assertThat(browser.waitFor(By.id(anchor + "-lights")).findElement(By.xpath(".//tbody/tr[1]/td[3]")).getText()).contains("Umeå");
            assertThat(browser.accessibilityViolations()).as("the lägesbild for a kommun").isEmpty();
            browser.screenshot("lagesbild-kommun");
        });
    }
}
