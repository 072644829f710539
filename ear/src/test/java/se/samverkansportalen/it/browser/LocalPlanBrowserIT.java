package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Umeå's socialchef puts the kommun's own measures plan into the portal and links its work to a
 * delmål of the regional plan that Umeå has no local work on yet: the regional plan shows Umeå
 * there only while the plan exists, and no longer once she has removed it. She cannot open
 * Skellefteå's plan even with its address. The LBU network reads both kommuners' plans, each in
 * its kommun's row, and has nothing to change them with. Plans are titled for this run
 * ({@link TestRun}); what was saved is read back from a freshly loaded page.
 */
class LocalPlanBrowserIT extends BrowserTestBase {

    /**
     * A delmål of the regional plan's latest version (in the seed's areas, not a test's own) to
     * which Umeå has linked no measure and no risk: its number, e.g. "2.3".
     */
    private static String delmalWithoutUmeasWork() {
        List<String> free = TestDatabase.column("SELECT s.number FROM sub_goal s JOIN improvement_area a ON a.id = s.area_id "
                + "JOIN plan_version v ON v.id = a.version_id WHERE v.number = (SELECT MAX(number) FROM plan_version) "
                + "AND a.title NOT LIKE 'Testområde %' AND s.item_key NOT IN ("
                + "SELECT sub_goal_item_key FROM local_measure_link WHERE kommun_code = '2480' "
                + "UNION SELECT sub_goal_item_key FROM local_risk_link WHERE kommun_code = '2480') ORDER BY a.number, s.id");
        assertThat(free).as("a delmål without Umeå's local work (every one is linked: use a fresh test database)").isNotEmpty();
        return free.get(0);
    }

    /** The kommuner the regional plan names under a delmål ("Lokalt arbete i: ..."), or "" when none. */
    private String localWorkAt(String delmal) {
        browser.click(By.linkText("Regional plan"));
        browser.waitFor(By.cssSelector("th[id='delmal-" + delmal + "']"));
        List<org.openqa.selenium.WebElement> work = browser.driver().findElements(By.cssSelector("th[id='delmal-" + delmal + "'] .local-work"));
        return work.isEmpty() ? "" : work.get(0).getText();
    }

    private static long planId(String title) {
        return Long.parseLong(TestDatabase.column("SELECT id FROM local_plan WHERE title = ?", title).get(0));
    }

