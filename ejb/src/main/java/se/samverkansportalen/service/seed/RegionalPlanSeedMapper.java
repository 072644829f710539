package se.samverkansportalen.service.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.ImprovementArea;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.domain.plan.ResponsibleParty;
import se.samverkansportalen.domain.plan.SubGoal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * Turns a transcribed regional plan into the portal's plan, as its first version (an utkast: the
 * transcription carries no decision), word for word: every area, delmål,
 * aktivitet, ansvarig and tidsram. "Se ovan" ({@code responsibleSameAs}) becomes a copy of the
 * named delmål's ansvariga, which must come earlier in the plan.
 */
public final class RegionalPlanSeedMapper {

    private RegionalPlanSeedMapper() {
    }

    public static RegionalPlan toPlan(RegionalPlanSeed seed) {
        if (seed.region() == null || seed.plan() == null) {
            throw new SeedFormatException("The plan file needs 'region' and 'plan'");
        }
        if (seed.improvementAreas() == null || seed.improvementAreas().isEmpty()) {
            throw new SeedFormatException("The plan file has no improvementAreas");
        }
        RegionalPlan plan = new RegionalPlan(seed.region().code(), seed.region().name(), seed.region().coordinator());
        PlanVersion version = guarded("plan", () -> plan.startFirstVersion(seed.plan().title()));
        version.describe(seed.plan().background(), seed.source(), seed.plan().purpose());

        Map<String, List<ResponsibleParty>> responsibleByNumber = new HashMap<>();
        for (RegionalPlanSeed.Area areaSeed : seed.improvementAreas()) {
            ImprovementArea area = guarded("area " + areaSeed.number(),
                    () -> version.addArea(areaSeed.number(), areaSeed.title(), areaSeed.developmentGoal()));
            for (RegionalPlanSeed.SubGoal subGoalSeed : nonNull(areaSeed.subGoals())) {
                String where = "delmål " + subGoalSeed.number();
                SubGoal subGoal = guarded(where,
                        () -> area.addSubGoal(subGoalSeed.number(), subGoalSeed.text(), subGoalSeed.timeframe()));
                List<ResponsibleParty> responsible = subGoalResponsible(subGoalSeed, responsibleByNumber);
                guarded(where, () -> {
                    subGoal.assignResponsible(responsible, subGoalSeed.responsibleNote());
                    return subGoal;
                });
                responsibleByNumber.put(subGoalSeed.number(), responsible);
                for (RegionalPlanSeed.Activity activitySeed : nonNull(subGoalSeed.activities())) {
                    guarded(where, () -> {
                        Activity activity = subGoal.addActivity(activitySeed.text(),
                                Boolean.TRUE.equals(activitySeed.perKommun()));
                        List<ResponsibleParty> own = parties(activitySeed.responsible(),
                                activitySeed.responsibleDependsOnDecision());
                        if (!own.isEmpty() || activitySeed.timeframe() != null) {
                            activity.assignOwn(own, activitySeed.timeframe());
                        }
                        return activity;
                    });
                }
            }
        }
        return plan;
    }

    private static List<ResponsibleParty> subGoalResponsible(RegionalPlanSeed.SubGoal seed,
            Map<String, List<ResponsibleParty>> earlier) {
        if (seed.responsibleSameAs() != null) {
            List<ResponsibleParty> same = earlier.get(seed.responsibleSameAs());
            if (same == null) {
                throw new SeedFormatException("Delmål " + seed.number() + " says its ansvariga are those of "
                        + seed.responsibleSameAs() + ", which does not come before it in the plan");
            }
            return same;
        }
        return parties(seed.responsible(), seed.responsibleDependsOnDecision());
    }

    static List<ResponsibleParty> parties(List<String> names, List<String> dependsOnDecision) {
        Set<String> italic = Set.copyOf(nonNull(dependsOnDecision));
        for (String name : italic) {
            if (!nonNull(names).contains(name)) {
                throw new SeedFormatException("'" + name + "' is marked as depending on decision but is not among the ansvariga");
            }
        }
        return nonNull(names).stream().map(name -> new ResponsibleParty(name, italic.contains(name))).toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T guarded(String where, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new SeedFormatException(where + ": " + e.getMessage(), e);
        } catch (InvalidInputRefusal e) {
            throw new SeedFormatException(where + ": " + e.getField() + " " + e.getMessageKey(), e);
        }
    }
}
