package se.samverkansportalen.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;

/**
 * Browser tests: the portal's EAR deployed as built, tested from outside as a client, one fresh
 * Chromium (one user's session) per test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTestBase {

    protected Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void openBrowser(org.junit.jupiter.api.TestInfo test) {
        Browser.recordPagesOf(getClass().getSimpleName() + test.getTestMethod().map(m -> "." + m.getName()).orElse(""));
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Ends this user's browser and opens a fresh one, for a story told by two users in turn. */
    protected void switchUser() {
        browser.close();
        browser = new Browser();
    }
}
