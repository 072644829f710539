package se.samverkansportalen.service.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of the regional plan as people read it: per förbättringsområde its utvecklingsmål and
 * a table of Delmål | Aktiviteter | Ansvariga | Tidsram, like the source document.
 */
public record RegionalPlanView(String title, String regionName, String coordinator, int versionNumber,
        boolean draft, LocalDate adoptedOn, String decidedBy, String registrationNumber, List<Area> areas) {

    public record Area(int number, String title, String developmentGoal, List<SubGoalRow> subGoals) implements Serializable {
    }

    /**
     * One delmål of the table. It spans one or more {@link Line}s: one line holding all its
     * aktiviteter when they share the delmål's ansvariga and tidsram, else one line per aktivitet.
     */
    public record SubGoalRow(String itemKey, String number, String text, String responsibleNote, List<Line> lines) implements Serializable {
    }

    /** {@code timeframeUnderstood} is false when the tidsram's words could not be read as dates. */
    public record Line(List<ActivityItem> activities, List<Responsible> responsible, String timeframe,
            boolean timeframeUnderstood) implements Serializable {
    }

    public record ActivityItem(String itemKey, String text, boolean perKommun, boolean dependsOnDecision) implements Serializable {
    }

    public record Responsible(String name, boolean dependsOnDecision) implements Serializable {
    }

    public int subGoalCount() {
        return areas.stream().mapToInt(a -> a.subGoals().size()).sum();
    }
}
