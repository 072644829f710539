package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverkansportalen.it.support.TestRun;

/**
 * The coordinator grows the plan with a new delmål, has it fastställd, keeps working on it and
 * shows the network what changed since the decision. What the coordinator changes is a
 * förbättringsområde, delmål and actor the test makes (and removes again).
 */
class PlanVersionsBrowserIT extends BrowserTestBase {

    private static final java.time.ZoneId SWEDEN = java.time.ZoneId.of("Europe/Stockholm");

    @Test
    void the_coordinator_adds_a_delmal_with_two_aktiviteter_adopts_edits_again_and_compares_versions() {
        browser.logInAs("samordnare");
        browser.click(By.cssSelector("#area-3 a[id$='edit-area-link']"));
        assertThat(browser.value(By.id("area-form:title"))).isEqualTo("Stärka familjehemsvården");
        assertThat(browser.accessibilityViolations()).as("the area page").isEmpty();
        browser.click(By.id("area-form:back"));
        PlanPages.Area area = PlanPages.addArea(browser, "Släktingfamiljehem");
        try {
            addsAdoptsEditsAndCompares(area.number());
        } finally {
            PlanPages.removeArea(browser, area.title());
        }
    }

    private void addsAdoptsEditsAndCompares(int area) {
        String delmal = area + ".1";
        String registrationNumber = "FoU " + TestRun.MARK + "/140";
        browser.open(Browser.PORTAL_URL + "index.xhtml");
        browser.click(By.cssSelector("#area-" + area + " a[id$='new-subgoal-link']"));
        browser.fill(By.id("new-subgoal-form:number"), delmal)
                .fill(By.id("new-subgoal-form:text"), "Utveckla stödet till släktingfamiljehem.")
                .fill(By.id("new-subgoal-form:timeframe"), "2027");
        assertThat(browser.accessibilityViolations()).as("the new-delmål page").isEmpty();
        browser.click(By.id("new-subgoal-form:create"));
        browser.waitUntilTextShown("Delmål " + delmal + " är skapat.");

        browser.click(By.xpath("//label[normalize-space()='Arbetsgruppen familjehemsvård VB']"));
        browser.click(By.xpath("//label[normalize-space()='Respektive kommun']"));
        browser.fill(By.id("subgoal-form:new-activity"), "Kartlägga släktingplaceringar i länet.");
        browser.click(By.id("subgoal-form:add-activity"));
        browser.waitUntilTextShown("Aktiviteten är tillagd.");
        browser.fill(By.id("subgoal-form:new-activity"), "Erbjuda släktingfamiljehem samma utbildning som andra familjehem.");
        browser.click(By.id("subgoal-form:add-activity"));
        browser.waitUntilTextShown("Aktiviteten är tillagd.");
        assertThat(browser.driver().findElements(By.cssSelector("textarea[id$='activity-text']"))).hasSize(2);
        browser.click(By.cssSelector("details.activity-own summary"));
        browser.click(By.xpath("(//details[contains(@class,'activity-own')])[1]//label[normalize-space()='FoU Välfärd']"));
        browser.fill(By.cssSelector("input[id$=':0:activity-timeframe']"), "Hösten 2027");
        browser.click(By.id("subgoal-form:save"));
        browser.waitUntilTextShown("Delmål " + delmal + " är sparat.");
        browser.open(Browser.PORTAL_URL + "plan/delmal.xhtml?item=" + subGoalKey(delmal));
        assertThat(browser.text(By.cssSelector("details.activity-own summary"))).as("the first aktivitet's own ansvariga, read again")
                .isEqualTo("Ansvariga och tidsram för aktivitet 1: FoU Välfärd, Hösten 2027");

        browser.click(By.linkText("Versioner"));
        browser.fill(By.id("adopt-form:adopted-on"), java.time.LocalDate.now(SWEDEN).toString())
                .fill(By.id("adopt-form:decided-by"), "Socialchefsnätverket")
                .fill(By.id("adopt-form:registration-number"), registrationNumber);
        browser.clickAndConfirm(By.id("adopt-form:adopt"));
        browser.waitUntilTextShown("Planen är fastställd.");
        assertThat(browser.text(By.id("versions"))).contains(registrationNumber).contains("Socialchefsnätverket");
        assertThat(browser.driver().findElements(By.id("adopt-form"))).as("nothing left to adopt").isEmpty();
        browser.click(By.cssSelector("#versions tbody tr:last-child th a"));
        assertThat(browser.text(By.id("plan-version"))).contains("fastställd");
        assertThat(browser.driver().findElements(By.cssSelector("a.edit-link"))).as("an old version is read only").isEmpty();
        assertThat(browser.accessibilityViolations()).as("a version's page").isEmpty();

        browser.click(By.linkText("Regional plan"));
        assertThat(browser.text(By.cssSelector("#area-" + area + " table"))).contains("Respektive kommun")
                .contains("Kartlägga släktingplaceringar i länet.").contains("Hösten 2027");
        browser.click(By.cssSelector("th[id='delmal-" + delmal + "'] a.edit-link"));
        browser.fill(By.id("subgoal-form:timeframe"), "2027–2028");
        browser.click(By.id("subgoal-form:save"));
        browser.waitUntilTextShown("Delmål " + delmal + " är sparat.");
        assertThat(browser.accessibilityViolations()).as("the edit page with its ansvariga").isEmpty();

        browser.click(By.linkText("Versioner"));
        browser.click(By.id("compare-form:compare"));
        assertThat(browser.text(By.id("comparison"))).contains("Delmål " + delmal).contains("Ändrad").contains("Tidsram")
                .contains("2027").contains("2027–2028");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void a_socialchef_reads_who_changed_a_delmal_and_the_versions_but_cannot_adopt() {
        try (Browser coordinator = new Browser()) {
            coordinator.logInAs("samordnare");
            PlanPages.Area area = PlanPages.addArea(coordinator, "Historik");
            String delmal = PlanPages.addSubGoal(coordinator, area, 1, "Att familjehemmen får stöd.", "Våren 2016");
            try {
                coordinator.fill(By.id("subgoal-form:timeframe"), "Hösten 2016");
                coordinator.click(By.id("subgoal-form:save"));
                coordinator.waitUntilTextShown("Delmål " + delmal + " är sparat.");

                aSocialchefReadsTheHistory(delmal);
            } finally {
                PlanPages.removeArea(coordinator, area.title());
            }
        }
    }

    private void aSocialchefReadsTheHistory(String delmal) {
        browser.logInAs("socialchef.skelleftea");
        browser.click(By.cssSelector("th[id='delmal-" + delmal + "'] a.history-link"));
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
        String name = TestRun.unique("IFO-chefsnätverket");
        String newName = TestRun.unique("Nätverket för IFO-chefer");
        browser.logInAs("samordnare");
        browser.click(By.linkText("Aktörer"));
        browser.fill(By.id("actor-form:name"), name);
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("actor-form:kind"))).selectByValue("NETWORK");
        browser.click(By.id("actor-form:add"));
        browser.waitUntilTextShown(name + " finns nu i katalogen.");
        browser.click(By.xpath("//tr[th[normalize-space()='" + name + "']]//button[contains(@id,':edit')]"));
        assertThat(browser.value(By.id("actor-form:name"))).isEqualTo(name);
        browser.fill(By.id("actor-form:name"), newName);
        assertThat(browser.accessibilityViolations()).as("the catalogue while editing an actor").isEmpty();
        browser.click(By.id("actor-form:add"));
        browser.waitUntilTextShown(newName + " är sparad.");
        browser.open(Browser.PORTAL_URL + "plan/aktorer.xhtml");
        assertThat(browser.text(By.id("actors"))).as("read again").contains(newName).doesNotContain(name);

