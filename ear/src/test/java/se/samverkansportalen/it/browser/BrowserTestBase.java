package se.samverkansportalen.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;

/**
 * Browser tests: the portal's EAR deployed as built, tested from outside as a client, one fresh
 * Chromium (one user's session) per test. Every page a test's browsers load is scanned with
 * axe-core ({@link Browser}, {@link PageScans}): a test fails at its end when a page it passed
 * through had a finding, even one it never asked {@code accessibilityViolations()} about; each
 * class prints one line on what those scans cost.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTestBase {

    /** What scanning every page load cost, per test class, added up test by test. */
    private static final Map<String, PageScans.Cost> SCAN_COST = new ConcurrentHashMap<>();

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

    /** Closes the browser (its last page is scanned too), then fails the test if any page load it passed through had an axe finding. */
    @AfterEach
    void closeBrowser() {
        PageScans scans = Browser.pageScans();
        try {
            browser.close();
        } finally {
            SCAN_COST.computeIfAbsent(getClass().getSimpleName(), k -> new PageScans.Cost()).add(scans);
        }
        if (scans.failed()) {
            throw new AssertionError(scans.report());
        }
    }

    /**
     * Prints the line on what scanning every page load cost this class's tests (CI's time). Takes no
     * parameter: Arquillian's JUnit 5 extension cannot give a static method its TestInfo.
     */
    @AfterAll
    static void printScanCost() {
        for (String name : List.copyOf(SCAN_COST.keySet())) {
            PageScans.Cost cost = SCAN_COST.remove(name);
            if (cost != null) {
                System.out.println(cost.line(name));
            }
        }
    }

    /** Ends this user's browser and opens a fresh one, for a story told by two users in turn. */
    protected void switchUser() {
        browser.close();
        browser = new Browser();
    }
}
