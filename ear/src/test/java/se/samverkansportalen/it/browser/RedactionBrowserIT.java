package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * The administrator finds a personnummer that got into the history before such text was refused,
 * sees it masked, and removes it with a reason; the page works by keyboard and screen reader (axe).
 */
class RedactionBrowserIT extends BrowserTestBase {

    @Test
    void the_administrator_removes_an_old_personnummer_from_a_measures_history_with_a_reason() {
        String item = "2480:redaction-browser-" + UUID.randomUUID();
        long entry = TestDatabase.oldAuditEntry(item, "Samtal med 19121212-1212 varje vecka", "Samtal varje vecka");

        browser.logInAs("admin.portal");
        browser.open(Browser.PORTAL_URL + "admin/redigering.xhtml?typ=LOCAL_MEASURE&item=" + item);
        String row = browser.text(By.id("findings"));
        assertThat(row).contains("19121212-XXXX").doesNotContain("1212 varje").contains("Åtgärd");
        assertThat(browser.accessibilityViolations()).as("the redaction page with a finding").isEmpty();

        browser.fill(By.id("redaction-form:rows:0:reason"), "Personnummer i fritext från före regeln");
        browser.clickAndConfirm(By.id("redaction-form:rows:0:redact"));
        browser.waitUntilTextShown("Post " + entry + " är rensad.");

        assertThat(TestDatabase.column("SELECT CONCAT(COALESCE(old_value, '-'), '|', COALESCE(new_value, '-')) FROM audit_entry WHERE id = ?",
                entry)).containsExactly("-|-");
        assertThat(browser.accessibilityViolations()).as("the redaction page after a removal").isEmpty();
    }
}
