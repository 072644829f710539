package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * How the portal looks, on screen and on paper. WCAG 2.4.7 (focus visible): a keyboard user
 * tabbing through a form sees where the focus is on a text field, a textarea, a multi-select, a
 * select, a button and a link alike: a solid outline of 3px whose colour stands out at least 3:1
 * from the background around the element; the coordinator tabs through a delmål's edit page (read
 * only: nothing is saved) and the header. One PrimeFaces theme on every page. Printed, the plan and
 * a report show their content without header, menu, footer, buttons or filters.
 */
class PortalLookBrowserIT extends BrowserTestBase {

    /** Reads the focused element's outline and the colour behind it (the first ancestor with an opaque background). */
    private static final String FOCUS_STYLE = """
            let e = document.activeElement;
            // A PrimeFaces widget keeps its focus in a hidden input and draws the ring on the widget itself.
            const widget = e.closest('.ui-helper-hidden-accessible') && e.closest('.ui-selectcheckboxmenu, .ui-selectonemenu, .ui-chkbox, .ui-radiobutton');
            if (widget) { e = widget.querySelector('.ui-chkbox-box, .ui-radiobutton-box') || widget; }
            const s = getComputedStyle(e);
            let bg = 'rgb(255, 255, 255)';
            for (let n = e.parentElement; n; n = n.parentElement) {
              const c = getComputedStyle(n).backgroundColor;
              if (c && c !== 'transparent' && !c.startsWith('rgba(0, 0, 0, 0)')) { bg = c; break; }
            }
            return {id: e.id, style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor, background: bg};
            """;

    @Test
    void every_kind_of_field_button_and_link_shows_a_strong_focus_ring_when_tabbed_to() {
        String subGoal = TestDatabase.column("SELECT s.item_key FROM sub_goal s JOIN improvement_area a ON a.id = s.area_id "
                + "JOIN plan_version v ON v.id = a.version_id WHERE s.number = ? ORDER BY v.number DESC LIMIT 1", "1.1").get(0);
        browser.logInAs("samordnare");
        browser.open(Browser.PORTAL_URL + "plan/delmal.xhtml?item=" + subGoal);
        browser.waitFor(By.id("subgoal-form:number"));
        String select = browser.waitFor(By.cssSelector("select[id$='move-target']")).getAttribute("id");

        SoftAssertions focus = new SoftAssertions();
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        kinds.put("logout-form:logout", "the header's button (on the blue header)");
        kinds.put("subgoal-form:number", "a text field");
        kinds.put("subgoal-form:text", "a textarea");
        kinds.put("subgoal-form:responsible_focus", "the multi-select of ansvariga (a PrimeFaces widget)");
        kinds.put(select, "a select");
        kinds.put("subgoal-form:save", "a PrimeFaces button");
        kinds.put("subgoal-form:back", "a link");
        // Start where a keyboard user starts: the first stop of the page, the skip link.
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('a.skip-link').focus()");
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            browser.tabTo(kind.getKey(), 300);
            @SuppressWarnings("unchecked")
            Map<String, Object> style = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(FOCUS_STYLE);
            focus.assertThat(style.get("style")).as("outline style of %s: %s", kind.getValue(), style).isEqualTo("solid");
            focus.assertThat(style.get("width")).as("outline width of %s: %s", kind.getValue(), style).isEqualTo("3px");
            focus.assertThat(contrast((String) style.get("color"), (String) style.get("background")))
                    .as("contrast of %s's focus ring with its background: %s", kind.getValue(), style).isGreaterThanOrEqualTo(3.0);
        }
        browser.screenshot("focus-ring-on-link");
        focus.assertThat(browser.accessibilityViolations()).as("the delmål page").isEmpty();
        focus.assertAll();
    }

    @Test
    void every_page_has_the_one_theme_and_the_plan_and_a_report_print_without_the_screens_chrome() {
        Periods.during("TERTIAL", period -> {
            browser.logInAs("socialchef.umea");
            for (String page : List.of("index.xhtml", "lokal/index.xhtml", "rapport/rapport.xhtml?period=" + period)) {
                browser.open(Browser.PORTAL_URL + page);
                browser.waitFor(By.tagName("footer"));
                @SuppressWarnings("unchecked")
                List<String> themes = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return Array.from(document.querySelectorAll('link[rel=stylesheet]')).map(l => l.href).filter(h => h.includes('theme.css'));");
                assertThat(themes).as("the theme stylesheets of %s", page).hasSize(1).allMatch(h -> h.contains("primefaces-saga-blue"));
            }

            browser.open(Browser.PORTAL_URL + "index.xhtml");
            browser.waitFor(By.id("filter-form"));
            printMedia(true);
            SoftAssertions paper = new SoftAssertions();
            for (String hidden : List.of(".portal-header", ".portal-nav", ".portal-footer", "#filter-form", "#exports", ".area-nav")) {
                paper.assertThat(browser.driver().findElement(By.cssSelector(hidden)).isDisplayed()).as("%s on paper", hidden).isFalse();
            }
            paper.assertThat(browser.driver().findElement(By.cssSelector(".plan-area table")).isDisplayed()).as("the plan's table on paper").isTrue();
            paper.assertThat(browser.driver().findElement(By.tagName("h1")).isDisplayed()).isTrue();
            printMedia(false);

            browser.open(Browser.PORTAL_URL + "rapport/rapport.xhtml?period=" + period);
            browser.waitFor(By.id("report-form"));
            printMedia(true);
            paper.assertThat(browser.driver().findElements(By.cssSelector("button")).stream().filter(b -> b.isDisplayed()).toList())
                    .as("buttons on a printed report").isEmpty();
            paper.assertThat(browser.driver().findElements(By.cssSelector("#report-form legend")).stream().filter(l -> l.isDisplayed()).count())
                    .as("the report's items on paper").isPositive();
            paper.assertThat(browser.driver().findElements(By.cssSelector("#report-form textarea")).stream().allMatch(t -> t.isDisplayed()))
                    .as("the narratives on paper").isTrue();
            browser.screenshot("report-as-printed");
            printMedia(false);
            paper.assertAll();
        });
    }

    private void printMedia(boolean print) {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", print ? "print" : ""));
    }

    /** The WCAG contrast ratio (1–21) of two CSS colours given as rgb()/rgba(). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        assertThat(parts.length).as("a colour in rgb(): " + css).isGreaterThanOrEqualTo(3);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
