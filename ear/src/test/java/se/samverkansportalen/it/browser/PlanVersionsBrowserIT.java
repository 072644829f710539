package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The coordinator grows the plan with a new delmål, has it fastställd, keeps working on it and
 * shows the network what changed since the decision.
 */
@Order(5)
class PlanVersionsBrowserIT extends BrowserTestBase {

    @Test
    void the_coordinator_adds_a_delmal_with_two_aktiviteter_adopts_edits_again_and_compares_versions() {
        browser.logInAs("samordnare");
        browser.click(By.cssSelector("#area-3 a[id$='edit-area-link']"));
        assertThat(browser.value(By.id("area-form:title"))).isEqualTo("Stärka familjehemsvården");
        assertThat(browser.accessibilityViolations()).as("the area page").isEmpty();
        browser.click(By.id("area-form:back"));
        browser.click(By.cssSelector("#area-3 a[id$='new-subgoal-link']"));
        browser.fill(By.id("new-subgoal-form:number"), "3.6")
                .fill(By.id("new-subgoal-form:text"), "Utveckla stödet till släktingfamiljehem.")
                .fill(By.id("new-subgoal-form:timeframe"), "2027");
        assertThat(browser.accessibilityViolations()).as("the new-delmål page").isEmpty();
        browser.click(By.id("new-subgoal-form:create"));
        browser.waitUntilTextShown("Delmål 3.6 är skapat.");

        browser.click(By.xpath("//label[normalize-space()='Arbetsgruppen familjehemsvård VB']"));
        browser.click(By.xpath("//label[normalize-space()='Respektive kommun']"));
        browser.fill(By.id("subgoal-form:new-activity"), "Kartlägga släktingplaceringar i länet.");
        browser.click(By.id("subgoal-form:add-activity"));
        browser.waitUntilTextShown("Aktiviteten är tillagd.");
        browser.fill(By.id("subgoal-form:new-activity"), "Erbjuda släktingfamiljehem samma utbildning som andra familjehem.");
        browser.driver().findElement(By.id("subgoal-form:new-per-kommun")).click();
        browser.click(By.id("subgoal-form:add-activity"));
        browser.waitUntilTextShown("Aktiviteten är tillagd.");
        assertThat(browser.driver().findElements(By.cssSelector("textarea[id$='activity-text']"))).hasSize(2);
        browser.click(By.cssSelector("details.activity-own summary"));
        browser.click(By.xpath("(//details[contains(@class,'activity-own')])[1]//label[normalize-space()='FoU Välfärd']"));
        browser.fill(By.cssSelector("input[id$=':0:activity-timeframe']"), "Hösten 2027");
        browser.click(By.id("subgoal-form:save"));
        browser.waitUntilTextShown("Delmål 3.6 är sparat.");
        assertThat(browser.text(By.cssSelector("details.activity-own summary"))).as("the first aktivitet's own ansvariga")
                .isEqualTo("Ansvariga och tidsram för aktivitet 1: FoU Välfärd, Hösten 2027");

        browser.click(By.linkText("Versioner"));
        browser.fill(By.id("adopt-form:adopted-on"), LocalDate.now().toString())
                .fill(By.id("adopt-form:decided-by"), "Socialchefsnätverket")
                .fill(By.id("adopt-form:registration-number"), "FoU 2026/140");
        browser.clickAndConfirm(By.id("adopt-form:adopt"));
        browser.waitUntilTextShown("Planen är fastställd.");
        assertThat(browser.text(By.id("versions"))).contains("FoU 2026/140").contains("Socialchefsnätverket");
        assertThat(browser.driver().findElements(By.id("adopt-form"))).as("nothing left to adopt").isEmpty();
        browser.click(By.cssSelector("#versions tbody tr:last-child th a"));
        assertThat(browser.text(By.id("plan-version"))).contains("fastställd");
        assertThat(browser.driver().findElements(By.cssSelector("a.edit-link"))).as("an old version is read only").isEmpty();
        assertThat(browser.accessibilityViolations()).as("a version's page").isEmpty();

        browser.click(By.linkText("Regional plan"));
        assertThat(browser.text(By.cssSelector("#area-3 table"))).contains("Respektive kommun")
                .contains("Kartlägga släktingplaceringar i länet.").contains("Hösten 2027");
        browser.click(By.cssSelector("th[id='delmal-3.6'] a.edit-link"));
        browser.fill(By.id("subgoal-form:timeframe"), "2027–2028");
        browser.click(By.id("subgoal-form:save"));
        browser.waitUntilTextShown("Delmål 3.6 är sparat.");
        assertThat(browser.accessibilityViolations()).as("the edit page with its ansvariga").isEmpty();

        browser.click(By.linkText("Versioner"));
        browser.click(By.id("compare-form:compare"));
        assertThat(browser.text(By.id("comparison"))).contains("Delmål 3.6").contains("Ändrad").contains("Tidsram")
                .contains("2027").contains("2027–2028");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void a_socialchef_reads_who_changed_a_delmal_and_the_versions_but_cannot_adopt() {
        browser.logInAs("samordnare");
        browser.click(By.cssSelector("th[id='delmal-2.1'] a.edit-link"));
        browser.fill(By.id("subgoal-form:timeframe"), "Hösten 2016");
        browser.click(By.id("subgoal-form:save"));
        browser.waitUntilTextShown("Delmål 2.1 är sparat.");
        switchUser();

        browser.logInAs("socialchef.skelleftea");
        browser.click(By.cssSelector("th[id='delmal-2.1'] a.history-link"));
        browser.waitFor(By.id("history"));
        assertThat(browser.text(By.id("history"))).contains("Karin Forsberg").contains("Ändrad: Tidsram")
                .contains("Våren 2016").contains("Hösten 2016");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.click(By.linkText("Versioner"));
        browser.waitFor(By.id("versions"));
        assertThat(browser.driver().findElements(By.id("adopt-form"))).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.click(By.linkText("Aktörer"));
        assertThat(browser.text(By.id("actors"))).contains("Länsgrupp barn och unga (LBU)");
        assertThat(browser.driver().findElements(By.id("actor-form"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("button[id$=':edit']"))).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void the_coordinator_renames_an_actor_and_moves_an_area_and_a_delmal_and_the_pages_meet_WCAG_2_1_AA() {
        browser.logInAs("samordnare");
        browser.click(By.linkText("Aktörer"));
        browser.click(By.xpath("//tr[th[normalize-space()='IFO-chefsnätverket']]//button[contains(@id,':edit')]"));
        assertThat(browser.value(By.id("actor-form:name"))).isEqualTo("IFO-chefsnätverket");
        browser.fill(By.id("actor-form:name"), "Nätverket för IFO-chefer");
        assertThat(browser.accessibilityViolations()).as("the catalogue while editing an actor").isEmpty();
        browser.click(By.id("actor-form:add"));
        browser.waitUntilTextShown("Nätverket för IFO-chefer är sparad.");
        assertThat(browser.text(By.id("actors"))).contains("Nätverket för IFO-chefer").doesNotContain("IFO-chefsnätverket");

        browser.click(By.linkText("Regional plan"));
        browser.click(By.cssSelector("#area-2 a[id$='edit-area-link']"));
        browser.waitFor(By.id("area-order:move-down"));
        assertThat(browser.accessibilityViolations()).as("the area page with its order controls").isEmpty();
        browser.click(By.id("area-order:move-down"));
        browser.waitUntilTextShown("Förbättringsområdet har nu nummer 3.");
        browser.click(By.id("area-order:move-up"));
        browser.waitUntilTextShown("Förbättringsområdet har nu nummer 2.");

        browser.click(By.linkText("Regional plan"));
        browser.click(By.cssSelector("th[id='delmal-1.2'] a.edit-link"));
        String text = browser.value(By.id("subgoal-form:text"));
        browser.click(By.id("subgoal-form:move-subgoal-up"));
        browser.waitUntilTextShown("Delmålet har flyttats och har nu nummer 1.1.");
        browser.click(By.linkText("Regional plan"));
        assertThat(browser.text(By.cssSelector("tr:has(th[id='delmal-1.1'])"))).contains(text);
    }
}
