package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestRun;

/**
 * A form's refusals as Umeå's socialchef meets them on the measure form of a plan of her own: every
 * error of the form at once, in the summary at the top (counted, each linking to its field) and
 * each beside its field, with the focus on the first field to correct and her input kept; and
 * refusals in the page's language: on an English page the typed input's refusals and the service's
 * refusals are English, with no Swedish words, and the same refusals on the Swedish page are Swedish.
 * The same holds for the service's own refusals of declared rules: two fields broken at once are both
 * shown, each at its field. Each test makes its own plan (an utkast, which no report asks about)
 * and removes it afterwards.
 */
class FormErrorsBrowserIT extends BrowserTestBase {

    private static final String USER = "socialchef.umea";

    /** Swedish words that must not appear in an English page's messages. */
    private static final List<String> SWEDISH_WORDS = List.of("får", "måste", "saknas", "Delmål", "åtgärd", "Ange", "Skriv",
            "Formuläret", "fälten", "Kostnaden", "Titeln", "finns redan");

    @Test
    void a_measure_with_three_badly_written_fields_is_refused_with_every_error_at_once_each_at_its_field() {
        OwnPlan plan = OwnPlan.make("Felsammanfattning", false);
        try {
            browser.logInAs(USER);
            browser.open(plan.newMeasurePage());
            browser.fill(By.id("measure-form:number"), "tre")
                    .fill(By.id("measure-form:title"), "Rekrytera fler familjehem")
                    .fill(By.id("measure-form:due-on_input"), "2026-13-45")
                    .fill(By.id("measure-form:cost"), "mycket");
            submit(By.id("measure-form:save"));

            WebElement summary = browser.waitFor(By.id("error-summary"));
            assertThat(summary.getAttribute("role")).as("the summary is announced when the page shows it").isEqualTo("alert");
            assertThat(browser.text(By.cssSelector("#error-summary h2"))).as("the errors counted")
                    .isEqualTo("Formuläret har 3 fel. Rätta det som står vid fälten:");
            assertThat(browser.driver().findElements(By.cssSelector("#error-summary li")).stream().map(e -> e.getText().strip()))
                    .as("every error of the form, in the order of the page, each named by its field's label")
                    .containsExactly("Nr: Ange numret med siffror, till exempel 3.",
                            "När: Skriv när åtgärden ska vara klar som ÅÅÅÅ-MM-DD, till exempel 2026-11-20.",
                            "Kostnad (kronor): Kostnaden ska vara ett tal skrivet med siffror, till exempel 450 000 eller 2,5.");
            assertThat(browser.driver().findElements(By.cssSelector("#error-summary a[data-field]")).stream()
                    .map(a -> a.getAttribute("data-field"))).as("each error links to its field")
                    .containsExactly("measure-form:number", "measure-form:due-on_input", "measure-form:cost");

            assertAtItsField("number", "measure-form:number", "Ange numret med siffror, till exempel 3.");
            assertAtItsField("due-on", "measure-form:due-on_input", "Skriv när åtgärden ska vara klar som ÅÅÅÅ-MM-DD");
            assertAtItsField("cost", "measure-form:cost", "Kostnaden ska vara ett tal skrivet med siffror");
            assertThat(browser.text(By.id("measure-form:title-msg"))).as("no message at the field that is right").isBlank();
            assertThat(browser.driver().findElement(By.id("measure-form:title")).getAttribute("aria-invalid")).isNotEqualTo("true");

            browser.waitUntilFocused("measure-form:number"); // the first field to correct (forms.js)
            assertThat(browser.value(By.id("measure-form:number"))).as("her input is kept").isEqualTo("tre");
            assertThat(browser.value(By.id("measure-form:due-on_input"))).isEqualTo("2026-13-45");
            assertThat(browser.value(By.id("measure-form:cost"))).isEqualTo("mycket");
            assertThat(browser.value(By.id("measure-form:title"))).isEqualTo("Rekrytera fler familjehem");
            assertThat(plan.measureCount()).as("nothing stored").isZero();
            assertThat(browser.accessibilityViolations()).as("the measure form with three errors").isEmpty();
            browser.screenshot("measure-form-three-errors");

            browser.click(By.cssSelector("#error-summary a[data-field='measure-form:cost']"));
            browser.waitUntilFocused("measure-form:cost");

            browser.fill(By.id("measure-form:number"), "").fill(By.id("measure-form:due-on_input"), "2027-06-30")
                    .fill(By.id("measure-form:cost"), "350 000");
            submit(By.id("measure-form:save"));
            browser.waitUntilTextShown("Åtgärden Rekrytera fler familjehem är sparad.");
            assertThat(browser.driver().findElements(By.id("error-summary"))).as("no summary once the form is right").isEmpty();
            assertThat(plan.measureCount()).isEqualTo(1);
        } finally {
            plan.remove();
        }
    }

