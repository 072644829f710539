package se.samverkansportalen.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's PrimeFaces DataTables as a user works them: typing into a column's filter (the table
 * is filtered by Ajax as one types) and reading the rows in the order shown.
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
}
