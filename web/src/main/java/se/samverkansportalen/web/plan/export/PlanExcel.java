package se.samverkansportalen.web.plan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.samverkansportalen.service.plan.RegionalPlanView;

/**
 * The regional plan as an Excel workbook (fastexcel): one row per aktivitet with its
 * förbättringsområde, delmål, ansvariga and tidsram, ready for sorting and filtering.
 */
public final class PlanExcel {

    private static final String[] COLUMNS = {"excel.area", "plan.developmentGoal", "plan.col.subGoal",
        "excel.subGoalText", "excel.activity", "plan.perKommun", "plan.col.responsible", "plan.col.timeframe"};

    private PlanExcel() {
    }

    public static void write(RegionalPlanView plan, ResourceBundle texts, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Samverkansportalen", "1.0");
            Worksheet sheet = workbook.newWorksheet(texts.getString("excel.sheet"));
            for (int c = 0; c < COLUMNS.length; c++) {
                sheet.value(0, c, texts.getString(COLUMNS[c]));
                sheet.style(0, c).bold().fillColor("E8EEF3").set();
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (RegionalPlanView.Area area : plan.areas()) {
                for (RegionalPlanView.SubGoalRow row : area.subGoals()) {
                    for (RegionalPlanView.Line line : row.lines()) {
                        String responsible = line.responsible().stream()
                                .map(x -> x.dependsOnDecision() ? x.name() + " (" + texts.getString("plan.dependsOnDecision") + ")" : x.name())
                                .collect(Collectors.joining(", "));
                        for (RegionalPlanView.ActivityItem activity : line.activities()) {
                            sheet.value(r, 0, area.number() + ". " + area.title());
                            sheet.value(r, 1, area.developmentGoal());
                            sheet.value(r, 2, row.number());
                            sheet.value(r, 3, row.text());
                            sheet.value(r, 4, activity.text());
                            sheet.value(r, 5, texts.getString(activity.perKommun() ? "excel.yes" : "excel.no"));
                            sheet.value(r, 6, responsible);
                            sheet.value(r, 7, line.timeframe());
                            r++;
                        }
                    }
                }
            }
            sheet.width(0, 40);
            sheet.width(3, 50);
            sheet.width(4, 60);
            sheet.width(6, 40);
            sheet.width(7, 25);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
