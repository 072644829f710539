package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverkansportalen.it.support.TestRun;

/**
 * The coordinator grows the plan with a new delmål, has it fastställd, keeps working on it (in the
 * utkast, which the plan page shows her) and shows the network what changed since the decision;
 * Umeå's socialchef meanwhile reads the fastställd version as the plan, told of the newer utkast. What the coordinator changes is a
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
        PlanPages.chooseResponsible(browser, "new-subgoal-form:responsible", "Arbetsgruppen familjehemsvård VB");
        assertThat(PlanPages.chosenResponsible(browser, "new-subgoal-form:responsible")).as("the ansvarig chosen by searching")
                .containsExactly("Arbetsgruppen familjehemsvård VB");
        assertThat(browser.accessibilityViolations()).as("the new-delmål page with an ansvarig chosen").isEmpty();
        browser.click(By.id("new-subgoal-form:create"));
        browser.waitUntilTextShown("Delmål " + delmal + " är skapat.");
        assertThat(PlanPages.chosenResponsible(browser, "subgoal-form:responsible")).as("stored with the new delmål")
                .containsExactly("Arbetsgruppen familjehemsvård VB");

        PlanPages.chooseResponsibleByKeyboard(browser, "subgoal-form:text", "subgoal-form:responsible", "Respektive kommun");
        assertThat(browser.focusedId()).as("Esc gives the focus back to the multi-select").isEqualTo("subgoal-form:responsible_focus");
        browser.fill(By.id("subgoal-form:new-activity"), "Kartlägga släktingplaceringar i länet.");
        browser.click(By.id("subgoal-form:add-activity"));
        browser.waitUntilTextShown("Aktiviteten är tillagd.");
        browser.fill(By.id("subgoal-form:new-activity"), "Erbjuda släktingfamiljehem samma utbildning som andra familjehem.");
        browser.click(By.id("subgoal-form:add-activity"));
        browser.waitUntilTextShown("Aktiviteten är tillagd.");
        assertThat(browser.driver().findElements(By.cssSelector("textarea[id$='activity-text']"))).hasSize(2);
        assertThat(activitiesStored(delmal)).as("Lägg till aktivitet changes the form only, until Spara").isZero();
        assertThat(PlanPages.chosenResponsible(browser, "subgoal-form:responsible")).as("what was chosen stays in the form")
                .containsExactlyInAnyOrder("Arbetsgruppen familjehemsvård VB", "Respektive kommun");
        browser.click(By.id("subgoal-form:save"));
        browser.waitUntilTextShown("Delmål " + delmal + " är sparat.");
        assertThat(activitiesStored(delmal)).as("stored with Spara").isEqualTo(2);
        assertThat(browser.driver().getCurrentUrl()).as("the address after a save names the delmål")
                .contains("plan/delmal.xhtml?item=" + subGoalKey(delmal));
        browser.driver().navigate().refresh();
        assertThat(browser.value(By.id("subgoal-form:number"))).as("the address, loaded again (a bookmark)").isEqualTo(delmal);

        browser.click(By.cssSelector("details.activity-own summary"));
        PlanPages.chooseResponsible(browser, "subgoal-form:activities:0:activity-responsible", "FoU Välfärd");
        browser.fill(By.cssSelector("input[id$=':0:activity-timeframe']"), "Hösten 2027");
        browser.click(By.id("subgoal-form:save"));
        browser.waitUntilTextShown("Delmål " + delmal + " är sparat.");
        browser.open(Browser.PORTAL_URL + "plan/delmal.xhtml?item=" + subGoalKey(delmal));
        assertThat(browser.text(By.cssSelector("details.activity-own summary"))).as("the first aktivitet's own ansvariga, read again")
                .isEqualTo("Ansvariga och tidsram för aktivitet 1: FoU Välfärd, Hösten 2027");

        browser.click(By.linkText("Versioner"));
        // The date picker by keyboard alone: Tab to the date, Arrow down opens the calendar with the
        // focus in it, Tab reaches the days, Enter takes the focused day and closes it.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.querySelector('a.skip-link').focus()");
        browser.tabTo("adopt-form:adopted-on_input", 100).typeIntoFocused(org.openqa.selenium.Keys.ARROW_DOWN);
        browser.waitUntilTextShown(swedishMonth(java.time.LocalDate.now(SWEDEN)));
        assertThat(browser.text(By.id("adopt-form:adopted-on_panel"))).as("the date picker speaks Swedish")
                .contains(swedishMonth(java.time.LocalDate.now(SWEDEN)));
        assertThat(browser.accessibilityViolations()).as("the open date picker").isEmpty();
        for (int i = 0; i < 10 && !focusOnADay(); i++) {
            browser.typeIntoFocused(org.openqa.selenium.Keys.TAB);
        }
        assertThat(focusOnADay()).as("Tab reaches the calendar's days, focused: %s", browser.focusedId()).isTrue();
        browser.typeIntoFocused(org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.id("adopt-form:adopted-on_panel")));
        assertThat(browser.value(By.id("adopt-form:adopted-on_input"))).as("the day taken by Enter")
                .matches("\\d{4}-\\d{2}-\\d{2}");
        browser.waitUntilFocused("adopt-form:adopted-on_input"); // (focusOnSelect: the calendar closes back to its field)
        browser.fill(By.id("adopt-form:adopted-on_input"), "2026-13-45")
                .fill(By.id("adopt-form:decided-by"), "Socialchefsnätverket")
                .fill(By.id("adopt-form:registration-number"), registrationNumber);
        String question = browser.openConfirmation(By.id("adopt-form:adopt"));
        assertThat(question).contains("Fastställa utkastet?");
        assertThat(browser.driver().findElement(Browser.CONFIRM_DIALOG).getAttribute("role")).isEqualTo("alertdialog");
        browser.waitUntilFocused("confirm-form:confirm-no");
        assertThat(browser.accessibilityViolations()).as("the open confirmation dialog").isEmpty();
        browser.typeIntoFocused(org.openqa.selenium.Keys.ESCAPE);
        browser.waitUntilConfirmationClosed().waitUntilFocused("adopt-form:adopt");
        assertThat(browser.value(By.id("adopt-form:registration-number"))).as("Esc cancels and keeps the input").isEqualTo(registrationNumber);
        assertThat(browser.driver().findElements(By.id("adopt-form"))).as("nothing adopted").isNotEmpty();

        browser.clickAndConfirm(By.id("adopt-form:adopt"));
        assertThat(browser.text(By.id("adopt-form:adopted-on-msg"))).as("a badly written date is refused at its field")
                .contains("Skriv beslutsdatumet som ÅÅÅÅ-MM-DD");
        assertThat(browser.text(By.id("error-summary"))).contains("Beslutsdatum: Skriv beslutsdatumet som ÅÅÅÅ-MM-DD");
        browser.waitUntilFocused("adopt-form:adopted-on_input");
        org.openqa.selenium.WebElement date = browser.driver().findElement(By.id("adopt-form:adopted-on_input"));
        assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(date.getAttribute("aria-describedby")).contains("adopt-form:adopted-on-msg");
        assertThat(date.getAttribute("value")).as("the typed text is kept").isEqualTo("2026-13-45");
        assertThat(browser.value(By.id("adopt-form:registration-number"))).isEqualTo(registrationNumber);
        assertThat(browser.accessibilityViolations()).as("the adoption refused at its date").isEmpty();

        browser.fill(By.id("adopt-form:adopted-on_input"), java.time.LocalDate.now(SWEDEN).toString());
        browser.clickAndConfirm(By.id("adopt-form:adopt"));
        browser.waitUntilTextShown("Planen är fastställd.");
        assertThat(browser.text(By.id("versions"))).contains(registrationNumber).contains("Socialchefsnätverket");
        assertThat(browser.driver().findElements(By.id("adopt-form"))).as("nothing left to adopt").isEmpty();
        browser.click(By.cssSelector("#versions tbody tr:last-child th a"));
        assertThat(browser.text(By.id("plan-version"))).contains("fastställd");
        assertThat(browser.text(By.id("plan-adoption"))).as("the version's page says when, by whom and under which diarienummer")
                .contains(java.time.LocalDate.now(SWEDEN).toString()).contains("Socialchefsnätverket").contains(registrationNumber);
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

        browser.click(By.linkText("Regional plan"));
        assertThat(browser.text(By.id("plan-version"))).as("the coordinator works in the utkast").contains("utkast");
        assertThat(browser.text(By.id("working-in-draft"))).contains("Du arbetar i utkastet").contains("fastställda version");
        assertThat(browser.text(By.cssSelector("#area-" + area + " table"))).contains("2027–2028");
        try (Browser umea = new Browser()) {
            umea.logInAs("socialchef.umea");
            assertThat(umea.text(By.id("plan-version"))).as("a kommun reads the plan that applies").contains("fastställd");
            assertThat(umea.text(By.id("newer-draft"))).contains("Det finns ett nyare utkast");
            assertThat(umea.text(By.cssSelector("#area-" + area + " table"))).as("in the fastställd wording")
                    .contains("2027").doesNotContain("2027–2028");
            assertThat(umea.accessibilityViolations()).as("the plan that applies, with the note of a newer utkast").isEmpty();
            umea.click(By.id("newer-draft-link"));
            assertThat(umea.text(By.id("plan-version"))).as("the utkast, one link away").contains("utkast");
            assertThat(umea.text(By.cssSelector("#area-" + area + " table"))).contains("2027–2028");
        }

        browser.click(By.linkText("Versioner"));
        browser.click(By.id("compare-form:compare"));
        assertThat(browser.text(By.id("comparison"))).contains("Delmål " + delmal).contains("Ändrad").contains("Tidsram")
                .contains("2027").contains("2027–2028");
        int changedItems = browser.driver().findElements(By.cssSelector("#comparison th[scope='rowgroup']")).size();
        assertThat(browser.text(By.id("comparison-summary"))).as("singular or plural as the count says")
                .endsWith(changedItems == 1 ? ": 1 ändrad punkt." : ": " + changedItems + " ändrade punkter.");
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
        // A kommun reads the plan that applies (the latest fastställd version), where the coordinator's new
        // delmål is not yet: she follows a link to its history, as one sent by the coordinator.
        browser.open(Browser.PORTAL_URL + "plan/historik.xhtml?typ=SUB_GOAL&item=" + subGoalKey(delmal));
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
        DataTables.filter(browser, "actors", "col-name", name);
        browser.click(By.xpath(DataTables.row("actors", name) + "//button[contains(@id,':edit')]"));
        assertThat(browser.value(By.id("actor-form:name"))).isEqualTo(name);
        browser.fill(By.id("actor-form:name"), newName);
        assertThat(browser.accessibilityViolations()).as("the catalogue while editing an actor").isEmpty();
        browser.click(By.id("actor-form:add"));
        browser.waitUntilTextShown(newName + " är sparad.");
        browser.open(Browser.PORTAL_URL + "plan/aktorer.xhtml");
        DataTables.filter(browser, "actors", "col-name", newName);
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

    /** The month's name as the Swedish date picker shows it ("November"). */
    private static String swedishMonth(java.time.LocalDate day) {
        String name = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.forLanguageTag("sv"));
        return name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    /** How many aktiviteter the latest version's delmål of that number has stored. */
    private static int activitiesStored(String number) {
        return Integer.parseInt(se.samverkansportalen.it.support.TestDatabase.column("SELECT COUNT(*) FROM activity t "
                + "JOIN sub_goal s ON s.id = t.sub_goal_id WHERE s.item_key = ?", subGoalKey(number)).get(0));
    }

    private static String subGoalKey(String number) {
        return se.samverkansportalen.it.support.TestDatabase.column("SELECT s.item_key FROM sub_goal s JOIN improvement_area a ON a.id = s.area_id "
                + "JOIN plan_version v ON v.id = a.version_id WHERE s.number = ? ORDER BY v.number DESC LIMIT 1", number).get(0);
    }

    /** Whether the keyboard focus is on a day of the open date picker's calendar. */
    private boolean focusOnADay() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return !!document.activeElement.closest('[id=\"adopt-form:adopted-on_panel\"] table.ui-datepicker-calendar td');"));
    }

}
