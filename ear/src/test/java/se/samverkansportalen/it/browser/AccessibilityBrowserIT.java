package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * The pages in English and the pages that answer a mistake pass axe-core's WCAG 2.1 A and AA
 * rules, with incomplete results counted as failures unless axe cannot decide them
 * ({@link AxeFindings}). Umeå's socialchef switches to English and reads the regional plan, Min
 * kommun, her report for a period of the test's own and the local plans; then, in Swedish, her
 * plan's form refuses a personnummer, a malformed date at its field, and a save after someone
 * else changed the plan (the API's 409). Each test brings its own period and plan (unique names).
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    private final PortalApi region = PortalApi.as("samordnare");
    private final PortalApi umea = PortalApi.as("socialchef.umea");

    @Test
    void the_English_plan_Min_kommun_report_and_local_plans_pages_pass_axe() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long period = openPeriod(slot);
        String planTitle = TestRun.unique("Umeås plan på engelska sidor");
        long plan = createPlan(planTitle);
        SoftAssertions axe = new SoftAssertions(); // every page's findings reported, not only the first page's
        try {
            browser.logInAs("socialchef.umea");
            browser.click(By.id("language-form:language"));
            browser.waitUntilText(By.tagName("h1"), "Regional development and action plan");
            axe.assertThat(browser.accessibilityViolations()).as("the regional plan in English").isEmpty();

            browser.click(By.linkText("My kommun"));
            browser.waitUntilText(By.tagName("h1"), "My kommun");
            assertThat(browser.text(By.xpath("//table[@id='due']//tr[th='" + slot.code() + "']"))).contains("Late");
            axe.assertThat(browser.accessibilityViolations()).as("Min kommun in English").isEmpty();

            browser.open(Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period);
            browser.waitUntilText(By.tagName("h1"), "The kommun's report");
            browser.waitFor(By.id("report-form"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            axe.assertThat(browser.accessibilityViolations()).as("the report form in English").isEmpty();

            browser.click(By.linkText("Local plans"));
            browser.waitUntilText(By.tagName("h1"), "Local plans");
            browser.waitFor(By.linkText(planTitle));
            axe.assertThat(browser.accessibilityViolations()).as("the local plans list in English").isEmpty();

            browser.click(By.linkText(planTitle));
            browser.waitUntilText(By.tagName("h1"), planTitle);
            axe.assertThat(browser.accessibilityViolations()).as("a local plan in English").isEmpty();
            axe.assertAll();
        } finally {
            closePeriod(period);
        }
    }

    @Test
    void a_refused_personnummer_a_malformed_date_and_a_conflict_are_announced_on_pages_that_pass_axe() {
        String planTitle = TestRun.unique("Umeås plan som nekas");
        long plan = createPlan(planTitle);
        SoftAssertions axe = new SoftAssertions(); // every state's findings (and the kept text) reported, not only the first
        browser.logInAs("socialchef.umea");
        browser.open(Browser.PORTAL_URL + "lokal/uppgifter.xhtml?id=" + plan);
        browser.waitUntilText(By.tagName("h1"), "Ändra planens uppgifter");

        browser.fill(By.id("plan-form:title"), "Plan för barnet 811218-9876");
        browser.click(By.id("plan-form:save"));
        browser.waitUntilTextShown("innehåller ett personnummer eller samordningsnummer.");
        browser.screenshot("plan-form-refused-personnummer");
        axe.assertThat(browser.value(By.id("plan-form:title"))).as("the typed text is kept, as the message says").contains("811218-9876");
        axe.assertThat(browser.accessibilityViolations()).as("a refused personnummer").isEmpty();

        browser.fill(By.id("plan-form:title"), planTitle);
        browser.fill(By.id("plan-form:decided-on_input"), "20/11/2026");
        browser.click(By.id("plan-form:save"));
        browser.waitUntilTextShown("Skriv beslutsdatumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-20.");
        axe.assertThat(browser.accessibilityViolations()).as("a malformed date at its field").isEmpty();

        JsonObject current = umea.get("lokala-planer/" + plan).object();
        Answer changed = umea.put("lokala-planer/" + plan, planForm(planTitle, "Kommunstyrelsen", current.getInt("lockVersion")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Answer stale = umea.put("lokala-planer/" + plan, planForm(planTitle, "Socialnämnden", current.getInt("lockVersion")));
        assertThat(stale.status()).as("the same change from the old version is the API's conflict").isEqualTo(409);

        browser.fill(By.id("plan-form:decided-on_input"), "2026-11-20");
        browser.click(By.id("plan-form:save"));
        browser.waitUntilTextShown("Någon annan har ändrat detta sedan du öppnade det.");
        axe.assertThat(browser.accessibilityViolations()).as("a conflict with someone else's change").isEmpty();
        assertThat(umea.get("lokala-planer/" + plan).object().getString("decidedBy")).as("nothing of the stale form stored")
                .isEqualTo("Kommunstyrelsen");
        axe.assertAll();
    }

    private long openPeriod(PeriodSlots.Slot slot) {
        return Periods.open(slot);
    }

    /** Closes the test's period, so that no reminder is ever sent about it. */
    private void closePeriod(long period) {
        Answer closed = region.post("rapportperioder/" + period + "/stangning", Json.createObjectBuilder().build());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }

    private long createPlan(String title) {
        Answer created = umea.post("lokala-planer", planForm(title, "Socialnämnden", 0));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object().getJsonNumber("id").longValue();
    }

    private static JsonObject planForm(String title, String decidedBy, int lockVersion) {
        return Json.createObjectBuilder().add("title", title).add("shape", "MEASURES").add("status", "DRAFT")
                .add("budgetSek", 500_000).add("decidedBy", decidedBy).add("lockVersion", lockVersion).build();
    }
}
