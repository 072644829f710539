package se.samverkansportalen.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkansportalen.web.Messages;

/**
 * A report item's or a plan item's label in the reader's language. The services store and give
 * labels in Swedish, as the plan names its parts ("Delmål 1.2, aktivitet 1: …", "Förbättringsområde
 * 3", "Aktivitet 2 under delmål 3.1", "Plan: åtgärd 4, …"); an English page shows them with the
 * bundle's English words ("Sub-goal 1.2, activity 1: …"). The plan's own words (titles, texts) stay
 * as written. A label of another shape is given unchanged.
 */
@Named
@RequestScoped
public class ItemLabels {

    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("Delmål (\\S+), aktivitet (\\d+): (.*)", Pattern.DOTALL), "item.label.activityOfSubGoal"),
            new Shape(Pattern.compile("Aktivitet (\\d+) under delmål (\\S+)"), "item.label.activityUnder"),
            new Shape(Pattern.compile("Förbättringsområde (\\d+)"), "audit.item.AREA"),
            new Shape(Pattern.compile("Delmål (\\S+)"), "audit.item.SUB_GOAL"),
            new Shape(Pattern.compile("(.*): åtgärd (\\d+), (.*)", Pattern.DOTALL), "item.label.measureOfPlan"));

    /** Places in the plan as a refusal names them in running text ("delmål 1.1", "aktivitet 2 under delmål 3.1"). */
    private static final List<Shape> PLACES = List.of(
            new Shape(Pattern.compile("delmål (\\S+)"), "item.place.subGoal"),
            new Shape(Pattern.compile("aktivitet (\\d+) under delmål (\\S+)"), "item.place.activity"));

    @Inject
    Messages messages;

    /** The label in the page's language. */
    public String of(String swedishLabel) {
        return of(swedishLabel, messages.bundle());
    }

    /**
     * A label as the services give it (Swedish), in the language of the given bundle: the
     * bundle's pattern for the label's shape with the label's numbers and texts filled in.
     * {@code null} gives {@code null}.
     */
    public static String of(String swedishLabel, ResourceBundle texts) {
        return swedishLabel == null ? null : in(swedishLabel, SHAPES, texts).orElse(swedishLabel);
    }

    /**
     * A list of places in the plan as a service's refusal names them ("delmål 1.1, aktivitet 2 under
     * delmål 3.1") in the language of the bundle ("sub-goal 1.1, activity 2 under sub-goal 3.1").
     * Text that is not wholly such a list is given unchanged.
     */
    public static String places(String swedishList, ResourceBundle texts) {
        if (swedishList == null || swedishList.isBlank()) {
            return swedishList;
        }
        List<java.util.Optional<String>> parts = java.util.Arrays.stream(swedishList.split(", ")).map(p -> in(p, PLACES, texts)).toList();
        return parts.stream().allMatch(java.util.Optional::isPresent)
                ? String.join(", ", parts.stream().map(java.util.Optional::get).toList())
                : swedishList;
    }

    private static java.util.Optional<String> in(String swedish, List<Shape> shapes, ResourceBundle texts) {
        for (Shape shape : shapes) {
            Matcher m = shape.pattern().matcher(swedish);
            if (m.matches()) {
                Object[] parts = new Object[m.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = m.group(i + 1);
                }
                return java.util.Optional.of(new MessageFormat(texts.getString(shape.key()), texts.getLocale()).format(parts));
            }
        }
        return java.util.Optional.empty();
    }
}
