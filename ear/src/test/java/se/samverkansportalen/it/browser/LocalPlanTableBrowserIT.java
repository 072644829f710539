package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestRun;

/**
 * Umeå's socialchef finds her plans in a long list: she filters the table by part of a title and
 * sorts it by title from the keyboard; the order is Swedish (a, z, å, ä, ö), the heading tells
 * screen readers how it is sorted (aria-sort), every filter field has a name, and axe finds nothing
 * in each state. The plans are this test's own (titles marked with this run).
 */
class LocalPlanTableBrowserIT extends BrowserTestBase {

    @Test
    void the_socialchef_filters_her_plans_and_sorts_them_in_swedish_order_from_the_keyboard() {
        String prefix = TestRun.unique("Sorteringsprov");
        List<String> endings = List.of("Örnen", "Ärlan", "Zebran", "Åsnan", "Abborren");
        for (String ending : endings) {
            PortalApi.Answer created = PortalApi.as("socialchef.umea").post("lokala-planer", Json.createObjectBuilder()
                    .add("title", prefix + " " + ending).add("shape", "MEASURES").add("status", "DRAFT").build());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Lokala planer"));
        // PrimeFaces names each filter from its Swedish locale ("Filter" and the column's heading)
        // when its widget starts; data-tables.js puts the filters into the Tab order.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage(() -> "each filter named after its column, named: " + filterNames())
                .until(d -> !filterNames().isEmpty() && filterNames().stream().allMatch(n -> n.startsWith("Filter ")));
        List<WebElement> filters = browser.driver().findElements(By.cssSelector("#our-plans input.ui-column-filter"));
        assertThat(filters).as("a filter field per filterable column").isNotEmpty().allSatisfy(filter -> {
            String heading = filter.findElement(By.xpath("ancestor::th[1]//*[contains(@class, 'ui-column-title')]")).getText().trim();
            assertThat(filter.getAttribute("aria-label")).as("the filter's name").isEqualTo("Filter " + heading);
            assertThat(filter.getAttribute("tabindex")).as("the filter is in the Tab order").isNotEqualTo("-1");
        });
        assertThat(browser.accessibilityViolations()).as("the list of plans as a DataTable").isEmpty();

        DataTables.filter(browser, "our-plans", "col-title", prefix);
        assertThat(DataTables.column(browser, "our-plans", "col-title")).as("only this test's plans").hasSize(5);
        assertThat(browser.accessibilityViolations()).as("the list, filtered").isEmpty();

        DataTables.sortByKeyboard(browser, "our-plans", "col-title");
        assertThat(heading().getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(heading().getAttribute("tabindex")).as("the sortable heading is reached by Tab").isEqualTo("0");
        waitForOrder(List.of("Abborren", "Zebran", "Åsnan", "Ärlan", "Örnen"), prefix);
        assertThat(browser.accessibilityViolations()).as("the list, sorted by title").isEmpty();
        browser.screenshot("local-plans-sorted");

        DataTables.sortByKeyboard(browser, "our-plans", "col-title");
        assertThat(heading().getAttribute("aria-sort")).isEqualTo("descending");
        waitForOrder(List.of("Örnen", "Ärlan", "Åsnan", "Zebran", "Abborren"), prefix);

        DataTables.filter(browser, "our-plans", "col-title", prefix + " å");
        assertThat(DataTables.column(browser, "our-plans", "col-title")).as("filtered without regard to case")
                .containsExactly(prefix + " Åsnan");
    }

    private List<String> filterNames() {
        return browser.driver().findElements(By.cssSelector("#our-plans input.ui-column-filter")).stream()
                .map(f -> String.valueOf(f.getAttribute("aria-label"))).toList();
    }

    private WebElement heading() {
        return browser.driver().findElement(By.xpath(DataTables.table("our-plans") + "//th[contains(@class, 'col-title')]"));
    }

    private void waitForOrder(List<String> endings, String prefix) {
        List<String> expected = endings.stream().map(e -> prefix + " " + e).toList();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "the order " + endings + ", shown: " + DataTables.column(browser, "our-plans", "col-title"))
                .until(d -> DataTables.column(browser, "our-plans", "col-title").equals(expected));
    }
}
