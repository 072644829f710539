package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverkansportalen.it.support.PortalApi;

/**
 * Umeå's socialchef puts the kommun's own measures plan into the portal and links its work to the
 * regional plan; she cannot open Skellefteå's plan even with its address. The LBU network reads
 * both kommuners' plans and has nothing to change them with.
 */
class LocalPlanBrowserIT extends BrowserTestBase {

    @Test
    void the_umea_socialchef_creates_a_measures_plan_links_a_measure_to_delmal_3_2_and_cannot_open_skellefteas_plan() {
        long skellefteaPlan = PortalApi.as("socialchef.skelleftea").post("lokala-planer", Json.createObjectBuilder()
                .add("title", "Skellefteås plan för familjehemsvården").add("shape", "MEASURES").add("status", "ADOPTED")
                .build()).object().getJsonNumber("id").longValue();

        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Lokala planer"));
        browser.click(By.id("new-plan"));
        browser.fill(By.id("plan-form:title"), "Umeås handlingsplan för barn och unga 2027")
                .fill(By.id("plan-form:budget"), "900000")
                .fill(By.id("plan-form:decided-by"), "Socialnämnden");
        assertThat(browser.accessibilityViolations()).as("the plan form").isEmpty();
        browser.click(By.id("plan-form:save"));
        browser.waitUntilTextShown("Umeås handlingsplan för barn och unga 2027 är sparad.");

        browser.click(By.id("measures-form:new-measure"));
        browser.fill(By.id("measure-form:title"), "Rekrytera fler familjehem")
                .fill(By.id("measure-form:how"), "Gemensam kampanj med grannkommunerna.")
                .fill(By.id("measure-form:due-on"), "2027-06-30")
                .fill(By.id("measure-form:cost"), "350000");
        browser.click(By.xpath("//summary[starts-with(normalize-space(), '3.')]"));
        browser.click(By.xpath("//label[starts-with(normalize-space(), '3.2 ')]"));
        assertThat(browser.accessibilityViolations()).as("the measure form").isEmpty();
        browser.click(By.id("measure-form:save"));
        browser.waitUntilTextShown("Åtgärden Rekrytera fler familjehem är sparad.");

        browser.click(By.id("measures-form:new-measure"));
        browser.fill(By.id("measure-form:title"), "Handledning för familjehem").fill(By.id("measure-form:cost"), "200000");
        browser.click(By.id("measure-form:save"));
        browser.waitUntilTextShown("Åtgärden Handledning för familjehem är sparad.");

        assertThat(browser.text(By.id("measures"))).contains("Rekrytera fler familjehem").contains("3.2")
                .contains("2027-06-30").contains("Handledning för familjehem");
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
        assertThat(browser.text(By.id("values-0"))).contains("2027-01 5").contains("2027-02 uppgift saknas").contains("2027-03 7,5");
        assertThat(browser.driver().findElements(By.cssSelector(".indicator-chart canvas"))).as("the chart is drawn").hasSize(1);
        assertThat(browser.accessibilityViolations()).as("the plan page with its indicator chart").isEmpty();

        browser.click(By.linkText("Regional plan"));
        assertThat(browser.text(By.cssSelector("th[id='delmal-3.2'] .local-work"))).startsWith("Lokalt arbete i:").contains("Umeå");

        browser.open(Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + skellefteaPlan);
        browser.waitUntilTextShown("Planen eller åtgärden finns inte, eller hör inte till din kommun.");
        assertThat(browser.driver().getPageSource()).doesNotContain("Skellefteås plan för familjehemsvården");
        browser.open(Browser.PORTAL_URL + "lokal/plan.xhtml?id=" + skellefteaPlan + "&kommun=2482");
        browser.waitUntilTextShown("Bara regionala samordnare och LBU-nätverket läser andra kommuners planer.");
        assertThat(browser.driver().getPageSource()).doesNotContain("Skellefteås plan för familjehemsvården");
    }

