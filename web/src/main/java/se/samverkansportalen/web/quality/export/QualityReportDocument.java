package se.samverkansportalen.web.quality.export;

import static se.samverkansportalen.web.export.pdf.Xhtml.escape;

import java.time.LocalDate;
import java.util.List;
import se.samverkansportalen.domain.quality.SectionKind;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReportView.EntryListView;
import se.samverkansportalen.service.quality.QualityReportView.FigureRow;
import se.samverkansportalen.service.quality.QualityReportView.InspectionView;
import se.samverkansportalen.service.quality.QualityReportView.Section;
import se.samverkansportalen.web.export.pdf.TaggedPdf;

/**
 * A kvalitetsberättelse as an accessible PDF: written as XHTML for {@link TaggedPdf} (PDF/UA-1 and
 * PDF/A-3a), in the order of its page. The title ({@code h1}); the facts (kommun, year, status, the
 * decision with date, nämnd and diarienummer, or "Utkast"; the source of an example) as a table with
 * row headers; then each section in order under its {@code h2}: its text, its figures as a table
 * (this year beside last year, {@code th scope="col"} and {@code scope="row"}), its lists per
 * avdelning ({@code h3} and {@code ul}), the controls of the egenkontroll ({@code h3}, their method
 * and result, their control areas under {@code h4}), the drawn-in risk register and förbättrande
 * åtgärder as tables. The PDF's outline (bookmarks) lists the sections. Swedish ({@code lang="sv"}).
 */
public final class QualityReportDocument {

    private static final String STYLE = "h1 { font-size: 17pt; } h2 { font-size: 13.5pt; margin-top: 16pt; }"
            + " h3 { font-size: 11.5pt; margin-top: 10pt; } h4 { font-size: 10.5pt; margin-top: 8pt; }"
            + " table { width: 100%; margin: 4pt 0 8pt 0; } caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }"
            + " .facts th { width: 30%; } .amount { text-align: right; } .note { font-size: 8.5pt; color: #333; }";

    private QualityReportDocument() {
    }

    /** The berättelse as PDF bytes (PDF/UA-1, PDF/A-3a). */
    public static byte[] pdf(QualityReportView view, LocalDate writtenOn) {
        return TaggedPdf.render(xhtml(view, writtenOn));
    }

    /** The berättelse as XHTML. */
    public static String xhtml(QualityReportView view, LocalDate writtenOn) {
        QualityReportTexts texts = new QualityReportTexts();
        String title = texts.title(view);
        StringBuilder html = new StringBuilder(32_768);
        html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\" xml:lang=\"sv\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(escape(texts.description(view))).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(escape(view.kommunName())).append("\"/>")
                .append("<style>").append(STYLE).append("</style>");
        html.append("<bookmarks>");
        for (Section section : view.sections()) {
            html.append("<bookmark name=\"").append(escape(texts.title(section))).append("\" href=\"#").append(anchor(section)).append("\"/>");
        }
        html.append("</bookmarks></head><body>");

