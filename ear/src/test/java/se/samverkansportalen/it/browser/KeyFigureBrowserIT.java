package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.samverkansportalen.it.support.KoladaStandIn;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Umeå's socialchef finds the key figures from the local plans, types a KPI id Kolada would not
 * have (refused at the field, her text kept), follows N17473, asks Kolada for a year it does not
 * answer in time (refused in Swedish, nothing stored) and then for 2023–2024, and sees the values
 * per year with their source; the lägesbild shows Umeå's newest value. At last she stops following
 * it (after a confirmation): the figure and its values are gone, the removal audited. Kolada is the test's own
 * local server ({@link KoladaStandIn}); every page passes axe (the base class scans each one).
 */
class KeyFigureBrowserIT extends BrowserTestBase {

    private static KoladaStandIn kolada;

    private final PortalApi umea = PortalApi.as("socialchef.umea");

    @BeforeAll
    static void startKolada() {
        kolada = KoladaStandIn.start();
    }

    @AfterAll
    static void stopKolada() {
        kolada.close();
    }

    @Test
    void a_socialchef_follows_a_key_figure_fetches_it_from_kolada_and_sees_it_on_the_lagesbild() {
        for (JsonValue f : umea.get("nyckeltal").array()) {
            if (f.asJsonObject().getString("kpi").equals(KoladaStandIn.KPI)) {
                umea.delete("nyckeltal/" + f.asJsonObject().getJsonNumber("id"));
            }
        }
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long period = Periods.open(slot);
        try {
            browser.logInAs("socialchef.umea");
            browser.open(Browser.PORTAL_URL + "lokal/index.xhtml");
            browser.click(By.id("key-figures"));
            browser.waitUntilText(By.tagName("h1"), "Nyckeltal från Kolada");

            browser.fill(By.id("follow-form:kpi"), "17473");
            browser.fill(By.id("follow-form:title"), "Barn och unga med insats");
            browser.click(By.id("follow-form:follow"));
            browser.waitUntilTextShown("Nyckeltalets id ska skrivas som i Kolada: en stor bokstav och fem siffror");
            assertThat(browser.value(By.id("follow-form:kpi"))).as("the typed id is kept").isEqualTo("17473");
            assertThat(browser.driver().findElement(By.id("follow-form:kpi")).getAttribute("aria-invalid")).isEqualTo("true");

            browser.fill(By.id("follow-form:kpi"), "n17473");
            browser.click(By.id("follow-form:follow"));
            browser.waitUntilTextShown("Kommunen följer nu N17473 (Barn och unga med insats).");

            new Select(browser.waitFor(By.id("fetch-form:figure"))).selectByVisibleText("N17473 Barn och unga med insats");
            browser.fill(By.id("fetch-form:from-year"), "2021");
            browser.fill(By.id("fetch-form:to-year"), "2021");
            browser.click(By.id("fetch-form:fetch"));
            browser.waitUntilTextShown("svarade inte inom 2 sekunder. Försök igen senare. Ingenting har sparats.");
            assertThat(browser.text(By.id("figures-form:figures"))).contains("Inga värden är hämtade ännu.");

            new Select(browser.waitFor(By.id("fetch-form:figure"))).selectByVisibleText("N17473 Barn och unga med insats");
            browser.fill(By.id("fetch-form:from-year"), "2023");
            browser.fill(By.id("fetch-form:to-year"), "2024");
            browser.click(By.id("fetch-form:fetch"));
            browser.waitUntilTextShown("5 värden är inlästa, varav 5 nya eller ändrade.");
            String table = browser.text(By.id("kf-N17473-values"));
            assertThat(table).contains("2023", "3,15", "2,9", "3,4").contains("värde saknas")
                    .contains("Kolada (" + kolada.address() + ")");

            browser.open(Browser.PORTAL_URL + "rapport/lagesbild.xhtml?period=" + period);
            browser.waitUntilText(By.id("key-figures-title"), "Nyckeltal från Kolada");
            assertThat(browser.text(By.id("key-figure-N17473"))).contains("Umeå").contains("2024").contains("3");

            browser.open(Browser.PORTAL_URL + "lokal/nyckeltal.xhtml");
            String id = TestDatabase.column("SELECT id FROM key_figure WHERE kommun_code = '2480' AND kpi = ?", KoladaStandIn.KPI).get(0);
            By unfollow = By.cssSelector("button[title='Sluta följa Barn och unga med insats (N17473)']");
            assertThat(browser.openConfirmation(unfollow)).contains("Dess hämtade värden tas bort ur portalen");
            browser.click(Browser.CONFIRM_YES);
            browser.waitUntilTextShown("Kommunen följer inte längre N17473 (Barn och unga med insats); dess värden är borttagna.");
            assertThat(browser.driver().findElements(By.id("kf-N17473-values"))).as("the figure and its values are gone").isEmpty();
            assertThat(TestDatabase.column("SELECT COUNT(*) FROM key_figure_value WHERE key_figure_id = ?", id)).containsExactly("0");
            assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE item_type = 'KEY_FIGURE' AND item_key = ? "
                    + "AND action = 'DELETE'", id)).as("the removal is audited").containsExactly("1");
        } finally {
            Periods.close(period);
        }
    }
}
