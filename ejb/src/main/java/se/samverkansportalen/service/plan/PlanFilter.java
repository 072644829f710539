package se.samverkansportalen.service.plan;

import java.util.List;
import java.util.Locale;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.ResponsibleParty;
import se.samverkansportalen.domain.plan.SubGoal;

/**
 * What a reader narrows the plan to: words in a delmål or aktivitet, a förbättringsområde, an
 * ansvarig, a year the tidsram touches, and only the aktiviteter carried out in every kommun.
 * Empty criteria let everything through.
 */
public record PlanFilter(String text, Integer area, String responsible, Integer year, boolean perKommunOnly) {

    public static final PlanFilter NONE = new PlanFilter(null, null, null, null, false);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    public boolean isEmpty() {
        return blank(text) && area == null && blank(responsible) && year == null && !perKommunOnly;
    }

    boolean acceptsArea(int number) {
        return area == null || area == number;
    }

    /** Whether the filter lets the aktivitet of the delmål through; {@code effectiveResponsible} are the ansvariga that apply to it. */
    boolean accepts(SubGoal subGoal, Activity activity, List<ResponsibleParty> effectiveResponsible) {
        return matchesText(subGoal, activity)
                && (blank(responsible) || effectiveResponsible.stream()
                        .anyMatch(r -> r.getName().equalsIgnoreCase(responsible.strip())))
                && (year == null || activity.getEffectiveTimeframeMeaning().touchesYear(year))
                && (!perKommunOnly || activity.isPerKommun());
    }

    private boolean matchesText(SubGoal subGoal, Activity activity) {
        if (blank(text)) {
            return true;
        }
        String wanted = text.strip().toLowerCase(SWEDISH);
        return subGoal.getNumber().equals(text.strip()) || contains(subGoal.getText(), wanted)
                || contains(activity.getText(), wanted);
    }

    private static boolean contains(String haystack, String wanted) {
        return haystack != null && haystack.toLowerCase(SWEDISH).contains(wanted);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