        html.append("<h1>").append(escape(title)).append("</h1>");
        html.append("<table class=\"facts\"><caption>").append(escape(texts.text("quality.decision"))).append("</caption><tbody>");
        for (QualityReportTexts.Fact fact : texts.facts(view)) {
            html.append("<tr><th scope=\"row\">").append(escape(fact.label())).append("</th><td>").append(escape(fact.value()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        for (String note : texts.notes(view)) {
            html.append("<p>").append(escape(note)).append("</p>");
        }

        for (Section section : view.sections()) {
            section(html, view, section, texts);
        }
        html.append("<p class=\"note\">").append(escape(texts.writtenNote(writtenOn))).append("</p>");
        html.append("</body></html>");
        return html.toString();
    }

    private static void section(StringBuilder html, QualityReportView view, Section section, QualityReportTexts texts) {
        String title = texts.title(section);
        html.append("<h2 id=\"").append(anchor(section)).append("\">").append(escape(title)).append("</h2>");
        for (String paragraph : QualityReportTexts.paragraphs(section.text())) {
            html.append("<p>").append(escape(paragraph).replaceAll("\\R", "<br/>")).append("</p>");
        }
        if (!section.figures().isEmpty()) {
            figures(html, view, section, title, texts);
        }
        for (EntryListView list : section.lists()) {
            if (list.entries().isEmpty()) {
                continue;
            }
            html.append("<h3>").append(escape(texts.text(list.titleKey()))).append("</h3><ul>");
            list.entries().forEach(e -> html.append("<li>").append(escape(QualityReportTexts.entry(e))).append("</li>"));
            html.append("</ul>");
        }
        for (InspectionView inspection : section.inspections()) {
            inspection(html, inspection, texts);
        }
        if (section.kind() == SectionKind.RISK_REGISTER) {
            html.append("<h3>").append(escape(texts.text("quality.register.title"))).append("</h3>");
            if (section.riskRegister().isEmpty()) {
                html.append("<p>").append(escape(texts.text("quality.register.none"))).append("</p>");
            } else {
                table(html, texts.text("quality.register.caption"), texts.registerColumns(),
                        section.riskRegister().stream().map(texts::registerRow).toList());
            }
        }
        if (section.kind() == SectionKind.FOLLOW_UPS) {
            html.append("<h3>").append(escape(texts.text("quality.improvements.title"))).append("</h3>");
            if (section.improvements().isEmpty()) {
                html.append("<p>").append(escape(texts.text("quality.improvements.none"))).append("</p>");
            } else {
                table(html, texts.text("quality.improvements.caption"), texts.improvementColumns(),
                        section.improvements().stream().map(texts::improvementRow).toList());
            }
        }
    }

    private static void figures(StringBuilder html, QualityReportView view, Section section, String title, QualityReportTexts texts) {
        List<String> columns = texts.figureColumns(view);
        html.append("<table class=\"figures\"><caption>").append(escape(texts.text("quality.figures.caption", title)))
                .append("</caption><thead><tr>");
        for (int i = 0; i < columns.size(); i++) {
            html.append("<th scope=\"col\"").append(i == 1 || i == 2 ? " class=\"amount\"" : "").append(">").append(escape(columns.get(i)))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (FigureRow figure : section.figures()) {
            html.append("<tr><th scope=\"row\">").append(escape(texts.figureName(figure))).append("</th>")
                    .append("<td class=\"amount\">").append(escape(texts.amount(figure.thisYear()))).append("</td>")
                    .append("<td class=\"amount\">").append(escape(texts.amount(figure.lastYear()))).append("</td>")
                    .append("<td>").append(escape(texts.others(figure))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (QualityReportTexts.anyWithheld(section)) {
            html.append("<p class=\"note\">").append(escape(texts.withheldNote())).append("</p>");
        }
    }

    private static void inspection(StringBuilder html, InspectionView inspection, QualityReportTexts texts) {
        html.append("<h3>").append(escape(inspection.name())).append("</h3>");
        StringBuilder facts = new StringBuilder();
        fact(facts, texts.text("quality.inspection.department"), texts.department(inspection));
        fact(facts, texts.text("quality.inspection.method"), inspection.method());
        fact(facts, texts.text("quality.inspection.result"), inspection.result());
        if (!facts.isEmpty()) {
            html.append("<table class=\"facts\"><caption>").append(escape(inspection.name())).append("</caption><tbody>").append(facts)
                    .append("</tbody></table>");
        }
        list(html, texts.text("quality.inspection.controlAreas"), inspection.controlAreas());
        list(html, texts.text("quality.inspection.workstreams"), inspection.workstreams());
        list(html, texts.text("quality.inspection.startingPoints"), inspection.startingPoints());
    }

    private static void fact(StringBuilder html, String label, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
        }
    }

    private static void list(StringBuilder html, String heading, List<String> items) {
        if (items == null || items.isEmpty()) {
            return;
        }
        html.append("<h4>").append(escape(heading)).append("</h4><ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
    }

    /** A table with column heads and one row per item, its first cell the row's header. */
    private static void table(StringBuilder html, String caption, List<String> columns, List<List<String>> rows) {
        html.append("<table><caption>").append(escape(caption)).append("</caption><thead><tr>");
        columns.forEach(c -> html.append("<th scope=\"col\">").append(escape(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr><th scope=\"row\">").append(escape(row.get(0))).append("</th>");
            row.subList(1, row.size()).forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** The section's anchor: its key, made an XML name. */
    private static String anchor(Section section) {
        return "section-" + section.key().replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
