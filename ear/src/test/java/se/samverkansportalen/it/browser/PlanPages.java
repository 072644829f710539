package se.samverkansportalen.it.browser;

import org.openqa.selenium.By;
import se.samverkansportalen.it.support.TestArea;
import se.samverkansportalen.it.support.TestRun;

/**
 * The regional plan's edit pages as a logged-in coordinator uses them, for browser tests that
 * need a förbättringsområde and delmål of their own (the Västerbotten seed stays as it is). Areas
 * made here have titles starting like {@link TestArea#PREFIX} with the run's mark.
 */
final class PlanPages {

    private PlanPages() {
    }

    /** Adds a förbättringsområde of the test's own through its page; gives its title and number. */
    static Area addArea(Browser browser, String name) {
        String title = TestRun.unique(TestArea.PREFIX + name);
        browser.open(Browser.PORTAL_URL + "plan/omrade.xhtml");
        browser.fill(By.id("area-form:title"), title).fill(By.id("area-form:goal"), "Utvecklingsmål för " + title + ".");
        browser.click(By.id("area-form:save"));
        return new Area(title, numberOf(browser, title));
    }

    /** Adds a delmål to an area through the new-delmål page; gives its number ("7.1"). */
    static String addSubGoal(Browser browser, Area area, int n, String text, String timeframe) {
        String number = area.number() + "." + n;
        browser.open(Browser.PORTAL_URL + "index.xhtml");
        browser.click(By.cssSelector("#area-" + area.number() + " a[id$='new-subgoal-link']"));
        browser.fill(By.id("new-subgoal-form:number"), number).fill(By.id("new-subgoal-form:text"), text)
                .fill(By.id("new-subgoal-form:timeframe"), timeframe);
        browser.click(By.id("new-subgoal-form:create"));
        browser.waitUntilTextShown("Delmål " + number + " är skapat.");
        return number;
    }

    /**
     * Tells a coordinator's story on a delmål of the test's own: adds an area with one delmål
     * (text and tidsram as given), gives the story the delmål's number ("7.1") and removes the
     * area afterwards, also when the story fails. The browser is logged in as a coordinator.
     */
    static void onOwnDelmal(Browser browser, String name, String text, String timeframe,
            java.util.function.Consumer<String> story) {
        Area area = addArea(browser, name);
        try {
            story.accept(addSubGoal(browser, area, 1, text, timeframe));
        } finally {
            removeArea(browser, area.title());
        }
    }

    /** The area's number on the plan page now. */
    static int numberOf(Browser browser, String title) {
        browser.open(Browser.PORTAL_URL + "index.xhtml");
        String id = browser.waitFor(By.xpath("//h2[starts-with(@id, 'area-title-')][contains(normalize-space(.), "
                + "'" + title + "')]")).getAttribute("id");
        return Integer.parseInt(id.substring("area-title-".length()));
    }

    /** Removes the area through its page (confirming), as the coordinator cleans up. */
    static void removeArea(Browser browser, String title) {
        removeAreaNumbered(browser, numberOf(browser, title));
    }

    /** Removes the area of that number through its page (confirming). */
    static void removeAreaNumbered(Browser browser, int number) {
        browser.open(Browser.PORTAL_URL + "plan/omrade.xhtml?nr=" + number);
        browser.clickAndConfirm(By.id("area-order:remove-area"));
        browser.waitUntilTextShown("Förbättringsområde " + number + " är borttaget.");
    }

