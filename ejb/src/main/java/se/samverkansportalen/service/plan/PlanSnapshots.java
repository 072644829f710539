package se.samverkansportalen.service.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.ImprovementArea;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.ResponsibleParty;
import se.samverkansportalen.domain.plan.SubGoal;

/**
 * Compares two versions of the plan by the items' keys, which stay the same from version to
 * version: an item only in the later version was added, one only in the earlier was removed, and
 * one in both is compared field by field.
 */
final class PlanSnapshots {

    private PlanSnapshots() {
    }

    private record Snapshot(String type, String label, Map<String, String> fields) {
    }

    static VersionComparison compare(PlanVersion from, PlanVersion to) {
        Map<String, Snapshot> before = snapshot(from);
        Map<String, Snapshot> after = snapshot(to);
        List<VersionComparison.ItemDifference> differences = new ArrayList<>();
        after.forEach((key, now) -> {
            Snapshot then = before.get(key);
            if (then == null) {
                differences.add(new VersionComparison.ItemDifference(now.type(), now.label(),
                        VersionComparison.Change.ADDED, fieldsOf(null, now)));
            } else {
                List<VersionComparison.FieldDifference> changed = fieldsOf(then, now);
                if (!changed.isEmpty()) {
                    differences.add(new VersionComparison.ItemDifference(now.type(), now.label(),
                            VersionComparison.Change.CHANGED, changed));
                }
            }
        });
        before.forEach((key, then) -> {
            if (!after.containsKey(key)) {
                differences.add(new VersionComparison.ItemDifference(then.type(), then.label(),
                        VersionComparison.Change.REMOVED, fieldsOf(then, null)));
            }
        });
        return new VersionComparison(from.getNumber(), to.getNumber(), differences);
    }

    private static List<VersionComparison.FieldDifference> fieldsOf(Snapshot then, Snapshot now) {
        Map<String, String> names = new LinkedHashMap<>();
        if (then != null) {
            then.fields().keySet().forEach(f -> names.put(f, f));
        }
        if (now != null) {
            now.fields().keySet().forEach(f -> names.put(f, f));
        }
        List<VersionComparison.FieldDifference> result = new ArrayList<>();
        for (String field : names.keySet()) {
            String before = then == null ? null : then.fields().get(field);
            String after = now == null ? null : now.fields().get(field);
            if (!Objects.equals(before, after)) {
                result.add(new VersionComparison.FieldDifference(field, before, after));
            }
        }
        return result;
    }

    private static Map<String, Snapshot> snapshot(PlanVersion version) {
        Map<String, Snapshot> items = new LinkedHashMap<>();
        for (ImprovementArea area : version.getAreas()) {
            items.put(area.getItemKey(), new Snapshot("AREA", "Förbättringsområde " + area.getNumber(),
                    fields("title", area.getTitle(), "developmentGoal", area.getDevelopmentGoal())));
            for (SubGoal subGoal : area.getSubGoals()) {
                items.put(subGoal.getItemKey(), new Snapshot(RegionalPlanEditor.SUB_GOAL, "Delmål " + subGoal.getNumber(),
                        fields("number", subGoal.getNumber(), "text", subGoal.getText(), "timeframe",
                                subGoal.getTimeframe(), "responsible", names(subGoal.getResponsible()))));
                for (Activity activity : subGoal.getActivities()) {
                    items.put(activity.getItemKey(), new Snapshot(RegionalPlanEditor.ACTIVITY,
                            "Aktivitet " + (activity.getPosition() + 1) + " under delmål " + subGoal.getNumber(),
                            fields("text", activity.getText(), "perKommun", String.valueOf(activity.isPerKommun()),
                                    "dependsOnDecision", String.valueOf(activity.isDependsOnDecision()),
                                    "timeframe", activity.getTimeframe(), "responsible",
                                    names(activity.getResponsible()))));
                }
            }
        }
        return items;
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static String names(List<ResponsibleParty> parties) {
        return parties.isEmpty() ? null : parties.stream().map(ResponsibleParty::toString).collect(Collectors.joining(", "));
    }
}
