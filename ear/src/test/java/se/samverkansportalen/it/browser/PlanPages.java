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

    /** A förbättringsområde a test made: its title (with the run's mark) and number when made. */
    record Area(String title, int number) {
    }
}
