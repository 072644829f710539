package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * FoU Välfärd's coordinator keeps the regional plan up to date in the browser; a socialchef reads
 * it and cannot change it; two coordinators on the same delmål are told about each other. The
 * coordinator's stories edit a förbättringsområde the test makes and removes again.
 */
class RegionalPlanEditingBrowserIT extends BrowserTestBase {

    @Test
    void the_coordinator_changes_a_tidsram_and_adds_an_aktivitet_and_the_plan_shows_them() {
        browser.logInAs("samordnare");
        PlanPages.onOwnDelmal(browser, "Tidsram", "Att nyanställda får en gemensam start.", "2027",
                this::theCoordinatorChangesATidsramAndAddsAnAktivitet);
    }

    private void theCoordinatorChangesATidsramAndAddsAnAktivitet(String delmal) {
        openEditorOf(browser, delmal);
        browser.waitFor(By.id("subgoal-form:timeframe")).clear();
        browser.driver().findElement(By.id("subgoal-form:timeframe")).sendKeys("Våren 2018");
        browser.driver().findElement(By.id("subgoal-form:new-activity")).sendKeys("Gemensam introduktion för nyanställda.");
        browser.driver().findElement(By.id("subgoal-form:new-per-kommun")).click();

        browser.click(By.id("subgoal-form:add-activity"));

        browser.waitUntilTextShown("Aktiviteten är tillagd.");
        assertThat(browser.text(By.id("messages"))).as("Lägg till aktivitet does not save the delmål")
                .doesNotContain("är sparat");
        assertThat(browser.text(By.cssSelector(".new-activity-note"))).contains("inte sparad ännu");
        assertThat(browser.value(By.id("subgoal-form:timeframe"))).as("the typed tidsram stays in the form").isEqualTo("Våren 2018");
        assertThat(browser.accessibilityViolations()).as("the delmål with an aktivitet not saved yet").isEmpty();
        browser.click(By.id("subgoal-form:save"));
        browser.waitUntilTextShown("Delmål " + delmal + " är sparat.");
        browser.click(By.id("subgoal-form:back"));
        String area = delmal.substring(0, delmal.indexOf('.'));
        String row = browser.text(By.id("delmal-" + delmal)) + browser.text(By.cssSelector("#area-" + area + " table"));
        assertThat(row).contains("Våren 2018").contains("Gemensam introduktion för nyanställda.");
    }

    @Test
    void a_socialchef_sees_no_edit_controls_and_the_edit_page_refuses_her() {
        browser.logInAs("samordnare");
        String editUrl = editLinkOf("1.1");
        switchUser();

        browser.logInAs("socialchef.umea");
        assertThat(browser.driver().findElements(By.cssSelector("a.edit-link"))).isEmpty();

        browser.open(editUrl);
        browser.waitUntilTextShown("Bara regionala samordnare kan ändra den regionala planen.");
        assertThat(browser.driver().findElements(By.id("subgoal-form"))).isEmpty();
    }

    @Test
    void the_second_of_two_coordinators_saving_the_same_delmal_sees_the_first_ones_change_and_keeps_her_text() {
        browser.logInAs("samordnare");
        PlanPages.onOwnDelmal(browser, "Två samordnare", "Att kartlägga socialsekreterarnas behov.", "2027",
                this::twoCoordinatorsSaveTheSameDelmal);
    }

    private void twoCoordinatorsSaveTheSameDelmal(String delmal) {
        try (Browser other = new Browser()) {
            openEditorOf(browser, delmal);
            openEditorOf(other.logInAs("samordnare"), delmal);

            replaceText(browser, "Att analysera behoven hos socialsekreterarna i varje kommun.");
            browser.click(By.id("subgoal-form:save"));
            browser.waitUntilTextShown("Delmål " + delmal + " är sparat.");

            replaceText(other, "Att kartlägga arbetsförhållandena.");
            other.click(By.id("subgoal-form:save"));

            other.waitFor(By.id("conflict"));
            assertThat(other.text(By.id("messages"))).contains("Delmålet har ändrats av Karin Forsberg");
            assertThat(other.text(By.id("conflict-text"))).isEqualTo("Att analysera behoven hos socialsekreterarna i varje kommun.");
            assertThat(other.value(By.id("subgoal-form:text")))
                    .isEqualTo("Att kartlägga arbetsförhållandena.");
            openEditorOf(other, delmal);
            other.waitFor(By.id("drafts-restored"));
            assertThat(other.value(By.id("subgoal-form:text"))).as("her unsaved text, put back when she comes again")
                    .isEqualTo("Att kartlägga arbetsförhållandena.");
            assertThat(other.text(By.id("subgoal-form:text-draft-note"))).as("the stored text, beside it")
                    .contains("Att analysera behoven hos socialsekreterarna i varje kommun.");
            other.click(By.id("drafts-discard"));
            assertThat(other.value(By.id("subgoal-form:text"))).as("discarded: the first coordinator's text, as stored")
                    .isEqualTo("Att analysera behoven hos socialsekreterarna i varje kommun.");
        }
    }

    @Test
    void a_delmal_can_be_edited_by_keyboard_alone_and_the_edit_page_meets_WCAG_2_1_AA() {
        browser.logInAs("samordnare");
        PlanPages.onOwnDelmal(browser, "Tangentbord", "Att stödet når alla.", "Våren 2018", this::editByKeyboard);
    }

    private void editByKeyboard(String delmal) {
        openEditorOf(browser, delmal);
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.driver().findElement(By.tagName("body")).click();
        browser.tabTo("subgoal-form:timeframe", 40)
                .typeIntoFocused(Keys.chord(Keys.CONTROL, "a"), "Hösten 2018");
        browser.tabTo("subgoal-form:save", 90).typeIntoFocused(Keys.ENTER);

        browser.waitUntilTextShown("Delmål " + delmal + " är sparat.");
        openEditorOf(browser, delmal);
        assertThat(browser.value(By.id("subgoal-form:timeframe"))).as("read again from the plan")
                .isEqualTo("Hösten 2018");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private static void openEditorOf(Browser browser, String delmal) {
        browser.open(Browser.PORTAL_URL + "index.xhtml");
        browser.open(editLinkOf(browser, delmal));
        browser.waitFor(By.id("subgoal-form:text"));
    }

    private String editLinkOf(String delmal) {
        return editLinkOf(browser, delmal);
    }

    private static String editLinkOf(Browser browser, String delmal) {
        return browser.waitFor(By.cssSelector("th[id='delmal-" + delmal + "'] a.edit-link")).getAttribute("href");
    }

    private static void replaceText(Browser browser, String text) {
        var field = browser.driver().findElement(By.id("subgoal-form:text"));
        field.clear();
        field.sendKeys(text);
    }
}
