package se.samverkansportalen.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A coordinator reorders the plan like a numbered document: areas and delmål take the numbers of
 * their new places, and a delmål's number follows its area ("3.2" becomes "2.2").
 */
class PlanOrderTest {

    private PlanVersion version;
    private final List<String> interimWrites = new ArrayList<>();

    @BeforeEach
    void plan() {
        version = new RegionalPlan("24", "Västerbotten", "FoU Välfärd").startFirstVersion("Regional plan");
        for (int n = 1; n <= 3; n++) {
            ImprovementArea area = version.addArea(n, "Område " + n, "Mål " + n);
            area.addSubGoal(n + ".1", "Delmål " + n + ".1", null);
            area.addSubGoal(n + ".2", "Delmål " + n + ".2", null);
        }
    }

    @Test
    void moving_an_area_up_swaps_numbers_with_the_one_above_and_its_delmal_follow() {
        ImprovementArea third = version.area(3).orElseThrow();

        version.moveArea(third, -1, () -> interimWrites.add(numbers()));

        assertThat(numbers()).isEqualTo("1[1.1,1.2] 2[2.1,2.2] 3[3.1,3.2]");
        assertThat(version.area(2).orElseThrow().getTitle()).isEqualTo("Område 3");
        assertThat(version.area(2).orElseThrow().getSubGoals()).extracting(SubGoal::getText)
                .containsExactly("Delmål 3.1", "Delmål 3.2");
        assertThat(interimWrites).as("the swapped areas hold numbers nobody has while they swap")
                .containsExactly("1[1.1,1.2] -2[3.1,3.2] -3[2.1,2.2]");
    }

    @Test
    void removing_an_area_moves_the_areas_after_it_up_one_number() {
        version.removeArea(version.area(1).orElseThrow(), () -> interimWrites.add(numbers()));

        assertThat(numbers()).isEqualTo("1[1.1,1.2] 2[2.1,2.2]");
        assertThat(version.getAreas()).extracting(ImprovementArea::getTitle).containsExactly("Område 2", "Område 3");
    }

    @Test
    void moving_a_delmal_down_gives_it_the_next_number_and_the_other_its_old_one() {
        ImprovementArea area = version.area(2).orElseThrow();
        SubGoal first = area.subGoal("2.1").orElseThrow();

        area.moveSubGoal(first, 1, () -> interimWrites.add(numbers()));

        assertThat(area.getSubGoals()).extracting(s -> s.getNumber() + " " + s.getText())
                .containsExactly("2.1 Delmål 2.2", "2.2 Delmål 2.1");
        assertThat(first.getPosition()).isEqualTo(1);
        assertThat(interimWrites).hasSize(1);
    }

    @Test
    void moving_the_first_delmal_up_changes_nothing_and_writes_nothing_in_between() {
        ImprovementArea area = version.area(1).orElseThrow();

        area.moveSubGoal(area.subGoal("1.1").orElseThrow(), -1, () -> interimWrites.add(numbers()));

        assertThat(numbers()).isEqualTo("1[1.1,1.2] 2[2.1,2.2] 3[3.1,3.2]");
        assertThat(interimWrites).isEmpty();
    }

    private String numbers() {
        return String.join(" ", version.getAreas().stream().map(a -> a.getNumber() + a.getSubGoals().stream()
                .map(SubGoal::getNumber).toList().toString().replace(" ", "")).toList());
    }
}
