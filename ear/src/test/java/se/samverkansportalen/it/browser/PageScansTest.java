package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The axe findings on the pages a browser test passed through: a test with none passes; each
 * finding is listed once with every page load it was seen on (address and screenshot); pages not
 * scanned fail nothing but are counted; and one line per test class says what the scans cost.
 */
class PageScansTest {

    private static final String PLAN = "http://localhost:8380/samverkansportalen/lokal/plan.xhtml?id=12";
    private static final String REPORT = "http://localhost:8380/samverkansportalen/rapport/rapport.xhtml?period=3";
    private static final String LABEL = "violation label (critical): Form elements must have labels at [#plan-form\\:title]";
    private static final String CONTRAST = "violation color-contrast (serious): Elements must meet minimum color contrast at [.hint]";

    @Test
    void pages_without_findings_fail_nothing_and_report_nothing() {
        PageScans scans = new PageScans("LoginIT.a_user_logs_in");
        scans.scanned(PLAN, "LoginIT-001-lokal-plan.png", List.of(), Duration.ofMillis(700));
        scans.scanned(REPORT, "LoginIT-002-rapport-rapport.png", List.of(), Duration.ofMillis(500));

        assertThat(scans.failed()).isFalse();
        assertThat(scans.report()).isEmpty();
        assertThat(scans.pages()).isEqualTo(2);
        assertThat(scans.time()).isEqualTo(Duration.ofMillis(1200));
    }

    @Test
    void a_finding_names_the_test_the_page_address_and_its_screenshot() {
        PageScans scans = new PageScans("LocalPlanBrowserIT.a_plan_is_made");
        scans.scanned(REPORT, "LocalPlanBrowserIT-003-rapport-rapport.png", List.of(), Duration.ZERO);
        scans.scanned(PLAN, "LocalPlanBrowserIT-004-lokal-plan.png", List.of(LABEL), Duration.ZERO);

        assertThat(scans.failed()).isTrue();
        assertThat(scans.report()).startsWith("axe found 1 accessibility failure on 1 of the 2 page loads LocalPlanBrowserIT.a_plan_is_made passed through")
                .contains("1. " + LABEL + "\n   on " + PLAN + " (LocalPlanBrowserIT-004-lokal-plan.png)")
                .doesNotContain(REPORT);
    }

    @Test
    void the_same_finding_on_several_page_loads_is_listed_once_with_each_of_them_in_the_order_first_seen() {
        PageScans scans = new PageScans("KommunReportBrowserIT.a_report");
        scans.scanned(PLAN, "K-001-lokal-plan.png", List.of(LABEL), Duration.ZERO);
        scans.scanned(REPORT, "K-002-rapport-rapport.png", List.of(CONTRAST, LABEL), Duration.ZERO);
        scans.scanned(PLAN, "K-003-lokal-plan.png", List.of(LABEL), Duration.ZERO);

        String report = scans.report();

        assertThat(report).startsWith("axe found 2 accessibility failures on 3 of the 3 page loads");
        assertThat(report.lines().filter(l -> l.contains(LABEL))).hasSize(1);
        assertThat(report.indexOf(LABEL)).isLessThan(report.indexOf(CONTRAST));
        assertThat(report).contains(LABEL + "\n   on " + PLAN + " (K-001-lokal-plan.png)\n   on " + REPORT
                + " (K-002-rapport-rapport.png)\n   on " + PLAN + " (K-003-lokal-plan.png)\n2. " + CONTRAST);
    }

    @Test
    void a_finding_on_many_page_loads_names_the_first_few_and_counts_the_rest() {
        PageScans scans = new PageScans("T.t");
        for (int i = 1; i <= PageScans.PLACES_SHOWN + 3; i++) {
            scans.scanned(PLAN, "T-%03d-lokal-plan.png".formatted(i), List.of(LABEL), Duration.ZERO);
        }

        assertThat(scans.report()).contains("(T-005-lokal-plan.png)").doesNotContain("T-006").endsWith("and on 3 more page loads");
    }

    @Test
    void a_page_not_scanned_fails_nothing_but_is_counted_with_its_reason() {
        PageScans scans = new PageScans("T.t");
        scans.notScanned(PLAN, "T-001-lokal-plan.png", "not settled within 5 s", Duration.ofSeconds(5));

        assertThat(scans.failed()).isFalse();
        assertThat(scans.notScanned()).containsExactly(PLAN + " (T-001-lokal-plan.png): not settled within 5 s");
        assertThat(scans.pages()).isZero();
        assertThat(scans.time()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void the_cost_of_a_test_class_adds_up_its_tests_in_one_line() {
        PageScans first = new PageScans("LoginIT.first");
        first.scanned(PLAN, "LoginIT-001-lokal-plan.png", List.of(), Duration.ofMillis(595));
        first.reused();
        first.scanned(PLAN, "LoginIT-002-lokal-plan.png", List.of(), Duration.ofMillis(5));
        first.sameMarkup();
        PageScans second = new PageScans("LoginIT.second");
        second.scanned(PLAN, "LoginIT-002-lokal-plan.png", List.of(LABEL), Duration.ofMillis(900));
        second.notScanned(REPORT, "LoginIT-003-rapport-rapport.png", "left during the scan", Duration.ofMillis(300));

        PageScans.Cost cost = new PageScans.Cost();
        cost.add(first);
        cost.add(second);

        assertThat(cost.line("LoginIT")).isEqualTo("axe on every page load: LoginIT scanned 3 page loads in 1.8 s (0.60 s each), 1 of them judged by an earlier scan of the same markup; "
                + "1 of the tests' own scans answered from them; 1 not scanned");
        assertThat(new PageScans.Cost().line("EmptyIT")).contains("scanned 0 page loads in 0.0 s (0.00 s each)");
    }
}
