package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The coordinator opens a tertial for every kommun; a socialchef sees it and cannot open or close periods. */
class ReportingPeriodsBrowserIT extends BrowserTestBase {

    @Test
    void the_coordinator_opens_tertial_3_of_2018_and_the_umea_socialchef_sees_it_open() {
        browser.logInAs("samordnare");
        browser.click(By.linkText("Rapportering"));
        new Select(browser.waitFor(By.id("open-form:kind"))).selectByValue("TERTIAL");
        browser.fill(By.id("open-form:year"), "2018").fill(By.id("open-form:number"), "3")
                .fill(By.id("open-form:deadline"), "2019-01-15");
        assertThat(browser.accessibilityViolations()).as("the periods page for a coordinator").isEmpty();
        browser.click(By.id("open-form:open"));
        browser.waitUntilTextShown("Rapportperioden 2018-T3 är öppnad för alla kommuner.");
        assertThat(browser.text(By.xpath("//table[@id='periods']//tr[th='2018-T3']")))
                .contains("2018-09-01 – 2018-12-31").contains("2019-01-15").contains("Öppen, sista dagen har passerat");
        switchUser();

        browser.logInAs("socialchef.umea");
        browser.click(By.linkText("Rapportering"));
        assertThat(browser.text(By.id("periods"))).contains("2018-T3");
        assertThat(browser.driver().findElements(By.id("open-form"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("button[id$=':close']"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("the periods page for a socialchef").isEmpty();
    }
}