    @Test
    void the_umea_socialchef_links_a_measure_to_a_delmal_the_region_sees_it_until_she_removes_the_plan_and_she_cannot_open_skellefteas_plan() {
        String skellefteaTitle = TestRun.unique("Skellefteås plan för familjehemsvården");
        long skellefteaPlan = PortalApi.as("socialchef.skelleftea").post("lokala-planer", Json.createObjectBuilder()
                .add("title", skellefteaTitle).add("shape", "MEASURES").add("status", "ADOPTED")
                .build()).object().getJsonNumber("id").longValue();
        String title = TestRun.unique("Umeås handlingsplan för barn och unga");
        String delmal = delmalWithoutUmeasWork();

        browser.logInAs("socialchef.umea");
        assertThat(localWorkAt(delmal)).as("before: no local work of Umeå's under " + delmal).doesNotContain("Umeå");
        browser.click(By.linkText("Lokala planer"));
        browser.click(By.id("new-plan"));
        browser.fill(By.id("plan-form:title"), title)
                .fill(By.id("plan-form:budget"), "900000")
                .fill(By.id("plan-form:decided-by"), "Socialnämnden");
        assertThat(browser.accessibilityViolations()).as("the plan form").isEmpty();
        browser.click(By.id("plan-form:save"));
        browser.waitUntilTextShown(title + " är sparad.");
        String planPage = Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + planId(title);

        browser.click(By.id("measures-form:new-measure"));
        browser.fill(By.id("measure-form:title"), "Rekrytera fler familjehem")
                .fill(By.id("measure-form:how"), "Gemensam kampanj med grannkommunerna.")
                .fill(By.id("measure-form:due-on"), "2027-06-30")
                .fill(By.id("measure-form:cost"), "350000");
        browser.click(By.xpath("//summary[starts-with(normalize-space(), '" + delmal.substring(0, delmal.indexOf('.') + 1) + "')]"));
        browser.click(By.xpath("//label[starts-with(normalize-space(), '" + delmal + " ')]"));
        assertThat(browser.accessibilityViolations()).as("the measure form").isEmpty();
        browser.click(By.id("measure-form:save"));
        browser.waitUntilTextShown("Åtgärden Rekrytera fler familjehem är sparad.");

        browser.click(By.id("measures-form:new-measure"));
        browser.fill(By.id("measure-form:title"), "Handledning för familjehem").fill(By.id("measure-form:cost"), "200000");
        browser.click(By.id("measure-form:save"));
        browser.waitUntilTextShown("Åtgärden Handledning för familjehem är sparad.");

        browser.open(planPage);
        assertThat(browser.text(By.xpath("//*[@id='measures']//tr[contains(., 'Rekrytera fler familjehem')]")))
                .as("the measure as stored, with its delmål").contains(delmal).contains("2027-06-30");
        assertThat(browser.text(By.id("measures"))).contains("Handledning för familjehem");
        assertThat(browser.text(By.id("total-cost"))).isEqualTo("550 000 kr");
        assertThat(browser.text(By.id("remaining"))).isEqualTo("350 000 kr");
        assertThat(browser.accessibilityViolations()).as("the plan page").isEmpty();

        browser.click(By.id("measures-form:new-indicator"));
        browser.fill(By.id("indicator-form:name"), "Antal nya familjehem")
                .fill(By.id("indicator-form:baseline"), "4")
                .fill(By.id("indicator-form:target"), "10");
        String[][] months = {{"2027-01", "5"}, {"2027-02", ""}, {"2027-03", "7,5"}};
        for (int row = 0; row < months.length; row++) {
            browser.fill(By.id("indicator-form:rows:" + row + ":period"), months[row][0]);
            if (months[row][1].isEmpty()) {
                browser.click(By.id("indicator-form:rows:" + row + ":missing"));
            } else {
                browser.fill(By.id("indicator-form:rows:" + row + ":value"), months[row][1]);
            }
        }
        assertThat(browser.accessibilityViolations()).as("the indicator form").isEmpty();
        browser.click(By.id("indicator-form:save"));
        browser.waitUntilTextShown("Indikatorn Antal nya familjehem är sparad.");
        browser.open(planPage);
        assertThat(browser.text(By.id("values-0"))).contains("2027-01 5").contains("2027-02 uppgift saknas").contains("2027-03 7,5");
        assertThat(browser.driver().findElements(By.cssSelector(".indicator-chart canvas"))).as("the chart is drawn").hasSize(1);
        assertThat(browser.accessibilityViolations()).as("the plan page with its indicator chart").isEmpty();

        String linked = localWorkAt(delmal);
        assertThat(linked).startsWith("Lokalt arbete i:").contains("Umeå");

        browser.open(Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + skellefteaPlan);
        browser.waitUntilTextShown("Planen eller åtgärden finns inte, eller hör inte till din kommun.");
        assertThat(browser.driver().getPageSource()).doesNotContain(skellefteaTitle);
        browser.open(Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + skellefteaPlan + "&kommun=2482");
        browser.waitUntilTextShown("Bara regionala samordnare och LBU-nätverket läser andra kommuners planer.");
        assertThat(browser.driver().getPageSource()).doesNotContain(skellefteaTitle);

        browser.open(planPage);
        browser.clickAndConfirm(By.id("measures-form:remove-plan"));
        browser.waitUntilTextShown(title + " är borttagen.");
        assertThat(localWorkAt(delmal)).as("after the plan is removed: no local work of Umeå's under " + delmal)
                .doesNotContain("Umeå");
        browser.click(By.linkText("Lokala planer"));
        assertThat(browser.driver().findElements(By.linkText(title))).as("gone from Umeå's list").isEmpty();
    }