    @Test
    void a_measure_the_service_refuses_at_two_fields_shows_both_errors_at_once_each_at_its_field() {
        OwnPlan plan = OwnPlan.make("Tjänstens fel", false);
        String tooLong = "Samtal med familjen varje vecka. ".repeat(130).substring(0, 4001); // TEXT_MAX is 4000
        try {
            browser.logInAs(USER);
            browser.open(plan.newMeasurePage());
            browser.fill(By.id("measure-form:number"), "2").fill(By.id("measure-form:title"), "")
                    .fill(By.id("measure-form:how"), tooLong).fill(By.id("measure-form:cost"), "120 000");
            submit(By.id("measure-form:save"));

            browser.waitFor(By.id("error-summary"));
            assertThat(browser.text(By.cssSelector("#error-summary h2"))).as("both of the service's refusals counted")
                    .isEqualTo("Formuläret har 2 fel. Rätta det som står vid fälten:");
            List<String> items = summaryItems();
            assertThat(items).as("every field the service refused, in the order of the page").hasSize(2);
            assertThat(items.get(0)).isEqualTo("Åtgärd: Titeln måste fyllas i.");
            assertThat(items.get(1)).startsWith("Hur: Hur får vara högst").endsWith("tecken.");
            assertThat(browser.driver().findElements(By.cssSelector("#error-summary a[data-field]")).stream()
                    .map(a -> a.getAttribute("data-field"))).as("each error links to its field")
                    .containsExactly("measure-form:title", "measure-form:how");

            assertAtItsField("title", "measure-form:title", "Titeln måste fyllas i.");
            assertAtItsField("how", "measure-form:how", "Hur får vara högst");
            assertThat(browser.text(By.id("measure-form:cost-msg"))).as("no message at a field that is right").isBlank();
            assertThat(String.join("\n", browser.driver().findElements(By.id("messages")).stream().map(WebElement::getText).toList()))
                    .as("the errors are the fields' own, not repeated among the page's").doesNotContain("Titeln", "Hur får");

            browser.waitUntilFocused("measure-form:title"); // the first field to correct
            assertThat(browser.value(By.id("measure-form:how"))).as("her text is kept, all of it").isEqualTo(tooLong);
            assertThat(browser.value(By.id("measure-form:number"))).isEqualTo("2");
            assertThat(plan.measureCount()).as("nothing stored").isZero();
            assertThat(browser.accessibilityViolations()).as("the measure form with two refusals of the service").isEmpty();
            browser.screenshot("measure-form-two-service-errors");

            browser.fill(By.id("measure-form:title"), "Samtalsstöd").fill(By.id("measure-form:how"), "Samtal varje vecka.");
            submit(By.id("measure-form:save"));
            browser.waitUntilTextShown("Åtgärden Samtalsstöd är sparad.");
            assertThat(browser.driver().findElements(By.id("error-summary"))).as("no summary once the form is right").isEmpty();
            assertThat(plan.measureCount()).isEqualTo(1);
        } finally {
            plan.remove();
        }
    }

    @Test
    void an_english_page_refuses_a_measure_in_english_and_the_swedish_page_in_swedish() {
        OwnPlan plan = OwnPlan.make("Språkprov", true);
        try {
            browser.logInAs(USER);
            browser.click(By.id("language-form:language"));
            browser.waitUntilText(By.tagName("h1"), "Regional development and action plan");

            browser.open(plan.newMeasurePage());
            browser.waitUntilText(By.tagName("h1"), "New measure");
            typeBadNumbers("Second measure");
            assertThat(browser.text(By.id("measure-form:number-msg"))).contains("Give the number in digits, for example 3.");
            assertThat(browser.text(By.id("measure-form:cost-msg"))).contains("The cost may not be less than 0.");
            assertThat(browser.text(By.cssSelector("#error-summary h2"))).isEqualTo("The form has 2 errors. Correct what is said at the fields:");
            assertThat(summaryItems()).containsExactly("No.: Give the number in digits, for example 3.",
                    "Cost (SEK): The cost may not be less than 0.");
            assertNoSwedish();
            assertThat(browser.accessibilityViolations()).as("the English measure form with two errors").isEmpty();

            leaveTitleEmpty();
            assertThat(browser.text(By.id("measure-form:title-msg"))).as("the service's refusal at its field")
                    .contains("The title must be filled in.");
            assertThat(summaryItems()).containsExactly("Measure: The title must be filled in.");
            assertNoSwedish();

            giveTakenNumber("Second measure");
            assertThat(browser.text(By.id("messages"))).as("the service's refusal of a number the plan has")
                    .contains("The plan already has a measure number 1.");
            assertNoSwedish();
            assertThat(browser.accessibilityViolations()).as("the English measure form refused by the service").isEmpty();

            browser.openPortal();
            browser.click(By.id("language-form:language"));
            browser.waitUntilText(By.tagName("h1"), "Regional utvecklings- och handlingsplan");
            browser.open(plan.newMeasurePage());
            browser.waitUntilText(By.tagName("h1"), "Ny åtgärd");
            typeBadNumbers("Andra åtgärden");
            assertThat(browser.text(By.id("measure-form:number-msg"))).contains("Ange numret med siffror, till exempel 3.");
            assertThat(browser.text(By.id("measure-form:cost-msg"))).contains("Kostnaden får inte vara mindre än 0.");
            assertThat(browser.text(By.cssSelector("#error-summary h2"))).isEqualTo("Formuläret har 2 fel. Rätta det som står vid fälten:");
            leaveTitleEmpty();
            assertThat(browser.text(By.id("measure-form:title-msg"))).contains("Titeln måste fyllas i.");
            giveTakenNumber("Andra åtgärden");
            assertThat(browser.text(By.id("messages"))).contains("Det finns redan en åtgärd med nummer 1 i planen.");
            assertThat(browser.accessibilityViolations()).as("the Swedish measure form refused by the service").isEmpty();
            assertThat(plan.measureCount()).as("nothing stored by a refused form").isEqualTo(1);
        } finally {
            plan.remove();
        }
    }

