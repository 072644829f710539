package se.samverkansportalen.it.browser;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the browser tests count as an accessibility failure in axe-core's results: every violation,
 * and every "incomplete" (needs review) result except those axe cannot decide from the page.
 *
 * <p>axe reports a node as incomplete when a check could not reach a verdict. Most such results are
 * decidable by fixing the page (a broken ARIA reference, a table axe cannot read) and fail here.
 * Accepted, because no automatic tool can compute them and a person checks them on the screenshot,
 * is only {@code color-contrast} (and {@code link-in-text-block}, which uses the same contrast
 * computation) with one of these reasons axe gives ({@code data.messageKey} of the check):
 * <ul>
 * <li>{@code bgImage}, {@code bgGradient}, {@code imgNode}: the text stands on a picture or a
 * gradient, so its background has no single colour;</li>
 * <li>{@code bgOverlap}, {@code elmPartiallyObscured}, {@code elmPartiallyObscuring}: another
 * element lies over the text, so the colour behind it cannot be read;</li>
 * <li>{@code pseudoContent}: a ::before/::after decoration is behind the text;</li>
 * <li>{@code shortTextContent}, {@code nonBmp}: the "text" is a single character or an icon
 * font glyph, for which contrast rules do not apply;</li>
 * <li>{@code outsideViewport}: the element is outside the window (such as the skip link until it
 * gets the focus), so its colours on screen cannot be measured.</li>
 * </ul>
 * Accepted too is {@code aria-valid-attr-value} with the reason {@code controlsWithinPopup} only:
 * a combobox with {@code aria-haspopup} names in {@code aria-controls} the popup it opens
 * (PrimeFaces' date picker and multi-select make the popup when it is first opened), which ARIA 1.2
 * allows; axe cannot tell from the closed page whether the popup will appear, so it asks a person.
 * Anything else incomplete, including color-contrast for another reason or with no reason given,
 * fails.
 */
final class AxeFindings {

    /** Rule id → the reasons (messageKey) for which an incomplete result of that rule is accepted. */
    static final Map<String, Set<String>> UNDECIDABLE = Map.of(
            "color-contrast", Set.of("bgImage", "bgGradient", "imgNode", "bgOverlap", "elmPartiallyObscured",
                    "elmPartiallyObscuring", "pseudoContent", "shortTextContent", "nonBmp", "outsideViewport"),
            "link-in-text-block", Set.of("bgImage", "bgGradient", "imgNode", "bgOverlap", "pseudoContent"),
            "aria-valid-attr-value", Set.of("controlsWithinPopup"));

    private AxeFindings() {
    }

    /**
     * The violations, then the incomplete results that are not accepted, one readable line each;
     * when axe itself failed on the page (its results carry an error and no verdict), one line
     * saying so, since the page was not judged.
     */
    static List<String> failures(Results results) {
        if (results.isErrored()) {
            return List.of("axe could not scan the page: " + results.getErrorMessage());
        }
        List<String> failures = new ArrayList<>();
        results.getViolations().forEach(rule -> failures.add(describe("violation", rule, rule.getNodes())));
        for (Rule rule : results.getIncomplete()) {
            List<CheckedNode> undecided = rule.getNodes().stream().filter(node -> !accepted(rule.getId(), node)).toList();
            if (!undecided.isEmpty()) {
                failures.add(describe("incomplete", rule, undecided));
            }
        }
        return failures;
    }

    /** Whether an incomplete node is one axe cannot decide: every reason its checks give is accepted for the rule. */
    static boolean accepted(String ruleId, CheckedNode node) {
        Set<String> acceptedReasons = UNDECIDABLE.getOrDefault(ruleId, Set.of());
        List<String> reasons = reasons(node);
        return !reasons.isEmpty() && acceptedReasons.containsAll(reasons);
    }

    /** The messageKey of each check of the node that gives one. */
    static List<String> reasons(CheckedNode node) {
        return Stream.of(node.getAny(), node.getAll(), node.getNone()).filter(checks -> checks != null)
                .flatMap(List::stream).map(Check::getData)
                .filter(data -> data instanceof Map<?, ?> map && map.get("messageKey") != null)
                .map(data -> String.valueOf(((Map<?, ?>) data).get("messageKey"))).toList();
    }

    private static String describe(String kind, Rule rule, List<CheckedNode> nodes) {
        return kind + " " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + nodes.stream().map(n -> n.getTarget() + reasonsText(n) + summary(n)).collect(Collectors.joining(", "));
    }

    private static String summary(CheckedNode node) {
        String summary = node.getFailureSummary();
        return summary == null || summary.isBlank() ? "" : " (" + summary.strip().replaceAll("\\s+", " ") + ")";
    }

    private static String reasonsText(CheckedNode node) {
        List<String> reasons = reasons(node);
        return reasons.isEmpty() ? "" : " " + reasons;
    }
}
