package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samverkansportalen.it.support.KeycloakUsers;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestRun;

/**
 * Umeå's socialchef finds her plans in a long list: she filters the table by part of a title and
 * sorts it by title from the keyboard; the order is Swedish (a, z, å, ä, ö), the heading tells
 * screen readers how it is sorted (aria-sort), every filter field has a name, and axe finds nothing
 * in each state. Nordmaling's socialchef (a user of the test's own) has more plans than a page
 * shows and goes to the next page from the keyboard. The plans are this test's own (titles marked
 * with this run); the paged ones are removed again.
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

    /** How many rows the local plan tables show on a page (local-plan-list.xhtml, rows="25"). */
    private static final int PAGE_SIZE = 25;

    @Test
    void a_socialchef_with_more_plans_than_a_page_goes_to_the_second_page_from_the_keyboard() {
        // Nordmaling's own editor: its list holds this test's plans only, and no other test's report
        // or list counts Nordmaling's plans. Two more plans than a page, so that the second page shows two.
        String editor = KeycloakUsers.kommunEditor("socialchef.nordmaling", "2401", "Nora", "Nordmalingsdotter");
        String prefix = TestRun.unique("Sidbyte");
        PortalApi api = PortalApi.as(editor);
        List<String> titles = new java.util.ArrayList<>();
        List<Long> made = new java.util.ArrayList<>();
        try {
            for (int n = 1; n <= PAGE_SIZE + 2; n++) {
                String title = prefix + " " + String.format("%02d", n);
                PortalApi.Answer created = api.post("lokala-planer", Json.createObjectBuilder()
                        .add("title", title).add("shape", "MEASURES").add("status", "DRAFT").build());
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                made.add(created.object().getJsonNumber("id").longValue());
                titles.add(title);
            }

            browser.logInAs(editor);
            browser.click(By.linkText("Lokala planer"));
            DataTables.filter(browser, "our-plans", "col-title", prefix);
            DataTables.sortByKeyboard(browser, "our-plans", "col-title");
            assertThat(heading().getAttribute("aria-sort")).isEqualTo("ascending");
            List<String> firstPage = titles.subList(0, PAGE_SIZE);
            DataTables.waitForColumn(browser, "our-plans", "col-title", firstPage);
            List<WebElement> pages = browser.driver().findElements(By.xpath(DataTables.pageButtons("our-plans")));
            assertThat(pages).as("a button for each of the two pages").extracting(p -> p.getText().strip()).containsExactly("1", "2");
            assertThat(DataTables.currentPage(browser, "our-plans")).as("the paginator says page 1 is shown").isEqualTo(1);
            assertThat(browser.accessibilityViolations()).as("the list, on its first page of two").isEmpty();

            DataTables.nextPageByKeyboard(browser, "our-plans");
            List<String> secondPage = titles.subList(PAGE_SIZE, PAGE_SIZE + 2);
            DataTables.waitForColumn(browser, "our-plans", "col-title", secondPage);
            assertThat(secondPage).as("the second page shows other plans than the first").doesNotContainAnyElementsOf(firstPage);
            assertThat(DataTables.currentPage(browser, "our-plans")).as("the paginator says page 2 is shown").isEqualTo(2);
            WebElement current = browser.driver().findElement(By.xpath(DataTables.pageButtons("our-plans") + "[@aria-current='page']"));
            assertThat(current.getAttribute("class")).as("page 2 shown as the current one").contains("ui-state-active");
            assertThat(current.getAttribute("aria-label")).as("the current page's button is named with its number").contains("2");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .withMessage(() -> "the focus to stay on the paginator, on page 2's button; it is on '"
                            + browser.driver().switchTo().activeElement().getText() + "'")
                    .until(d -> "page".equals(d.switchTo().activeElement().getAttribute("aria-current"))
                            && "2".equals(d.switchTo().activeElement().getText().strip()));
            assertThat(browser.accessibilityViolations()).as("the list, on its second page").isEmpty();
            browser.screenshot("local-plans-page-2");
        } finally {
            PortalApi cleaner = PortalApi.as(editor); // a fresh token: the first may have expired meanwhile
            for (long id : made) {
                cleaner.delete("lokala-planer/" + id);
            }
        }
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