    /**
     * Chooses an ansvarig in a multi-select with search (a PrimeFaces selectCheckboxMenu with the
     * given client id) as a user does: opens it, types a part of the name into its search field,
     * ticks the name and closes the list with Esc.
     */
    static void chooseResponsible(Browser browser, String menuId, String name) {
        browser.click(By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-multiple-container"));
        String panel = "[id='" + menuId + "_panel']";
        org.openqa.selenium.WebElement filter = browser.waitFor(By.cssSelector(panel + " .ui-selectcheckboxmenu-filter-container input"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> filter.isDisplayed());
        // PrimeFaces may give the focus to the list's first name while the list opens, after typing has begun: a space
        // typed then lands on that name and ticks it ("FoU Välf" once ticked "Respektive kommun"). The search types
        // the name's first word only, and the name is then ticked by the mouse.
        filter.clear();
        String typed = name.substring(0, Math.min(name.length(), 8));
        filter.sendKeys(typed.contains(" ") ? typed.substring(0, typed.indexOf(' ')) : typed);
        browser.click(By.xpath("//*[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[normalize-space(.)=" + (name.contains("'") ? "\"" + name + "\"" : "'" + name + "'") + "]//div[contains(@class,'ui-chkbox-box')]"));
        filter.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        // The list closes with an animation: the page is read (and scanned) once it is gone.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).withMessage("the list to close")
                .until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(panel)));
    }

    /**
     * Chooses an ansvarig in a multi-select with search by keyboard alone (WCAG 2.1.1), as a user
     * without a mouse does: Tab from the field before it to the menu, Arrow down opens it with the
     * focus on its first name, Shift+Tab and Tab reach its search field, the typed part of the name
     * narrows the list, Arrow down moves into the list and on to the name, Space ticks it and Esc
     * closes the list.
     */
    static void chooseResponsibleByKeyboard(Browser browser, String fieldBefore, String menuId, String name) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).focus()", fieldBefore);
        browser.tabTo(menuId + "_focus", 20);
        browser.typeIntoFocused(org.openqa.selenium.Keys.ARROW_DOWN);
        String panel = "[id='" + menuId + "_panel']";
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage("the opened list has the focus").until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return !!document.activeElement.closest(arguments[0]);", panel)));
        // The focus is on the first name; Shift+Tab goes to the list's header, Tab on to its search field.
        browser.typeIntoFocused(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.TAB));
        org.openqa.selenium.WebElement filter = browser.driver().findElement(By.cssSelector(panel + " .ui-selectcheckboxmenu-filter-container input"));
        for (int i = 0; i < 3 && !browser.driver().switchTo().activeElement().equals(filter); i++) {
            browser.typeIntoFocused(org.openqa.selenium.Keys.TAB);
        }
        org.assertj.core.api.Assertions.assertThat(browser.driver().switchTo().activeElement()).as("the list's search field, reached by Tab")
                .isEqualTo(filter);
        browser.typeIntoFocused(name.substring(0, Math.min(name.length(), 8)));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage("the list narrowed to names with the typed part").until(d -> visibleItems(browser, menuId).contains(name)
                        && visibleItems(browser, menuId).stream().allMatch(n -> n.toLowerCase(java.util.Locale.ROOT)
                                .contains(name.substring(0, Math.min(name.length(), 8)).toLowerCase(java.util.Locale.ROOT))));
        browser.typeIntoFocused(org.openqa.selenium.Keys.ARROW_DOWN);
        for (int i = 0; i < visibleItems(browser, menuId).size() && !name.equals(focusedItem(browser)); i++) {
            browser.typeIntoFocused(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        org.assertj.core.api.Assertions.assertThat(focusedItem(browser)).as("the name reached with Arrow down").isEqualTo(name);
        browser.typeIntoFocused(org.openqa.selenium.Keys.SPACE);
        browser.typeIntoFocused(org.openqa.selenium.Keys.ESCAPE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage("the list closed by Esc").until(d -> !d.findElement(By.id(menuId + "_panel")).isDisplayed());
    }

    private static java.util.List<String> visibleItems(Browser browser, String menuId) {
        return browser.driver().findElements(By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectcheckboxmenu-item")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).map(e -> e.getText().strip()).toList();
    }

    /** The name of the list item whose checkbox has the focus, or null. */
    private static String focusedItem(Browser browser) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const li = document.activeElement.closest('li.ui-selectcheckboxmenu-item'); return li ? li.textContent.trim() : null;");
    }

    /** The names chosen in a multi-select (the tokens it shows). */
    static java.util.List<String> chosenResponsible(Browser browser, String menuId) {
        return browser.driver().findElements(By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-token-label")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** A förbättringsområde a test made: its title (with the run's mark) and number when made. */
    record Area(String title, int number) {
    }
}
