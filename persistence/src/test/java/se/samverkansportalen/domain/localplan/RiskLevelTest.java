package se.samverkansportalen.domain.localplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every cell of Nacka's 4x4 matrix gets the level the plan's legend gives its score. */
class RiskLevelTest {

    @ParameterizedTest(name = "likelihood {0} × severity {1} = {2}")
    @CsvSource({
        "1,1,GREEN", "1,2,GREEN", "1,3,GREEN", "1,4,YELLOW",
        "2,1,GREEN", "2,2,YELLOW", "2,3,YELLOW", "2,4,RED",
        "3,1,GREEN", "3,2,YELLOW", "3,3,RED", "3,4,RED",
        "4,1,YELLOW", "4,2,RED", "4,3,RED", "4,4,RED"})
    void each_of_the_sixteen_cells_has_its_level(int likelihood, int severity, RiskLevel level) {
        assertThat(RiskLevel.of(likelihood, severity)).isEqualTo(level);
    }

    @Test
    void a_cell_outside_the_matrix_is_refused() {
        assertThatThrownBy(() -> RiskLevel.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskLevel.of(2, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