        PlanPages.Area first = PlanPages.addArea(browser, "Flyttas ner");
        PlanPages.Area second = PlanPages.addArea(browser, "Flyttas upp");
        try {
            PlanPages.addSubGoal(browser, second, 1, "Det första delmålet.", "2027");
            PlanPages.addSubGoal(browser, second, 2, "Det andra delmålet.", "2027");
            browser.open(Browser.PORTAL_URL + "plan/omrade.xhtml?nr=" + first.number());
            browser.waitFor(By.id("area-order:move-down"));
            assertThat(browser.accessibilityViolations()).as("the area page with its order controls").isEmpty();
            browser.click(By.id("area-order:move-down"));
            browser.waitUntilTextShown("Förbättringsområdet har nu nummer " + second.number() + ".");
            assertThat(PlanPages.numberOf(browser, second.title())).as("the other area moved up").isEqualTo(first.number());
            browser.open(Browser.PORTAL_URL + "plan/omrade.xhtml?nr=" + second.number());
            browser.click(By.id("area-order:move-up"));
            browser.waitUntilTextShown("Förbättringsområdet har nu nummer " + first.number() + ".");

            int n = second.number();
            browser.click(By.linkText("Regional plan"));
            browser.click(By.cssSelector("th[id='delmal-" + n + ".2'] a.edit-link"));
            browser.click(By.id("subgoal-form:move-subgoal-up"));
            browser.waitUntilTextShown("Delmålet har flyttats och har nu nummer " + n + ".1.");
            browser.click(By.linkText("Regional plan"));
            assertThat(browser.text(By.cssSelector("tr:has(th[id='delmal-" + n + ".1'])"))).contains("Det andra delmålet.");
            assertThat(browser.text(By.cssSelector("tr:has(th[id='delmal-" + n + ".2'])"))).contains("Det första delmålet.");
        } finally {
            PlanPages.removeArea(browser, second.title());
            PlanPages.removeArea(browser, first.title());
        }
    }

    private static String subGoalKey(String number) {
        return se.samverkansportalen.it.support.TestDatabase.column("SELECT s.item_key FROM sub_goal s JOIN improvement_area a ON a.id = s.area_id "
                + "JOIN plan_version v ON v.id = a.version_id WHERE s.number = ? ORDER BY v.number DESC LIMIT 1", number).get(0);
    }
}
