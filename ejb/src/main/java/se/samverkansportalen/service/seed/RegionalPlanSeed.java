package se.samverkansportalen.service.seed;

import java.util.List;

/**
 * The transcription format of a regional plan ({@code seed/vasterbotten-regional-plan.json}), as
 * read by JSON-B. Field names follow the file; absent lists read as {@code null}.
 */
public record RegionalPlanSeed(String source, Region region, Plan plan, List<Area> improvementAreas) {

    public record Region(String code, String name, String coordinator) {
    }

    public record Plan(String title, String background, List<String> purpose) {
    }

    public record Area(int number, String title, String developmentGoal, List<SubGoal> subGoals) {
    }

    /**
     * A delmål row. {@code responsibleSameAs} is the source's "Se ovan": the ansvariga of the
     * delmål it names. {@code responsibleDependsOnDecision} lists ansvariga printed in italics.
     */
    public record SubGoal(String number, String text, List<Activity> activities, List<String> responsible,
            List<String> responsibleDependsOnDecision, String responsibleNote, String responsibleSameAs,
            String timeframe) {
    }

    public record Activity(String text, Boolean perKommun, List<String> responsible,
            List<String> responsibleDependsOnDecision, String timeframe) {
    }
}
