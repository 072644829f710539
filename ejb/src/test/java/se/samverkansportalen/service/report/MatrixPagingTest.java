package se.samverkansportalen.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;

/**
 * The status matrix's paging of kommuner and its summary per aktivitet: every kommun on exactly
 * one page, a page asked for out of range shown as the nearest one, and every kommun counted once
 * per aktivitet (grön, gul, röd or ingen uppgift).
 */
class MatrixPagingTest {

    @Test
    void the_national_290_kommuner_fill_12_pages_of_25_the_last_with_15() {
        MatrixPaging first = MatrixPaging.of(1, 25, 290);
        assertThat(first.pages()).isEqualTo(12);
        assertThat(first.first()).isZero();
        assertThat(first.firstShown()).isEqualTo(1);
        assertThat(first.lastShown()).isEqualTo(25);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();

        MatrixPaging last = MatrixPaging.of(12, 25, 290);
        assertThat(last.first()).isEqualTo(275);
        assertThat(last.firstShown()).isEqualTo(276);
        assertThat(last.lastShown()).isEqualTo(290);
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void every_kommun_is_on_exactly_one_page_whatever_the_page_size() {
        for (int kommuner : List.of(1, 15, 24, 25, 26, 60, 120, 290)) {
            for (int size : List.of(1, 10, 25, 50, 100)) {
                List<Integer> places = new ArrayList<>();
                MatrixPaging paging = MatrixPaging.of(1, size, kommuner);
                for (int page = 1; page <= paging.pages(); page++) {
                    MatrixPaging shown = MatrixPaging.of(page, size, kommuner);
                    assertThat(shown.page()).isEqualTo(page);
                    assertThat(shown.lastShown() - shown.firstShown() + 1).as("a page of %d holds at most %d", size, size)
                            .isBetween(1, size);
                    for (int place = shown.firstShown(); place <= shown.lastShown(); place++) {
                        places.add(place);
                    }
                }
                assertThat(places).as("%d kommuner by %d", kommuner, size).hasSize(kommuner).doesNotHaveDuplicates()
                        .startsWith(1).endsWith(kommuner);
            }
        }
    }

    @Test
    void a_page_after_the_last_is_the_last_and_one_before_the_first_the_first() {
        assertThat(MatrixPaging.of(99, 25, 290).page()).isEqualTo(12);
        assertThat(MatrixPaging.of(Integer.MAX_VALUE, 25, 290).lastShown()).isEqualTo(290);
        assertThat(MatrixPaging.of(0, 25, 290).page()).isEqualTo(1);
        assertThat(MatrixPaging.of(-3, 25, 290).page()).isEqualTo(1);
    }

    @Test
    void no_kommun_found_is_one_empty_page() {
        MatrixPaging none = MatrixPaging.of(3, 25, 0);
        assertThat(none.page()).isEqualTo(1);
        assertThat(none.pages()).isEqualTo(1);
        assertThat(none.firstShown()).isZero();
        assertThat(none.lastShown()).isZero();
        assertThat(none.hasNext()).isFalse();
        assertThat(none.hasPrevious()).isFalse();
    }

    @Test
    void a_page_of_no_kommuner_is_refused() {
        assertThatThrownBy(() -> MatrixPaging.of(1, 0, 290)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatrixPaging.of(1, 25, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_summary_counts_every_kommun_once_the_rest_as_ingen_uppgift() {
        StatusMatrix.ColumnSummary summary = StatusMatrix.ColumnSummary.of("a1",
                Map.of(TrafficLight.GREEN, 120, TrafficLight.YELLOW, 80, TrafficLight.RED, 50), 290);
        assertThat(summary.green()).isEqualTo(120);
        assertThat(summary.yellow()).isEqualTo(80);
        assertThat(summary.red()).isEqualTo(50);
        assertThat(summary.none()).as("no light: no report, or none on this aktivitet").isEqualTo(40);
        assertThat(summary.total()).isEqualTo(290);

        StatusMatrix.ColumnSummary nothing = StatusMatrix.ColumnSummary.of("a2", Map.of(), 15);
        assertThat(List.of(nothing.green(), nothing.yellow(), nothing.red(), nothing.none())).containsExactly(0, 0, 0, 15);
    }

    @Test
    void more_lights_than_kommuner_is_a_defect_not_a_negative_count() {
        assertThatThrownBy(() -> StatusMatrix.ColumnSummary.of("a1", Map.of(TrafficLight.GREEN, 10, TrafficLight.RED, 6), 15))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
