package se.samverkansportalen.web.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.service.report.StatusMatrix;
import se.samverkansportalen.web.Messages;

/**
 * The whole national status matrix as Excel, which the page's paged view leaves to the download:
 * 290 kommuner by 31 aktiviteter, a row for every kommun in the matrix's order, with its report's
 * state and each cell's light and status in words.
 */
class MatrixExcelTest {

    private static final ResourceBundle SWEDISH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("sv"));
    private static final int KOMMUNER = 290;
    private static final int AKTIVITETER = 31;

    @Test
    void the_national_matrix_has_a_row_for_every_one_of_290_kommuner_and_a_column_for_every_aktivitet() throws Exception {
        List<StatusMatrix.Column> columns = new ArrayList<>();
        for (int a = 0; a < AKTIVITETER; a++) {
            columns.add(new StatusMatrix.Column("a" + a, 1 + a / 7, "Område " + (1 + a / 7), (1 + a / 7) + "." + (1 + a % 7 / 3), 1 + a % 3,
                    "Aktivitet nummer " + a));
        }
        List<StatusMatrix.Row> rows = new ArrayList<>();
        for (int k = 0; k < KOMMUNER; k++) {
            List<StatusMatrix.Cell> cells = new ArrayList<>();
            for (int a = 0; a < AKTIVITETER; a++) {
                boolean answered = k % 5 != 4;
                cells.add(new StatusMatrix.Cell("a" + a, answered ? ItemStatus.ONGOING : null,
                        answered ? TrafficLight.values()[(k + a) % 3] : null));
            }
            rows.add(new StatusMatrix.Row(String.valueOf(9001 + k), String.format("Kommun %03d", k), k % 5 == 4 ? null : ReportStatus.SUBMITTED,
                    cells));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long started = System.nanoTime();
        MatrixExcel.write(new StatusMatrix.Matrix(columns, rows), "2043-T3", SWEDISH, out);
        System.out.printf("MatrixExcelTest: %d × %d cells written in %d ms, %d bytes%n", KOMMUNER, AKTIVITETER,
                (System.nanoTime() - started) / 1_000_000, out.size());

        List<Row> sheet;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            sheet = workbook.getFirstSheet().read();
        }
        assertThat(sheet).as("a heading row and a row per kommun").hasSize(KOMMUNER + 1);
        assertThat(sheet.get(0).getCellText(0)).isEqualTo("Kommun");
        assertThat(sheet.get(0).getCellCount()).as("kommun, report state and the aktiviteter").isEqualTo(AKTIVITETER + 2);
        assertThat(sheet.get(0).getCellText(2)).contains("Delmål 1.1").contains("Aktivitet nummer 0");
        for (int k = 0; k < KOMMUNER; k++) {
            Row row = sheet.get(k + 1);
            assertThat(row.getCellText(0)).isEqualTo(String.format("Kommun %03d", k));
        }
        assertThat(sheet.get(1).getCellText(1)).isEqualTo(SWEDISH.getString("report.state.SUBMITTED"));
        assertThat(sheet.get(1).getCellText(2)).isEqualTo("Grön, Pågår");
        assertThat(sheet.get(5).getCellText(2)).as("a kommun that has reported nothing").isEmpty();
        assertThat(sheet.get(KOMMUNER - 1).getCellText(AKTIVITETER + 1)).as("the last cell of the last kommun that reported").isNotEmpty();
    }
}
