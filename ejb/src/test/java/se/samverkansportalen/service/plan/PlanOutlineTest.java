package se.samverkansportalen.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan's outline as built from the rows of its one statement (areas outer-joined with their
 * delmål, outer-joined with their aktiviteter, in the plan's order): an area without delmål and a
 * delmål without aktiviteter keep their place, nothing is counted twice.
 */
class PlanOutlineTest {

    @Test
    void the_rows_become_areas_with_their_delmal_with_their_aktiviteter_in_order() {
        List<PlanOutline.OutlineArea> outline = PlanOutline.outline(List.of(
                row(1, "Tidigt stöd", "k11", "1.1", "Kartlägga", "a1", 0, "Kartläggning", false),
                row(1, "Tidigt stöd", "k11", "1.1", "Kartlägga", "a2", 1, "Analys", true),
                row(1, "Tidigt stöd", "k12", "1.2", "Strukturer", null, null, null, null),
                row(2, "Samverkan", null, null, null, null, null, null, null),
                row(3, "Familjehem", "k31", "3.1", "Behov", "a3", 0, "Intervjuer", true)));

        assertThat(outline).extracting(PlanOutline.OutlineArea::number).containsExactly(1, 2, 3);
        assertThat(outline.get(0).subGoals()).extracting(PlanOutline.OutlineSubGoal::number).containsExactly("1.1", "1.2");
        assertThat(outline.get(0).subGoals().get(0).activities()).containsExactly(
                new PlanOutline.OutlineActivity("a1", 0, "Kartläggning", false), new PlanOutline.OutlineActivity("a2", 1, "Analys", true));
        assertThat(outline.get(0).subGoals().get(1).activities()).as("a delmål without aktiviteter").isEmpty();
        assertThat(outline.get(1).subGoals()).as("an area without delmål").isEmpty();
        assertThat(outline.get(2).subGoals().get(0).activities()).extracting(PlanOutline.OutlineActivity::perKommun).containsExactly(true);
    }

    @Test
    void no_rows_no_plan() {
        assertThat(PlanOutline.outline(List.of())).isEmpty();
    }

    private static Object[] row(int area, String title, String subGoalKey, String subGoalNumber, String subGoalText, String activityKey,
            Integer position, String activityText, Boolean perKommun) {
        return new Object[] {area, title, subGoalKey, subGoalNumber, subGoalText, activityKey, position, activityText, perKommun};
    }
}
