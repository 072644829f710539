package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A socialchef joins the discussion of a delmål: what she writes is shown as written, links work. */
class DiscussionBrowserIT extends BrowserTestBase {

    @Test
    void the_Umea_socialchef_comments_on_delmal_3_2_and_corrects_her_comment() {
        browser.logInAs("socialchef.umea");
        browser.click(By.cssSelector("th[id='delmal-3.2'] a.discussion-link"));
        assertThat(browser.text(By.id("discussion-about"))).startsWith("Delmål 3.2");

        browser.fill(By.id("post-form:comment"),
                "Vi har <b>tre</b> nya familjehem sedan kampanjen, se https://www.umea.se/familjehem.");
        browser.click(By.id("post-form:post"));

        browser.waitUntilTextShown("Din kommentar är publicerad.");
        String comment = browser.text(By.cssSelector("#comments li:last-child"));
        assertThat(comment).contains("Maria Lundgren, Umeå").contains("Vi har <b>tre</b> nya familjehem");
        assertThat(browser.driver().findElements(By.cssSelector("#comments b"))).as("markup stays text").isEmpty();
        assertThat(browser.waitFor(By.cssSelector("#comments li:last-child a[href='https://www.umea.se/familjehem']")))
                .isNotNull();
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.click(By.cssSelector("#comments li:last-child a[id$=':edit']"));
        browser.fill(By.cssSelector("textarea[id$='edited-text']"), "Vi har fyra nya familjehem sedan kampanjen.");
        browser.click(By.cssSelector("button[id$='save-edit']"));
        browser.waitUntilTextShown("Kommentaren är ändrad.");
        assertThat(browser.text(By.cssSelector("#comments li:last-child"))).contains("fyra nya familjehem").contains("ändrad");
    }
}