    @Test
    void the_lbu_reviewer_reads_umeas_and_skellefteas_plans_without_edit_controls() {
        String umeasTitle = TestRun.unique("Umeås plan för skolnärvaro");
        String skellefteasTitle = TestRun.unique("Skellefteås plan för tidiga insatser");
        PortalApi.as("socialchef.umea").post("lokala-planer", Json.createObjectBuilder()
                .add("title", umeasTitle).add("shape", "MEASURES").add("status", "DRAFT").build());
        PortalApi.as("socialchef.skelleftea").post("lokala-planer", Json.createObjectBuilder()
                .add("title", skellefteasTitle).add("shape", "MEASURES").add("status", "DRAFT").build());

        browser.logInAs("granskare.lbu");
        browser.click(By.linkText("Lokala planer"));
        assertThat(kommunOfPlan(umeasTitle)).isEqualTo("Umeå");
        assertThat(kommunOfPlan(skellefteasTitle)).isEqualTo("Skellefteå");
        assertThat(browser.driver().findElements(By.id("new-plan"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("the list of all plans").isEmpty();

        browser.click(By.linkText(skellefteasTitle));
        assertThat(browser.text(By.xpath("//dl[@id='plan-facts']/dd[1]"))).as("the plan's kommun").isEqualTo("Skellefteå");
        assertThat(browser.driver().findElements(By.id("measures-form:new-measure"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("measures-form:remove-plan"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("a kommun's plan, read only").isEmpty();

        browser.click(By.linkText("Lokala planer"));
        browser.click(By.xpath("//table[@id='all-plans']//tr[td[1][normalize-space()='Lycksele']]"
                + "/th/a[normalize-space()='Åtgärdsplan 2020 barn- och familjeenheten']"));
        assertThat(browser.text(By.xpath("//dl[@id='plan-facts']/dd[1]"))).as("the plan's kommun").isEqualTo("Lycksele");
        assertThat(browser.text(By.id("plan-facts"))).contains("Exempel från Nacka");
        assertThat(browser.text(By.id("risk-2.1"))).isEqualTo("2.1 Stöd och skydd");
        assertThat(browser.text(By.cssSelector("section[aria-labelledby='risk-5.2'] .risk-level"))).contains("2020-T2: gul");
        String jourhem = browser.text(By.xpath("//section[h3[starts-with(normalize-space(), 'Andel av pågående placeringar i jourhem')]]"));
        assertThat(jourhem).contains("2020-01 40 %").contains("2020-05 uppgift saknas").contains("2020-06 43 %")
                .contains("Beräknas som");
        assertThat(browser.driver().findElements(By.linkText("Ändra indikatorn och dess värden"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("a risk-based plan with matrix and charts, read only").isEmpty();
    }

    /** The kommun cell of the row of the list of all plans whose plan has the given title. */
    private String kommunOfPlan(String title) {
        return browser.text(By.xpath("//table[@id='all-plans']//tr[th/a[normalize-space()='" + title + "']]/td[1]"));
    }

    @Test
    void a_plan_file_with_a_mistake_is_refused_in_swedish_and_a_good_one_is_read_in() throws Exception {
        String title = TestRun.unique("Umeås plan från fil");
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("plan", ".json");
        java.nio.file.Files.writeString(broken, """
                {"kommun": {"code": "2480", "name": "Umeå"},
                 "plan": {"shape": "measures", "title": "%s", "budgetSek": 100000,
                          "measures": [{"number": 1, "title": "Utbildning", "costSek": 60000, "when": "våren 2027"}]}}
                """.formatted(title));
        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Lokala planer"));
        assertThat(browser.accessibilityViolations()).as("the list with its upload form").isEmpty();

        browser.driver().findElement(By.id("import-form:file")).sendKeys(broken.toString());
        browser.click(By.id("import-form:import"));
        browser.waitUntilTextShown("Fältet plan.measures[1].when ska vara ett datum som 2015-04-07, men är \"våren 2027\".");
        browser.click(By.linkText("Lokala planer"));
        assertThat(browser.driver().findElements(By.linkText(title))).as("nothing stored").isEmpty();

        java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(broken).replace("våren 2027", "2027-05-31"));
        browser.driver().findElement(By.id("import-form:file")).sendKeys(broken.toString());
        browser.click(By.id("import-form:import"));
        browser.waitUntilTextShown(title + " är inläst med 1 åtgärder.");
        browser.open(Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + planId(title));
        assertThat(browser.text(By.id("total-cost"))).isEqualTo("60 000 kr");
        browser.click(By.linkText("Lokala planer"));
        assertThat(browser.driver().findElements(By.linkText(title))).as("the good file's plan, listed").hasSize(1);
    }

    @Test
    void the_umea_socialchef_reads_in_a_risk_plan_places_a_risk_on_the_matrix_and_sees_it_then_and_now() throws Exception {
        java.nio.file.Path nacka = java.nio.file.Files.createTempFile("nacka", ".json");
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("seed/local-plan-risks-nacka-2020.json")) {
            java.nio.file.Files.write(nacka, in.readAllBytes());
        }
        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Lokala planer"));
        browser.driver().findElement(By.id("import-form:file")).sendKeys(nacka.toString());
        browser.click(By.id("import-form:import"));
        browser.waitUntilTextShown("Åtgärdsplan 2020 barn- och familjeenheten är inläst");

        browser.click(By.xpath("//a[@title='Bedöm risken och åtgärdernas status 5.2']"));
        browser.fill(By.id("assess-form:period"), "2020-T3");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("assess-form:likelihood"))).selectByValue("2");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("assess-form:severity"))).selectByValue("3");
        assertThat(browser.accessibilityViolations()).as("the risk page").isEmpty();
        browser.click(By.id("assess-form:assess"));
        browser.waitUntilTextShown("Risk 5.2 är bedömd för 2020-T3.");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("status-form:measures:0:status"))).selectByValue("YELLOW");
        browser.click(By.id("status-form:save-statuses"));
        browser.waitUntilTextShown("Åtgärdernas status är sparad.");

        browser.click(By.id("back"));
        assertThat(browser.text(By.cssSelector("section[aria-labelledby='risk-5.2'] .risk-level")))
                .contains("2020-T2: gul").contains("2020-T3: gul (betydande risk) (2 × 3)");
        assertThat(browser.text(By.xpath("//table[@id='heat-map-2020-T3']/tbody/tr[th[contains(., '(2)')]]/td[3]"))).contains("5.2");
        assertThat(browser.text(By.cssSelector("section[aria-labelledby='risk-5.2'] .risk-measures"))).contains("Gul – risk för försening");
    }

    @Test
    void the_umea_socialchef_builds_a_risk_based_plan_with_a_goal_a_risk_and_a_measure_linked_to_a_delmal() {
        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Lokala planer"));
        browser.click(By.id("new-plan"));
        String title = TestRun.unique("Umeås riskbaserade åtgärdsplan");
        browser.fill(By.id("plan-form:title"), title);
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("plan-form:shape"))).selectByValue("RISK_BASED");
        browser.click(By.id("plan-form:save"));
        browser.waitUntilTextShown(title + " är sparad.");

        browser.click(By.id("measures-form:goals-and-risks"));
        browser.fill(By.id("goal-form:title"), "Trygg och säker vård");
        browser.click(By.id("goal-form:add-goal"));
        browser.waitUntilTextShown("Målet Trygg och säker vård är tillagt.");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("risk-form:goal"))).selectByVisibleText("Trygg och säker vård");
        browser.fill(By.id("risk-form:number"), "1.1").fill(By.id("risk-form:risk-title"), "Kontinuitet i familjehemsvården")
                .fill(By.id("risk-form:quality-area"), "Trygghet och säkerhet");
        assertThat(browser.accessibilityViolations()).as("the goals and risks page").isEmpty();
        browser.click(By.id("risk-form:add-risk"));
        browser.waitUntilTextShown("Risk 1.1 är tillagd.");
        browser.open(Browser.PORTAL_URL + "lokal/risker.xhtml?plan=" + planId(title));
        assertThat(browser.text(By.id("goals"))).as("as stored").contains("Trygg och säker vård")
                .contains("1.1 Kontinuitet i familjehemsvården");

        browser.click(By.id("back"));
        browser.click(By.xpath("//a[@title='Bedöm risken och åtgärdernas status 1.1']"));
        browser.fill(By.id("new-measure-form:title"), "Fler familjehem i egen regi");
        browser.click(By.id("new-measure-form:add-measure"));
        browser.waitUntilTextShown("Åtgärden Fler familjehem i egen regi är sparad.");
        browser.click(By.cssSelector("#links-form summary"));
        browser.click(By.xpath("//form[@id='links-form']//label[starts-with(normalize-space(), '3.2 ')]"));
        browser.click(By.id("links-form:save-links"));
        browser.waitUntilTextShown("Riskens koppling till regionala delmål är sparad.");
        assertThat(browser.accessibilityViolations()).as("the risk page with its measure and links").isEmpty();

        browser.click(By.id("back"));
        assertThat(browser.text(By.cssSelector("section[aria-labelledby='risk-1.1']"))).contains("Fler familjehem i egen regi")
                .contains("Ej bedömd").contains("Inte bedömd").contains("Regionala delmål\n3.2");
    }
}
