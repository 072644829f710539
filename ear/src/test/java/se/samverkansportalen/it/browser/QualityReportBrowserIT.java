package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverkansportalen.it.support.QualityYears;

/**
 * Umeå's socialchef writes the kommun's kvalitetsberättelse for a year of its own on the pages:
 * she starts an utkast, removes it again after confirming (and is back at the list, told so),
 * starts it anew, writes Synpunkter (a personnummer in her text is refused at the field and
 * her text stays), adds a figure, and fastställer the berättelse with date, nämnd and
 * diarienummer; from then on the page offers no editing and the edit page refuses in Swedish.
 * The region's coordinator then reads it among every kommun's fastställda berättelser, and reads
 * the demo start's example (Uppsala's 2024 berättelse in Vännäs) with its 73 and 79 synpunkter
 * and the three reports to IVO withheld as a small number, in Swedish throughout (the control of
 * every avdelning named "Alla avdelningar"). Every page passes axe, the confirmation too.
 */
class QualityReportBrowserIT extends BrowserTestBase {

    @Test
    void the_umea_socialchef_writes_and_faststaller_the_berattelse_and_the_region_reads_it_and_the_vannas_example() {
        int year = QualityYears.freeOf("2480");
        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Kvalitetsberättelser"));
        assertThat(browser.accessibilityViolations()).as("the list of Umeå's berättelser").isEmpty();
        browser.fill(By.id("new-form:year"), "tjugotjugofem");
        browser.click(By.id("new-form:create"));
        assertThat(browser.text(By.id("new-form:year-msg"))).as("a year in words is refused at its field")
                .contains("Ange året med fyra siffror");
        assertThat(browser.accessibilityViolations()).as("the list with the year refused").isEmpty();
        browser.fill(By.id("new-form:year"), String.valueOf(year));
        browser.click(By.id("new-form:create"));
        browser.waitUntilTextShown("Utkastet till kvalitetsberättelse " + year + " är skapat.");
        String confirmation = browser.openConfirmation(By.id("remove-form:remove"));
        assertThat(confirmation).contains("Ta bort utkastet till kvalitetsberättelse " + year);
        assertThat(browser.accessibilityViolations()).as("the utkast with the removal to confirm").isEmpty();
        browser.click(Browser.CONFIRM_YES);
        browser.waitUntilTextShown("Utkastet till kvalitetsberättelse " + year + " är borttaget.");
        assertThat(browser.driver().findElements(By.linkText(String.valueOf(year)))).as("no longer in the list").isEmpty();
        assertThat(browser.accessibilityViolations()).as("the list after the removal").isEmpty();

        browser.fill(By.id("new-form:year"), String.valueOf(year));
        browser.click(By.id("new-form:create"));
        browser.waitUntilTextShown("Utkastet till kvalitetsberättelse " + year + " är skapat.");
        assertThat(browser.text(By.id("report-status"))).isEqualTo("Utkast");
        assertThat(browser.text(By.id("section-complaints"))).isEqualTo("Synpunkter");
        assertThat(browser.accessibilityViolations()).as("the utkast").isEmpty();

        browser.click(By.xpath("//section[h2[@id='section-complaints']]//a[normalize-space()='Redigera avsnittet']"));
        browser.fill(By.id("section-form:text"), "Synpunkterna gällde främst handläggningen, bland annat för barnet 811218-9876.");
        browser.click(By.id("section-form:save"));
        assertThat(browser.text(By.id("section-form:text-msg"))).as("a personnummer is refused at the field")
                .contains("innehåller ett personnummer");
        assertThat(browser.value(By.id("section-form:text"))).as("her text stays").contains("handläggningen");
        assertThat(browser.accessibilityViolations()).as("the section with the text refused").isEmpty();
        browser.fill(By.id("section-form:text"), "Synpunkterna gällde främst handläggningen och bemötandet.");
        browser.click(By.id("section-form:add-figure"));
        browser.fill(By.id("section-form:figures:0:name"), "Registrerade synpunkter")
                .fill(By.id("section-form:figures:0:year"), String.valueOf(year))
                .fill(By.id("section-form:figures:0:value"), "64")
                .fill(By.id("section-form:figures:0:periodNote"), "t.o.m. 30 november");
        assertThat(browser.accessibilityViolations()).as("the section form with a figure").isEmpty();
        browser.click(By.id("section-form:save"));
        browser.waitUntilTextShown("Avsnittet Synpunkter är sparat.");
        assertThat(browser.text(By.id("figures-complaints"))).contains("Registrerade synpunkter").contains("64")
                .contains("t.o.m. 30 november");
        assertThat(browser.text(By.xpath("//section[h2[@id='section-complaints']]"))).contains("handläggningen och bemötandet");

        browser.fill(By.id("adopt-form:adopted-on_input"), LocalDate.now().toString())
                .fill(By.id("adopt-form:decided-by"), "Individ- och familjeomsorgsnämnden")
                .fill(By.id("adopt-form:registration-number"), "IFN-" + year + "-0042");
        assertThat(browser.accessibilityViolations()).as("the berättelse with the fastställ form filled").isEmpty();
        browser.clickAndConfirm(By.id("adopt-form:adopt"));
        browser.waitUntilTextShown("Kvalitetsberättelse " + year + " är fastställd.");
        assertThat(browser.text(By.id("report-status"))).isEqualTo("Fastställd");
        assertThat(browser.text(By.id("decision"))).contains("Individ- och familjeomsorgsnämnden").contains("IFN-" + year + "-0042");
        assertThat(browser.driver().findElements(By.xpath("//a[normalize-space()='Redigera avsnittet']"))).as("nothing to edit").isEmpty();
        assertThat(browser.driver().findElements(By.id("adopt-form:adopt"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("remove-form:remove"))).as("a fastställd berättelse is not removed").isEmpty();
        assertThat(browser.accessibilityViolations()).as("the fastställd berättelse").isEmpty();

        browser.open(Browser.PORTAL_URL + "kvalitet/avsnitt.xhtml?ar=" + year + "&avsnitt=complaints");
        browser.waitUntilTextShown("Kvalitetsberättelsen för " + year + " är fastställd och kan inte ändras.");
        assertThat(browser.driver().findElements(By.id("section-form:save"))).as("no form to send").isEmpty();
        assertThat(browser.accessibilityViolations()).as("the edit page refusing a fastställd berättelse").isEmpty();

        switchUser();
        browser.logInAs("samordnare");
        browser.click(By.linkText("Kvalitetsberättelser"));
        assertThat(browser.text(By.id("quality-reports"))).contains("Umeå").contains("Vännäs").contains("IFN-" + year + "-0042");
        assertThat(browser.accessibilityViolations()).as("every kommun's fastställda berättelser").isEmpty();
        browser.open(Browser.PORTAL_URL + "kvalitet/berattelse.xhtml?ar=2024&kommun=2460");
        assertThat(browser.text(By.id("source"))).isEqualTo("Exempel från Uppsala kommun, socialförvaltningen: Kvalitetsberättelse 2024");
        assertThat(browser.text(By.id("example-note"))).contains("exempel");
        String complaints = browser.text(By.id("figures-complaints"));
        assertThat(complaints).contains("Registrerade synpunkter").contains("73").contains("79");
        String deviations = browser.text(By.id("figures-deviations"));
        assertThat(deviations).contains("Lex Sarah-rapporter").contains("9").contains("< 5");
        assertThat(browser.text(By.xpath("//section[h2[@id='section-self-inspection']]"))).contains("Kollegial granskning 2024")
                .contains("förhandsbedömning").contains("utredning inför placering i familjehem").contains("omplacering")
                .contains("umgängesbegränsningar").as("in Swedish").contains("blandat: bättre än 2023").contains("Alla avdelningar")
                .doesNotContain("mixed");
        assertThat(browser.text(By.xpath("//section[h2[@id='section-complaints']]"))).contains("de flesta kom in via webben och e-post")
                .doesNotContain("most came");
        assertThat(browser.driver().findElements(By.id("adopt-form:adopt"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("the Vännäs example as the region reads it").isEmpty();
    }
}