    @Test
    void the_lbu_reviewer_reads_umeas_and_skellefteas_plans_without_edit_controls() {
        PortalApi.as("socialchef.umea").post("lokala-planer", Json.createObjectBuilder()
                .add("title", "Umeås plan för skolnärvaro").add("shape", "MEASURES").add("status", "DRAFT").build());
        PortalApi.as("socialchef.skelleftea").post("lokala-planer", Json.createObjectBuilder()
                .add("title", "Skellefteås plan för tidiga insatser").add("shape", "MEASURES").add("status", "DRAFT").build());

        browser.logInAs("granskare.lbu");
        browser.click(By.linkText("Lokala planer"));
        String all = browser.text(By.id("all-plans"));
        assertThat(all).contains("Umeås plan för skolnärvaro").contains("Skellefteås plan för tidiga insatser")
                .contains("Umeå").contains("Skellefteå");
        assertThat(browser.driver().findElements(By.id("new-plan"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("the list of all plans").isEmpty();

        browser.click(By.linkText("Skellefteås plan för tidiga insatser"));
        assertThat(browser.text(By.id("plan-facts"))).contains("Skellefteå");
        assertThat(browser.driver().findElements(By.id("measures-form:new-measure"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("measures-form:remove-plan"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("a kommun's plan, read only").isEmpty();

        browser.click(By.linkText("Lokala planer"));
        browser.click(By.linkText("Åtgärdsplan 2020 barn- och familjeenheten"));
        assertThat(browser.text(By.id("plan-facts"))).contains("Lycksele").contains("Exempel från Nacka");
        assertThat(browser.text(By.id("risk-2.1"))).isEqualTo("2.1 Stöd och skydd");
        assertThat(browser.text(By.cssSelector("section[aria-labelledby='risk-5.2'] .risk-level"))).contains("2020-T2: gul");
        String jourhem = browser.text(By.xpath("//section[h3[starts-with(normalize-space(), 'Andel av pågående placeringar i jourhem')]]"));
        assertThat(jourhem).contains("2020-01 40 %").contains("2020-05 uppgift saknas").contains("2020-06 43 %")
                .contains("Beräknas som");
        assertThat(browser.driver().findElements(By.linkText("Ändra indikatorn och dess värden"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("a risk-based plan with matrix and charts, read only").isEmpty();
    }

    @Test
    void a_plan_file_with_a_mistake_is_refused_in_swedish_and_a_good_one_is_read_in() throws Exception {
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("plan", ".json");
        java.nio.file.Files.writeString(broken, """
                {"kommun": {"code": "2480", "name": "Umeå"},
                 "plan": {"shape": "measures", "title": "Umeås plan från fil", "budgetSek": 100000,
                          "measures": [{"number": 1, "title": "Utbildning", "costSek": 60000, "when": "våren 2027"}]}}
                """);
        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Lokala planer"));
        assertThat(browser.accessibilityViolations()).as("the list with its upload form").isEmpty();

        browser.driver().findElement(By.id("import-form:file")).sendKeys(broken.toString());
        browser.click(By.id("import-form:import"));
        browser.waitUntilTextShown("Fältet plan.measures[1].when ska vara ett datum som 2015-04-07, men är \"våren 2027\".");
        assertThat(browser.driver().findElements(By.linkText("Umeås plan från fil"))).isEmpty();

        java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(broken).replace("våren 2027", "2027-05-31"));
        browser.driver().findElement(By.id("import-form:file")).sendKeys(broken.toString());
        browser.click(By.id("import-form:import"));
        browser.waitUntilTextShown("Umeås plan från fil är inläst med 1 åtgärder.");
        assertThat(browser.text(By.id("total-cost"))).isEqualTo("60 000 kr");
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
        browser.fill(By.id("plan-form:title"), "Umeås riskbaserade åtgärdsplan 2027");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("plan-form:shape"))).selectByValue("RISK_BASED");
        browser.click(By.id("plan-form:save"));
        browser.waitUntilTextShown("Umeås riskbaserade åtgärdsplan 2027 är sparad.");

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
        assertThat(browser.text(By.id("goals"))).contains("Trygg och säker vård").contains("1.1 Kontinuitet i familjehemsvården");

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
