package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Umeå's socialchef writes a long narrative in her report for a tertial no one else uses. The page
 * saves the draft by itself a few seconds after she stops typing and says when ("Utkastet sparat
 * kl. 10:42"). She goes on typing, and while she is away her login runs out (portal session and
 * Keycloak's, as at the end of a day): pressing "Spara utkast" takes her to Keycloak's login; after
 * logging in she is back on the same report (its address still holds the period) with the text she
 * typed put back and a notice saying so; she saves it, and on the next visit nothing is put back.
 */
class ExpiredSessionBrowserIT extends BrowserTestBase {

    private final String autosaved = TestRun.unique("Familjehemsrekryteringen pågår") + ": två familjer är i utredning.";
    private final String typedWhileAway = TestRun.unique("Familjehemsrekryteringen pågår")
            + ": två familjer är i utredning, en tredje har hört av sig efter informationskvällen i oktober.";

    @Test
    void text_typed_before_the_login_ran_out_is_autosaved_or_put_back_after_logging_in_again() {
        Periods.during("TERTIAL", period -> {
            writesWhileTheLoginRunsOut(period);
        });
    }

    private void writesWhileTheLoginRunsOut(long period) {
        String report = Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period;
        By narrative = By.id("report-form:items:0:narrative");
        browser.logInAs("socialchef.umea");
        browser.open(report);

        browser.fill(narrative, autosaved);
        // The autosave's Ajax update replaces the status element; a read between finding and reading it is tried again.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage("the draft to be saved by itself")
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("report-form:autosave-status")).getText().matches(".*Utkastet sparat kl\\. \\d\\d:\\d\\d.*"));
        assertThat(TestDatabase.firstItemNarrative(period, "2480")).as("saved without pressing a button").isEqualTo(autosaved);

        browser.fill(narrative, typedWhileAway);
        By red = By.xpath("//input[@name='report-form:items:0:light' and @value='RED']");
        browser.click(By.xpath("//input[@name='report-form:items:0:light' and @value='RED']/following-sibling::label"));
        // The portal's session and Keycloak's have run out: every cookie of the browser is gone (the typed
        // text must not wait for the 3 s autosave, which would find no session either).
        ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        browser.click(By.id("report-form:save"));
        browser.submitLogin("socialchef.umea", Browser.DEMO_PASSWORD);

        waitForRestoredText();
        assertThat(browser.driver().getCurrentUrl()).as("back on the same report").contains("rapport.xhtml?period=" + period);
        assertThat(browser.value(narrative)).as("the text typed before the login ran out").isEqualTo(typedWhileAway);
        assertThat(browser.waitFor(red).isSelected()).as("the traffic light pressed before the login ran out").isTrue();
        assertThat(browser.text(By.id("drafts-restored"))).contains("är tillbaka i formuläret");
        assertThat(TestDatabase.firstItemNarrative(period, "2480")).as("not stored until she saves").isEqualTo(autosaved);
        assertThat(browser.accessibilityViolations()).as("the report with text put back").isEmpty();

        browser.click(By.id("report-form:save"));
        browser.waitUntilTextShown("Utkastet är sparat.");
        assertThat(TestDatabase.firstItemNarrative(period, "2480")).isEqualTo(typedWhileAway);
        browser.open(report);
        assertThat(browser.value(narrative)).isEqualTo(typedWhileAway);
        assertThat(browser.driver().findElements(By.id("drafts-restored"))).as("nothing left to put back").isEmpty();
    }

    @Test
    void a_measures_text_typed_before_the_login_ran_out_is_put_back_on_the_same_measure_and_gone_once_saved() {
        PortalApi umea = PortalApi.as("socialchef.umea");
        PortalApi.Answer created = umea.post("lokala-planer", Json.createObjectBuilder().add("lockVersion", 0)
                .add("title", TestRun.unique("Handlingsplan för öppenvården")).add("shape", "MEASURES").add("status", "DRAFT")
                .add("decidedBy", "Socialnämnden").build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = created.object().getJsonNumber("id").longValue();
        try {
            long measure = umea.post("lokala-planer/" + plan + "/atgarder", Json.createObjectBuilder().add("lockVersion", 0)
                    .add("title", "Samtalsgrupper för barn").add("how", "I skolan").add("costSek", 60_000).add("dueOn", "2027-06-30")
                    .add("subGoalItemKeys", Json.createArrayBuilder()).build()).object().getJsonArray("measures")
                    .getJsonObject(0).getJsonNumber("id").longValue();
            String editor = Browser.PORTAL_URL + "lokal/atgard.xhtml?plan=" + plan + "&id=" + measure;
            String how = "I skolan och på fritidsgården, två grupper per termin med skolkuratorn som medledare.";
            browser.logInAs("socialchef.umea");
            browser.open(editor);
            browser.fill(By.id("measure-form:how"), how);
            ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            browser.click(By.id("measure-form:save"));
            browser.submitLogin("socialchef.umea", Browser.DEMO_PASSWORD);

            waitForRestoredText();
            assertThat(browser.driver().getCurrentUrl()).as("back on the same measure").contains("atgard.xhtml?plan=" + plan + "&id=" + measure);
            assertThat(browser.value(By.id("measure-form:how"))).isEqualTo(how);
            browser.click(By.id("measure-form:save"));
            browser.waitUntilTextShown("Samtalsgrupper för barn");
            assertThat(TestDatabase.column("SELECT how FROM local_measure WHERE id = ?", measure)).containsExactly(how);
            browser.open(editor);
            assertThat(browser.value(By.id("measure-form:how"))).isEqualTo(how);
            assertThat(browser.driver().findElements(By.id("drafts-restored"))).as("dropped after the save that redirected").isEmpty();
        } finally {
            umea.delete("lokala-planer/" + plan);
        }
    }

    @Test
    void a_link_to_a_report_opened_before_logging_in_lands_on_that_report_once_logged_in() {
        Periods.during("MONTH", period -> {
            browser.open(Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period); // as in a reminder mail
            browser.submitLogin("socialchef.umea", Browser.DEMO_PASSWORD);
            browser.waitFor(By.id("report-form"));
            assertThat(browser.driver().getCurrentUrl()).as("the query kept through the login").contains("rapport.xhtml?period=" + period);
        });
    }

    private void waitForRestoredText() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "the notice of text put back, on " + browser.driver().getCurrentUrl() + ": "
                        + browser.driver().findElement(By.tagName("body")).getText())
                .until(d -> !d.findElements(By.id("drafts-restored")).isEmpty());
    }
}
