package se.samverkansportalen.web.report.export;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import se.samverkansportalen.service.report.RegionalOverview;
import se.samverkansportalen.web.export.pdf.TaggedPdf;

/**
 * The regional lägesbild of a period as a document for the LBU meeting: well-formed XHTML with the
 * page's language, a title, headings per förbättringsområde (h2) and delmål (h3), and per delmål a
 * table of the traffic lights (row and column headers with {@code scope}, the kommuner behind each
 * count) and the delmål's trend as a table. {@link #pdf} hands it to {@link TaggedPdf} for an
 * accessible (tagged) PDF; the tables are the content, so the document needs no chart.
 */
public final class OverviewDocument {

    private OverviewDocument() {
    }

    /** The lägesbild as an accessible PDF. */
    public static byte[] pdf(RegionalOverview.Overview overview, ResourceBundle texts, Locale locale, LocalDate today) {
        return TaggedPdf.render(xhtml(overview, texts, locale, today));
    }

    /** The lägesbild as a complete XHTML document. */
    public static String xhtml(RegionalOverview.Overview overview, ResourceBundle texts, Locale locale, LocalDate today) {
        String language = locale.getLanguage().isEmpty() ? "sv" : locale.getLanguage();
        String title = format(texts, "overview.document.title", overview.period().code());
        StringBuilder x = new StringBuilder(64_000);
        x.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(language).append("\" xml:lang=\"")
                .append(language).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(e(title)).append("</title>\n")
                .append("<style>body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 14pt; } ")
                .append("h3 { font-size: 11pt; } table { border-collapse: collapse; width: 100%; margin: 0.3em 0 1em 0; } ")
                .append("th, td { border: 1px solid #555; padding: 2pt 4pt; text-align: left; vertical-align: top; } ")
                .append("caption { text-align: left; font-weight: bold; } .names { font-size: 8pt; }</style>\n")
                .append("</head>\n<body>\n<h1>").append(e(title)).append("</h1>\n<p>").append(e(texts.getString("overview.document.subtitle")))
                .append("</p>\n<p>").append(e(format(texts, "overview.document.madeOn",
                        today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))))).append("</p>\n<p>")
                .append(e(texts.getString("overview.intro"))).append("</p>\n<p>").append(e(texts.getString("overview.rules")))
                .append("</p>\n<p>").append(e(format(texts, "overview.trendPeriods",
                        overview.trendPeriods().stream().map(RegionalOverview.PeriodRef::code).collect(Collectors.joining(", ")))))
                .append("</p>\n");
        for (RegionalOverview.AreaPicture area : overview.areas()) {
            x.append("<h2>").append(area.number()).append(". ").append(e(area.title())).append("</h2>\n");
            for (RegionalOverview.SubGoalPicture subGoal : area.subGoals()) {
                subGoal(x, subGoal, overview, texts);
            }
        }
        return x.append("</body>\n</html>\n").toString();
    }

    private static void subGoal(StringBuilder x, RegionalOverview.SubGoalPicture subGoal, RegionalOverview.Overview overview,
            ResourceBundle texts) {
        x.append("<h3>").append(e(format(texts, "overview.subGoal", subGoal.number()))).append("</h3>\n<p>").append(e(subGoal.text()))
                .append("</p>\n<p>");
        if (subGoal.linkedKommuner().isEmpty()) {
            x.append(e(texts.getString("overview.linkedNone")));
        } else {
            x.append(e(format(texts, "overview.linked", subGoal.linkedKommuner().size(), overview.kommuner()))).append(": ")
                    .append(e(names(subGoal.linkedKommuner())));
        }
        x.append("</p>\n");
        if (subGoal.overall().total() == 0) {
            x.append("<p>").append(e(texts.getString("overview.notConcerned"))).append("</p>\n");
            return;
        }
        x.append("<table>\n<caption>").append(e(format(texts, "overview.lightsCaption", subGoal.number(), overview.period().code())))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(e(texts.getString("overview.col.what"))).append("</th>");
        lightHeaders(x, texts);
        x.append("</tr></thead>\n<tbody>\n");
        for (RegionalOverview.ActivityPicture activity : subGoal.activities()) {
            row(x, format(texts, "overview.row.activity", activity.position(), activity.text()), activity.lights(), true);
        }
        if (!subGoal.linkedKommuner().isEmpty()) {
            row(x, texts.getString("overview.row.localWork"), subGoal.localWork(), true);
        }
        row(x, texts.getString("overview.row.overall"), subGoal.overall(), true);
        x.append("</tbody>\n</table>\n<table>\n<caption>").append(e(format(texts, "overview.trendCaption", subGoal.number())))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(e(texts.getString("overview.col.period"))).append("</th>");
        lightHeaders(x, texts);
        x.append("</tr></thead>\n<tbody>\n");
        for (RegionalOverview.TrendPoint point : subGoal.trend()) {
            row(x, point.period().code(), point.lights(), false);
        }
        x.append("</tbody>\n</table>\n");
    }

    private static void lightHeaders(StringBuilder x, ResourceBundle texts) {
        for (String key : List.of("report.lightShort.GREEN", "report.lightShort.YELLOW", "report.lightShort.RED", "overview.none")) {
            x.append("<th scope=\"col\">").append(e(texts.getString(key))).append("</th>");
        }
    }

    private static void row(StringBuilder x, String heading, RegionalOverview.Tally tally, boolean withNames) {
        x.append("<tr><th scope=\"row\">").append(e(heading)).append("</th>");
        for (RegionalOverview.Bucket bucket : List.of(tally.green(), tally.yellow(), tally.red(), tally.none())) {
            x.append("<td>").append(bucket.count());
            if (withNames && bucket.count() > 0) {
                x.append("<br/><span class=\"names\">").append(e(names(bucket.kommuner()))).append("</span>");
            }
            x.append("</td>");
        }
        x.append("</tr>\n");
    }

    static String names(List<RegionalOverview.KommunRef> kommuner) {
        return kommuner.stream().map(RegionalOverview.KommunRef::name).collect(Collectors.joining(", "));
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }

    /** Text escaped for XHTML ({@link se.samverkansportalen.web.export.pdf.Xhtml#escape}). */
    static String e(String text) {
        return se.samverkansportalen.web.export.pdf.Xhtml.escape(text);
    }
}
