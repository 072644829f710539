package se.samverkansportalen.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.service.report.StatusMatrix;

/** The status matrix's summary rows: every kommun counted per aktivitet, a row per light, read from the page once. */
class MatrixBackingTest {

    @Test
    void the_summary_has_a_row_per_light_with_a_count_per_column_in_column_order() {
        StatusMatrix.Page page = new StatusMatrix.Page(List.of(), List.of(new StatusMatrix.ColumnSummary("1.1.1", 3, 2, 1, 9),
                new StatusMatrix.ColumnSummary("3.4.1", 0, 5, 0, 10)), 15, null, null, List.of());

        assertThat(MatrixBacking.summaryRows(page)).containsExactly(new MatrixBacking.SummaryRow("GREEN", List.of(3, 0)),
                new MatrixBacking.SummaryRow("YELLOW", List.of(2, 5)), new MatrixBacking.SummaryRow("RED", List.of(1, 0)),
                new MatrixBacking.SummaryRow("NONE", List.of(9, 10)));
    }

    @Test
    void before_the_page_is_read_there_are_no_summary_rows() {
        assertThat(new MatrixBacking().getSummaryRows()).isEmpty();
    }
}
