package se.samverkansportalen.it.browser;

import java.text.Collator;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's PrimeFaces DataTables as a user works them: typing into a column's filter (the table
 * is filtered by Ajax as one types), sorting by a heading and paging from the keyboard, and reading
 * the rows in the order shown.
 */
final class DataTables {

    private DataTables() {
    }

    /** The XPath of the table's container (the DataTable's client id, e.g. "periods-form:periods"). */
    static String table(String clientId) {
        return "//div[@id='" + clientId + "']";
    }

    /** The XPath of the row whose first cell reads the given text. */
    static String row(String clientId, String firstCell) {
        return table(clientId) + "//tbody/tr[td[1][normalize-space()='" + firstCell + "']]";
    }

    /**
     * Types the text into the filter of the column with the given style class and waits until
     * every row shown contains it in that column (or the table says nothing matches).
     */
    static void filter(Browser browser, String clientId, String columnClass, String text) {
        WebElement input = browser.waitFor(By.xpath(table(clientId) + "//th[contains(@class, '" + columnClass
                + "')]//input[contains(@class, 'ui-column-filter')]"));
        input.clear();
        input.sendKeys(text);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "the table " + clientId + " filtered by '" + text + "'")
                .until(d -> {
                    List<String> cells = column(browser, clientId, columnClass);
                    return !cells.isEmpty() && cells.stream().allMatch(c -> c.toLowerCase(java.util.Locale.ROOT)
                            .contains(text.toLowerCase(java.util.Locale.ROOT)))
                            || !d.findElements(By.xpath(table(clientId) + "//tr[contains(@class, 'ui-datatable-empty-message')]")).isEmpty();
                });
    }

    /** The texts of the column with the given style class, top to bottom as shown. */
    static List<String> column(Browser browser, String clientId, String columnClass) {
        return browser.driver().findElements(By.xpath(table(clientId) + "//tbody/tr/td[contains(@class, '" + columnClass + "')]"))
                .stream().map(e -> e.getText().strip()).toList();
    }

    /** Sorts by the column with the given style class from the keyboard: focus its heading and press Enter. */
    static void sortByKeyboard(Browser browser, String clientId, String columnClass) {
        WebElement heading = browser.waitFor(By.xpath(table(clientId) + "//th[contains(@class, '" + columnClass + "')]"));
        String before = heading.getAttribute("aria-sort");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", heading);
        browser.typeIntoFocused(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "the column " + columnClass + " to be sorted")
                .until(d -> {
                    String now = d.findElement(By.xpath(table(clientId) + "//th[contains(@class, '" + columnClass + "')]"))
                            .getAttribute("aria-sort");
                    return now != null && !now.equals(before) && !now.equals("none");
                });
    }

    /**
     * The order PrimeFaces sorts a text column in on the portal's tables ({@code dataLocale="sv"}):
     * Swedish collation (a, z, å, ä, ö) of the texts in lower case.
     */
    static Comparator<String> swedishOrder() {
        Locale swedish = Locale.forLanguageTag("sv");
        Collator collator = Collator.getInstance(swedish);
        return (a, b) -> collator.compare(a.toLowerCase(swedish), b.toLowerCase(swedish));
    }

    /** Waits until the column with the given style class reads exactly the given texts, top to bottom. */
    static void waitForColumn(Browser browser, String clientId, String columnClass, List<String> expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "the column " + columnClass + " of " + clientId + " to read " + expected + ", it reads "
                        + column(browser, clientId, columnClass))
                .until(d -> column(browser, clientId, columnClass).equals(expected));
    }

    /** The XPath of the page buttons of the table's paginator (one button per page it offers). */
    static String pageButtons(String clientId) {
        return table(clientId) + "//*[contains(@class, 'ui-paginator-pages')]/button[contains(@class, 'ui-paginator-page')]";
    }

    /**
     * The number of the page the paginator marks as the current one for screen readers
     * ({@code aria-current="page"} on its button), or 0 when it marks none or more than one.
     */
    static int currentPage(Browser browser, String clientId) {
        List<WebElement> current = browser.driver().findElements(By.xpath(pageButtons(clientId) + "[@aria-current='page']"));
        return current.size() == 1 ? Integer.parseInt(current.get(0).getText().strip()) : 0;
    }

    /**
     * Goes to the next page from the keyboard, as a user without a mouse does: puts the focus on
     * the current page's button, presses Tab (which must reach the next page's button) and Enter,
     * and waits until the paginator marks the next page as the current one.
     *
     * @throws AssertionError when Tab does not reach the next page's button
     */
    static void nextPageByKeyboard(Browser browser, String clientId) {
        int page = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "the paginator of " + clientId + " to mark a current page")
                .until(d -> currentPage(browser, clientId) > 0 ? currentPage(browser, clientId) : null);
        WebElement current = browser.waitFor(By.xpath(pageButtons(clientId) + "[@aria-current='page']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", current);
        browser.typeIntoFocused(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        String classes = String.valueOf(focused.getAttribute("class"));
        if (!classes.contains("ui-paginator-page") || !String.valueOf(page + 1).equals(focused.getText().strip())) {
            throw new AssertionError("Tab from the button of page " + page + " reached '" + focused.getText().strip() + "' ("
                    + focused.getTagName() + " class '" + classes + "'), not the button of page " + (page + 1));
        }
        browser.typeIntoFocused(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "the paginator of " + clientId + " to mark page " + (page + 1) + " as the current one, it marks "
                        + currentPage(browser, clientId))
                .until(d -> currentPage(browser, clientId) == page + 1);
    }
}
