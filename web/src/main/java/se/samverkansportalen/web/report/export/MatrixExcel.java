package se.samverkansportalen.web.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.samverkansportalen.service.report.StatusMatrix;

/**
 * The status matrix of a period as an Excel workbook: a row per kommun with its report's state,
 * a column per per-kommun aktivitet (headed by area, delmål and aktivitet), each cell the traffic
 * light and status as words and coloured like the page.
 */
public final class MatrixExcel {

    private MatrixExcel() {
    }

    public static void write(StatusMatrix.Matrix matrix, String periodCode, ResourceBundle texts, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Samverkansportalen", "1.0");
            Worksheet sheet = workbook.newWorksheet(texts.getString("report.matrix.pageTitle") + " " + periodCode);
            sheet.value(0, 0, texts.getString("localplan.col.kommun"));
            sheet.value(0, 1, texts.getString("report.col.status"));
            for (int c = 0; c < matrix.columns().size(); c++) {
                StatusMatrix.Column column = matrix.columns().get(c);
                sheet.value(0, c + 2, column.areaNumber() + ". " + column.areaTitle() + " – " + texts.getString("plan.col.subGoal") + " "
                        + column.subGoalNumber() + ", " + texts.getString("report.matrix.activity") + " " + column.position() + ": "
                        + column.text());
                sheet.width(c + 2, 22);
            }
            sheet.range(0, 0, 0, matrix.columns().size() + 1).style().bold().wrapText(true).fillColor("E8EEF3").set();
            sheet.freezePane(1, 1);
            sheet.width(0, 18);
            sheet.width(1, 22);
            int r = 1;
            for (StatusMatrix.Row row : matrix.rows()) {
                sheet.value(r, 0, row.kommunName());
                sheet.value(r, 1, texts.getString(row.reportStatus() == null ? "report.state.NONE" : "report.state." + row.reportStatus()));
                for (int c = 0; c < row.cells().size(); c++) {
                    StatusMatrix.Cell cell = row.cells().get(c);
                    String light = cell.light() == null ? "" : texts.getString("report.lightShort." + cell.light());
                    String status = cell.status() == null ? "" : texts.getString("report.itemStatus." + cell.status());
                    sheet.value(r, c + 2, (light + (light.isEmpty() || status.isEmpty() ? "" : ", ") + status));
                    if (cell.light() != null) {
                        sheet.style(r, c + 2).fillColor(switch (cell.light()) {
                            case GREEN -> "C9E8C9";
                            case YELLOW -> "FBE7A1";
                            case RED -> "F2B8B5";
                        }).set();
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