    /** A number in words and a negative cost: refused as typed, before the service is asked. */
    private void typeBadNumbers(String title) {
        browser.fill(By.id("measure-form:number"), "tre").fill(By.id("measure-form:title"), title)
                .fill(By.id("measure-form:due-on_input"), "").fill(By.id("measure-form:cost"), "-500");
        submit(By.id("measure-form:save"));
        browser.waitFor(By.id("error-summary"));
    }

    /** Numbers right, the title empty: refused by the service (a declared constraint) at the title. */
    private void leaveTitleEmpty() {
        browser.fill(By.id("measure-form:number"), "1").fill(By.id("measure-form:title"), "").fill(By.id("measure-form:cost"), "");
        submit(By.id("measure-form:save"));
        browser.waitFor(By.id("error-summary"));
    }

    /** The number of the plan's measure: refused by the service (a rule of the plan), not at a field. */
    private void giveTakenNumber(String title) {
        browser.fill(By.id("measure-form:number"), "1").fill(By.id("measure-form:title"), title);
        submit(By.id("measure-form:save"));
        browser.waitFor(By.cssSelector("#messages li"));
    }

    /** The messages the page shows: its own, the summary's and those at the fields. */
    private void assertNoSwedish() {
        String shown = String.join("\n", browser.driver().findElements(By.cssSelector(
                "#messages, #error-summary, [id$='-msg']")).stream().map(WebElement::getText).toList());
        assertThat(shown).as("the English page's messages").isNotBlank();
        for (String word : SWEDISH_WORDS) {
            assertThat(shown).as("the English page's messages, without the Swedish '%s'", word).doesNotContain(word);
        }
        assertThat(shown).as("no Swedish letters in the English page's messages").doesNotContainPattern("[åäöÅÄÖ]");
    }

    private List<String> summaryItems() {
        return browser.driver().findElements(By.cssSelector("#error-summary li")).stream().map(e -> e.getText().strip()).toList();
    }

    /**
     * The field is marked invalid, described by its message, and the message stands beside it (in
     * the same form row) and says the given text.
     */
    private void assertAtItsField(String name, String inputId, String text) {
        String messageId = "measure-form:" + name + "-msg";
        WebElement input = browser.driver().findElement(By.id(inputId));
        assertThat(input.getAttribute("aria-invalid")).as("%s marked invalid", name).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).as("%s described by its message", name).contains(messageId);
        assertThat(browser.text(By.id(messageId))).as("the message at %s", name).contains(text);
        assertThat(browser.driver().findElements(By.xpath("//div[contains(concat(' ', @class, ' '), ' field ')][.//*[@id='" + inputId
                + "']]//*[@id='" + messageId + "']"))).as("the message of %s in the field's own row", name).hasSize(1);
    }

    /** Presses a button that sends the form and waits for the page that answers it (not the one before). */
    private void submit(By button) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        browser.click(button);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    /** A measures plan of Umeå's, made through the API for one test; an utkast, so no report asks about it. */
    private record OwnPlan(long id) {

        /** Makes the plan, with one measure (number 1) when asked. */
        static OwnPlan make(String name, boolean withMeasure) {
            PortalApi api = PortalApi.as(USER);
            PortalApi.Answer created = api.post("lokala-planer", Json.createObjectBuilder().add("title", TestRun.unique(name))
                    .add("shape", "MEASURES").add("status", "DRAFT").build());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = created.object().getJsonNumber("id").longValue();
            if (withMeasure) {
                PortalApi.Answer measure = api.post("lokala-planer/" + id + "/atgarder",
                        Json.createObjectBuilder().add("title", "Första åtgärden").build());
                assertThat(measure.status()).as(measure.body()).isEqualTo(200);
            }
            return new OwnPlan(id);
        }

        String newMeasurePage() {
            return Browser.PORTAL_URL + "lokal/atgard.xhtml?plan=" + id;
        }

        int measureCount() {
            return PortalApi.as(USER).get("lokala-planer/" + id).object().getJsonArray("measures").size();
        }

        void remove() {
            PortalApi.as(USER).delete("lokala-planer/" + id);
        }
    }
}
