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
                .fill(By.id("plan-form:budget"), "900 000")
                .fill(By.id("plan-form:decided-by"), "Socialnämnden");
        assertThat(browser.accessibilityViolations()).as("the plan form").isEmpty();
        browser.click(By.id("plan-form:save"));
        browser.waitUntilTextShown(title + " är sparad.");
        String planPage = Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + planId(title);

        browser.click(By.id("measures-form:new-measure"));
        browser.fill(By.id("measure-form:title"), "Rekrytera fler familjehem")
                .fill(By.id("measure-form:how"), "Gemensam kampanj med grannkommunerna.")
                .fill(By.id("measure-form:due-on_input"), "30 juni 2027")
                .fill(By.id("measure-form:cost"), "350\u00a0000");
        browser.click(By.xpath("//summary[starts-with(normalize-space(), '" + delmal.substring(0, delmal.indexOf('.') + 1) + "')]"));
        browser.click(By.xpath("//label[starts-with(normalize-space(), '" + delmal + " ')]"));
        browser.click(By.id("measure-form:save"));
        assertThat(browser.text(By.id("measure-form:due-on-msg"))).as("När written in words is refused at its field")
                .contains("Skriv när åtgärden ska vara klar som ÅÅÅÅ-MM-DD");
        browser.waitUntilFocused("measure-form:due-on_input");
        assertThat(browser.value(By.id("measure-form:title"))).as("the rest is kept").isEqualTo("Rekrytera fler familjehem");
        assertThat(browser.accessibilityViolations()).as("the measure form with När refused").isEmpty();
        browser.fill(By.id("measure-form:due-on_input"), "2027-06-30");
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
        String[][] months = {{"2027-01", "5"}, {"2027-02", ""}, {"2027-03", "7"}};
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
        assertThat(browser.text(By.id("values-0"))).contains("2027-01 5").contains("2027-02 uppgift saknas").contains("2027-03 7");
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
        assertThat(listedAmongOurPlans(title)).as("gone from Umeå's list").isFalse();
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
        DataTables.filter(browser, "all-plans", "col-title", umeasTitle);
        assertThat(kommunOfPlan(umeasTitle)).isEqualTo("Umeå");
        DataTables.filter(browser, "all-plans", "col-title", skellefteasTitle);
        assertThat(kommunOfPlan(skellefteasTitle)).isEqualTo("Skellefteå");
        assertThat(browser.driver().findElements(By.id("new-plan"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("the list of all plans").isEmpty();

        browser.click(By.linkText(skellefteasTitle));
        assertThat(browser.text(By.xpath("//dl[@id='plan-facts']/dd[1]"))).as("the plan's kommun").isEqualTo("Skellefteå");
        assertThat(browser.driver().findElements(By.id("measures-form:new-measure"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("measures-form:remove-plan"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("a kommun's plan, read only").isEmpty();

        browser.click(By.linkText("Lokala planer"));
        DataTables.filter(browser, "all-plans", "col-kommun", "Lycksele");
        browser.click(By.xpath("//div[@id='all-plans']//tbody/tr[td[1][normalize-space()='Lycksele']]"
                + "/td/a[normalize-space()='Åtgärdsplan 2020 barn- och familjeenheten']"));
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
        return browser.text(By.xpath("//div[@id='all-plans']//tbody/tr[td/a[normalize-space()='" + title + "']]/td[1]"));
    }

    /**
     * The upload is PrimeFaces' (drop area and a choose button): the keyboard reaches the choose
     * button, which screen readers announce as a button; a file without the plan itself and a
     * file with a date written in words are refused in plain Swedish, naming the measure in words
     * (not a JSON path), with nothing stored; the corrected file, given to the file input, is read in.
     */
    @Test
    void a_plan_file_with_a_mistake_is_refused_in_plain_swedish_and_a_good_one_is_read_in() throws Exception {
        String title = TestRun.unique("Umeås plan från fil");
        java.nio.file.Path noPlan = java.nio.file.Files.createTempFile("ingen-plan", ".json");
        java.nio.file.Files.writeString(noPlan, """
                {"kommun": {"code": "2480", "name": "Umeå"}, "title": "%s"}
                """.formatted(title));
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("plan", ".json");
        java.nio.file.Files.writeString(broken, """
                {"kommun": {"code": "2480", "name": "Umeå"},
                 "plan": {"shape": "measures", "title": "%s", "budgetSek": 100000,
                          "measures": [{"number": 1, "title": "Utbildning", "costSek": 60000, "when": "våren 2027"}]}}
                """.formatted(title));
        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Lokala planer"));
        browser.waitFor(By.cssSelector("#import-form .ui-fileupload-choose[role='button']"));
        assertThat(browser.text(By.id("drop-hint"))).contains("Dra och släpp planfilen här");
        assertThat(browser.accessibilityViolations()).as("the list with its upload area").isEmpty();
        browser.screenshot("local-plans-upload");
        tabToChooseButton();
        assertThat(browser.driver().switchTo().activeElement().getText()).as("the focused choose button").contains("Välj planfil");

        upload(noPlan);
        browser.waitUntilTextShown("Filen saknar själva planen. Kontrollera att du valt en planfil som exporterats från portalen "
                + "eller följer mallen.");
        assertThat(browser.accessibilityViolations()).as("the upload refused: no plan in the file").isEmpty();
        upload(broken);
        browser.waitUntilTextShown("När i åtgärd 1 ska vara ett datum skrivet som 2015-04-07, men i filen står det \"våren 2027\". "
                + "Ingenting har sparats.");
        assertThat(browser.text(By.id("message-box"))).doesNotContain("plan.measures").doesNotContain("Fältet");
        assertThat(browser.accessibilityViolations()).as("the upload refused: a date in words").isEmpty();
        browser.screenshot("local-plans-upload-refused");
        browser.click(By.linkText("Lokala planer"));
        assertThat(listedAmongOurPlans(title)).as("nothing stored").isFalse();

        java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(broken).replace("våren 2027", "2027-05-31"));
        upload(broken);
        browser.waitUntilTextShown(title + " är inläst med 1 åtgärder.");
        browser.open(Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + planId(title));
        assertThat(browser.text(By.id("total-cost"))).isEqualTo("60 000 kr");
        browser.click(By.linkText("Lokala planer"));
        DataTables.filter(browser, "our-plans", "col-title", title);
        assertThat(browser.driver().findElements(By.linkText(title))).as("the good file's plan, listed").hasSize(1);
    }

    /** Gives a file to the upload's file input, as choosing it in the file dialog does; it is read at once. */
    private void upload(java.nio.file.Path file) {
        browser.waitFor(By.cssSelector("#import-form input[type='file']")).sendKeys(file.toString());
    }

    /** Presses Tab until the upload's choose button has the focus; fails when it is not reached. */
    private void tabToChooseButton() {
        for (int i = 0; i < 80; i++) {
            org.openqa.selenium.WebElement active = browser.driver().switchTo().activeElement();
            String classes = active.getAttribute("class");
            if (classes != null && classes.contains("ui-fileupload-choose")) {
                assertThat(active.getAttribute("role")).isEqualTo("button");
                return;
            }
            active.sendKeys(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError("Tab never reached the upload's choose button");
    }

    @Test
    void the_umea_socialchef_reads_in_a_risk_plan_places_a_risk_on_the_matrix_and_sees_it_then_and_now() throws Exception {
        java.nio.file.Path nacka = java.nio.file.Files.createTempFile("nacka", ".json");
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("seed/local-plan-risks-nacka-2020.json")) {
            java.nio.file.Files.write(nacka, in.readAllBytes());
        }
        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Lokala planer"));
        browser.waitFor(By.cssSelector("#import-form input[type='file']")).sendKeys(nacka.toString());
        browser.waitUntilTextShown("Åtgärdsplan 2020 barn- och familjeenheten är inläst");
        assertThat(browser.text(By.id("matrix-only-one"))).as("one period so far").contains("Bara en period är bedömd än (2020-T2)");
        assertThat(browser.text(By.id("colour-only-2020-T2"))).as("the levels Nacka gives only as a colour, beside the grid")
                .contains("2.1").contains("grön (låg risk)").contains("5.2").contains("gul (betydande risk)");

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
        assertThat(browser.text(By.cssSelector("#heat-map-2020-T2 caption"))).startsWith("Då:");
        assertThat(browser.text(By.cssSelector("#heat-map-2020-T3 caption"))).startsWith("Nu:");
        assertThat(browser.driver().findElements(By.id("matrix-only-one"))).as("then and now side by side").isEmpty();
        assertThat(browser.driver().findElements(By.id("colour-only-2020-T3"))).as("5.2 is placed in the grid now").isEmpty();
        assertThat(browser.accessibilityViolations()).as("the plan page then and now").isEmpty();
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

        browser.click(By.xpath("//button[@title='Ändra 1.1 Kontinuitet i familjehemsvården']"));
        assertThat(browser.value(By.id("risk-form:risk-title"))).as("the risk in the form").isEqualTo("Kontinuitet i familjehemsvården");
        browser.fill(By.id("risk-form:risk-title"), "Kontinuitet i familjehemsvården och jourhemmen");
        assertThat(browser.accessibilityViolations()).as("a risk being changed").isEmpty();
        browser.click(By.id("risk-form:add-risk"));
        browser.waitUntilTextShown("Risk 1.1 är sparad.");
        assertThat(browser.text(By.id("goals"))).contains("1.1 Kontinuitet i familjehemsvården och jourhemmen");
        browser.clickAndConfirm(By.xpath("//button[@title='Ta bort Trygg och säker vård']"));
        browser.waitUntilTextShown("Målet Trygg och säker vård har risker.");
        assertThat(browser.text(By.id("goals"))).as("the goal and its risk stay").contains("Trygg och säker vård").contains("1.1 ");

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

        browser.open(Browser.PORTAL_URL + "lokal/risker.xhtml?plan=" + planId(title));
        browser.clickAndConfirm(By.xpath("//button[@title='Ta bort 1.1 Kontinuitet i familjehemsvården och jourhemmen']"));
        browser.waitUntilTextShown("Risk 1.1 är borttagen.");
        browser.clickAndConfirm(By.xpath("//button[@title='Ta bort Trygg och säker vård']"));
        browser.waitUntilTextShown("Målet Trygg och säker vård är borttaget.");
        assertThat(browser.driver().findElements(By.id("goals"))).as("no goal left").isEmpty();
    }

    /**
     * Whether the kommun's list of its own plans, filtered by {@code title}, shows it; a kommun with
     * no plans at all is told so instead of shown an empty table.
     */
    private boolean listedAmongOurPlans(String title) {
        browser.waitFor(By.cssSelector("#no-plans, #our-plans"));
        if (!browser.driver().findElements(By.id("no-plans")).isEmpty()) {
            return false;
        }
        DataTables.filter(browser, "our-plans", "col-title", title);
        return !browser.driver().findElements(By.linkText(title)).isEmpty();
    }
}
