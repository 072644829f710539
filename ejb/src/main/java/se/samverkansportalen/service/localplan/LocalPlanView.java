package se.samverkansportalen.service.localplan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;

/** A local plan as its page shows it, with its measures and the sum of their costs. */
public record LocalPlanView(long id, String kommunCode, String kommunName, LocalPlanShape shape, String title,
        String registrationNumber, LocalDate decidedOn, String decidedBy, LocalPlanStatus status, Long budgetSek,
        List<String> objectives, List<String> focusAreas, String sourceLabel, int lockVersion,
        List<Measure> measures, long totalCostSek) implements Serializable {

    /** A measure with the regional delmål it is linked to. */
    public record Measure(long id, int number, String title, String how, String result, LocalDate dueOn,
            Long costSek, int lockVersion, List<LinkedSubGoal> linkedSubGoals) implements Serializable {
    }

    /** A regional delmål a measure is linked to: its item key and its number in the latest plan. */
    public record LinkedSubGoal(String itemKey, String number) implements Serializable {
    }

    /** The budget less the measures' costs; null without a budget. */
    public Long remainingSek() {
        return budgetSek == null ? null : budgetSek - totalCostSek;
    }
}
