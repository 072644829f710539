package se.samverkansportalen.web.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.samverkansportalen.service.report.RegionalOverview;

/**
 * The regional lägesbild of a period as an Excel workbook (like {@link MatrixExcel}): a sheet with a
 * row per aktivitet done in every kommun, per delmål's linked local work and per delmål as a whole,
 * each with the number of kommuner by light and the kommuner behind each number; a second sheet
 * with each delmål's trend over the periods.
 */
public final class OverviewExcel {

    private static final List<String> LIGHTS = List.of("report.lightShort.GREEN", "report.lightShort.YELLOW", "report.lightShort.RED",
            "overview.none");
    private static final List<String> FILLS = List.of("C9E8C9", "FBE7A1", "F2B8B5", "EEEEEE");

    private OverviewExcel() {
    }

    public static void write(RegionalOverview.Overview overview, ResourceBundle texts, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Samverkansportalen", "1.0");
            Worksheet sheet = workbook.newWorksheet(texts.getString("overview.pageTitle") + " " + overview.period().code());
            sheet.value(0, 0, texts.getString("overview.col.area"));
            sheet.value(0, 1, texts.getString("plan.col.subGoal"));
            sheet.value(0, 2, texts.getString("overview.col.what"));
            for (int l = 0; l < LIGHTS.size(); l++) {
                String light = texts.getString(LIGHTS.get(l));
                sheet.value(0, 3 + l, format(texts, "overview.col.countOf", light));
                sheet.value(0, 7 + l, format(texts, "overview.col.kommunerOf", light));
                sheet.style(0, 3 + l).fillColor(FILLS.get(l)).set();
                sheet.style(0, 7 + l).fillColor(FILLS.get(l)).set();
                sheet.width(3 + l, 11);
                sheet.width(7 + l, 30);
            }
            sheet.range(0, 0, 0, 10).style().bold().wrapText(true).set();
            sheet.freezePane(3, 1);
            sheet.width(0, 28);
            sheet.width(1, 9);
            sheet.width(2, 48);
            int r = 1;
            for (RegionalOverview.AreaPicture area : overview.areas()) {
                String areaName = area.number() + ". " + area.title();
                for (RegionalOverview.SubGoalPicture subGoal : area.subGoals()) {
                    for (RegionalOverview.ActivityPicture activity : subGoal.activities()) {
                        row(sheet, r++, areaName, subGoal.number(), format(texts, "overview.row.activity", activity.position(), activity.text()),
                                activity.lights());
                    }
                    if (!subGoal.linkedKommuner().isEmpty()) {
                        row(sheet, r++, areaName, subGoal.number(), texts.getString("overview.row.localWork"), subGoal.localWork());
                    }
                    row(sheet, r++, areaName, subGoal.number(), texts.getString("overview.row.overall"), subGoal.overall());
                }
            }
            Worksheet trend = workbook.newWorksheet(texts.getString("overview.sheet.trend"));
            trend.value(0, 0, texts.getString("plan.col.subGoal"));
            trend.value(0, 1, texts.getString("overview.col.period"));
            for (int l = 0; l < LIGHTS.size(); l++) {
                trend.value(0, 2 + l, format(texts, "overview.col.countOf", texts.getString(LIGHTS.get(l))));
                trend.style(0, 2 + l).fillColor(FILLS.get(l)).set();
                trend.width(2 + l, 14);
            }
            trend.range(0, 0, 0, 5).style().bold().wrapText(true).set();
            trend.freezePane(2, 1);
            int t = 1;
            for (RegionalOverview.AreaPicture area : overview.areas()) {
                for (RegionalOverview.SubGoalPicture subGoal : area.subGoals()) {
                    for (RegionalOverview.TrendPoint point : subGoal.trend()) {
                        trend.value(t, 0, subGoal.number());
                        trend.value(t, 1, point.period().code());
                        List<RegionalOverview.Bucket> buckets = buckets(point.lights());
                        for (int l = 0; l < buckets.size(); l++) {
                            trend.value(t, 2 + l, buckets.get(l).count());
                        }
                        t++;
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Worksheet sheet, int r, String area, String subGoal, String what, RegionalOverview.Tally tally) {
        sheet.value(r, 0, area);
        sheet.value(r, 1, subGoal);
        sheet.value(r, 2, what);
        List<RegionalOverview.Bucket> buckets = buckets(tally);
        for (int l = 0; l < buckets.size(); l++) {
            sheet.value(r, 3 + l, buckets.get(l).count());
            sheet.value(r, 7 + l, OverviewDocument.names(buckets.get(l).kommuner()));
        }
    }

    private static List<RegionalOverview.Bucket> buckets(RegionalOverview.Tally tally) {
        return List.of(tally.green(), tally.yellow(), tally.red(), tally.none());
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
