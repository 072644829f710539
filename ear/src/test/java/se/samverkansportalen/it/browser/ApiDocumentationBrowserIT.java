package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A kommun's IT department reads the API's contract in a browser, without a login: the page at
 * {@code /api-dokumentation/} shows the server's OpenAPI document in Swagger UI, every operation
 * under {@code /api/v1/} with its Swedish summary, and opens an operation by keyboard. The page
 * as Swagger UI has drawn it, and with an operation open, passes axe (WCAG 2.1 AA) like every
 * page of the portal.
 */
class ApiDocumentationBrowserIT extends BrowserTestBase {

    private static final By OPERATION = By.cssSelector(".opblock");

    @Test
    void the_contract_is_readable_without_a_login_by_keyboard_and_passes_axe() {
        browser.open(Browser.PORTAL_URL + "api-dokumentation/");
        browser.waitUntilText(By.tagName("h1"), "Samverkansportalens API");
        List<WebElement> operations = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> {
                    List<WebElement> drawn = d.findElements(OPERATION);
                    return drawn.size() > 50 ? drawn : null;
                });

        String page = browser.text(By.id("swagger-ui"));
        assertThat(page).as("the operations of the versioned API with their Swedish summaries")
                .contains("/samverkansportalen/api/v1/lokala-planer", "Skapa en lokal plan",
                        "/samverkansportalen/api/v1/nyckeltal/{id}/kolada", "Spara rapporten som utkast")
                .doesNotContain("Failed to load API definition");
        List<String> asDrawn = browser.accessibilityViolations();

        WebElement create = operations.stream()
                .filter(o -> o.getText().contains("Skapa en lokal plan")).findFirst().orElseThrow();
        create.findElement(By.cssSelector(".opblock-summary-control")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> create.getAttribute("class").contains("is-open") && create.getText().contains("Request body"));
        assertThat(create.getText()).as("the opened operation shows its body and its refusals")
                .contains("title", "lockVersion", "201", "409");
        SoftAssertions axe = new SoftAssertions();
        axe.assertThat(asDrawn).as("Swagger UI as drawn").isEmpty();
        axe.assertThat(browser.accessibilityViolations()).as("an operation opened").isEmpty();
        axe.assertAll();
    }
}
