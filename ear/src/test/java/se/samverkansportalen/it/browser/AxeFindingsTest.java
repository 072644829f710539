package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which of axe-core's results fail a browser test: violations always; incomplete results unless
 * axe cannot decide them (contrast over a picture, a gradient or an overlapping element, and the
 * like, listed in {@link AxeFindings}); an incomplete result for any other rule or reason fails.
 */
class AxeFindingsTest {

    @Test
    void a_violation_fails() {
        Results results = results(List.of(rule("label", node("#plan-form\\:title", null))), List.of());

        assertThat(AxeFindings.failures(results)).singleElement().asString().startsWith("violation label");
    }

    @Test
    void contrast_that_axe_cannot_compute_over_a_background_image_is_accepted() {
        Results results = results(List.of(), List.of(rule("color-contrast", node(".portal-header a", "bgImage"))));

        assertThat(AxeFindings.failures(results)).isEmpty();
    }

    @Test
    void contrast_left_incomplete_for_a_reason_axe_can_decide_fails() {
        Results results = results(List.of(), List.of(rule("color-contrast", node(".hint", "fgAlpha"))));

        assertThat(AxeFindings.failures(results)).singleElement().asString()
                .startsWith("incomplete color-contrast").contains(".hint").contains("fgAlpha");
    }

    @Test
    void contrast_left_incomplete_without_a_reason_fails() {
        Results results = results(List.of(), List.of(rule("color-contrast", node(".hint", null))));

        assertThat(AxeFindings.failures(results)).hasSize(1);
    }

    @Test
    void an_incomplete_result_of_another_rule_fails_whatever_its_reason() {
        Results results = results(List.of(), List.of(rule("aria-valid-attr-value", node("#decided-on", "bgImage"))));

        assertThat(AxeFindings.failures(results)).singleElement().asString().startsWith("incomplete aria-valid-attr-value");
    }

    @Test
    void a_combobox_naming_the_popup_it_opens_is_accepted_and_only_that() {
        Results results = results(List.of(), List.of(rule("aria-valid-attr-value",
                node("#responsible_focus", "controlsWithinPopup"), node("#other", "noId"))));

        assertThat(AxeFindings.failures(results)).singleElement().asString().contains("#other").doesNotContain("#responsible_focus");
    }

    @Test
    void only_the_undecidable_nodes_of_a_rule_are_left_out() {
        Results results = results(List.of(), List.of(rule("color-contrast", node(".banner", "bgGradient"), node(".hint", "fgAlpha"))));

        assertThat(AxeFindings.failures(results)).singleElement().asString().contains(".hint").doesNotContain(".banner");
    }

    @Test
    void a_scan_that_axe_could_not_finish_fails_instead_of_passing_unjudged() {
        Results results = new Results();
        results.setViolations(List.of());
        results.setErrorMessage(new IllegalStateException("cannot deserialize the result value"));

        assertThat(AxeFindings.failures(results)).singleElement().asString()
                .startsWith("axe could not scan the page").contains("cannot deserialize");
    }

    private static Results results(List<Rule> violations, List<Rule> incomplete) {
        Results results = new Results();
        results.setViolations(violations);
        results.setIncomplete(incomplete);
        return results;
    }

    private static Rule rule(String id, CheckedNode... nodes) {
        Rule rule = new Rule();
        rule.setId(id);
        rule.setImpact("serious");
        rule.setHelp("help for " + id);
        rule.setNodes(List.of(nodes));
        return rule;
    }

    private static CheckedNode node(String target, String messageKey) {
        Check check = new Check();
        check.setId("check");
        check.setData(messageKey == null ? Map.of("fgColor", "#000000") : Map.of("messageKey", messageKey));
        CheckedNode node = new CheckedNode();
        node.setTarget(List.of(target));
        node.setAny(List.of(check));
        node.setAll(List.of());
        node.setNone(List.of());
        return node;
    }
}
