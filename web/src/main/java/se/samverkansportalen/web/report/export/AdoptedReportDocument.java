package se.samverkansportalen.web.report.export;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.export.pdf.TaggedPdf;
import se.samverkansportalen.web.i18n.ItemLabels;
import se.samverkansportalen.web.localplan.IndicatorTexts;
import se.samverkansportalen.web.report.ReviewTexts;

/**
 * A kommun's tertial report as fastställd for its records, written as XHTML for {@link TaggedPdf}
 * (a PDF/UA-1 and PDF/A-3a document): the decision (date, nämnd or decision-maker, diarienummer,
 * version), the report's submissions and review rounds, a summary by traffic light, and per item its
 * status, light, narrative and indicator values as submitted (small counts withheld, as the LBU
 * network reads them). Always in Swedish, the language of the kommun's diarium. The same read
 * model as the report's page and {@link ReportPdf}; headings, tables with {@code th scope} and
 * lists carry the structure.
 */
public final class AdoptedReportDocument {

    /** The fastställd document's language: the kommun's records are Swedish. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AdoptedReportDocument() {
    }

    /** The document as PDF bytes (PDF/UA-1, PDF/A-3a). */
    public static byte[] pdf(ReportDecisions.Draft draft, ReportDecisions.DecisionForm decision, LocalDateTime writtenAt) {
        return TaggedPdf.render(xhtml(draft, decision, writtenAt));
    }

    /** The document as XHTML. */
    public static String xhtml(ReportDecisions.Draft draft, ReportDecisions.DecisionForm decision, LocalDateTime writtenAt) {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, SWEDISH);
        ReportForm report = draft.report();
        String title = MessageFormat.format(texts.getString("report.adopted.doc.title"), report.getPeriodCode(), draft.kommunName());
        StringBuilder html = new StringBuilder(8192);
        html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\" xml:lang=\"sv\"><head><meta charset=\"UTF-8\"/><title>")
                .append(e(title)).append("</title>")
                .append("<meta name=\"description\" content=\"").append(e(MessageFormat.format(texts.getString("report.adopted.doc.description"),
                        report.getPeriodCode(), draft.kommunName(), text(decision.getRegistrationNumber())))).append("\"/>")
                .append("<meta name=\"subject\" content=\"").append(e(title)).append("\"/>")
                .append("<style>h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; margin-top: 10pt; }"
                        + " table { width: 100%; margin: 4pt 0; } caption { text-align: left; font-weight: bold; }"
                        + " .facts th { width: 35%; } .note { font-size: 8.5pt; color: #333; }</style>")
                .append("</head><body>");
        html.append("<h1>").append(e(title)).append("</h1>");

        html.append("<table class=\"facts\"><caption>").append(e(texts.getString("report.adopted.doc.decision"))).append("</caption><tbody>");
        fact(html, texts.getString("report.adopted.col.kommun"), draft.kommunName() + " (" + draft.kommunCode() + ")");
        fact(html, texts.getString("report.col.period"), report.getPeriodCode());
        fact(html, texts.getString("report.adopted.col.adoptedOn"), decision.getAdoptedOn() == null ? "" : decision.getAdoptedOn().toString());
        fact(html, texts.getString("report.adopted.col.decidedBy"), text(decision.getDecidedBy()));
        fact(html, texts.getString("report.adopted.col.registrationNumber"), text(decision.getRegistrationNumber()));
        fact(html, texts.getString("report.adopted.col.version"), String.valueOf(draft.version()));
        fact(html, texts.getString("report.adopted.col.submission"), String.valueOf(report.getSubmissions()));
        fact(html, texts.getString("report.col.status"), texts.getString("report.state." + report.getStatus()));
        html.append("</tbody></table>");

        html.append("<h2>").append(e(texts.getString("report.history.heading"))).append("</h2>");
        if (report.getHistory().isEmpty()) {
            html.append("<p>").append(e(texts.getString("report.history.none"))).append("</p>");
        } else {
            html.append("<ol>");
            report.getHistory().forEach(step -> html.append("<li>").append(e(ReviewTexts.step(texts, step))).append("</li>"));
            html.append("</ol>");
        }

        html.append("<h2>").append(e(texts.getString("report.pdf.summary"))).append("</h2>");
        summary(html, report, texts);
        html.append("<p>").append(e(texts.getString("localplan.light.legend"))).append("</p>");

        html.append("<h2>").append(e(texts.getString("report.pdf.items"))).append("</h2>");
        for (ReportForm.Item item : report.getItems()) {
            item(html, item, texts);
        }
        html.append("<p class=\"note\">").append(e(MessageFormat.format(texts.getString("report.adopted.doc.note"),
                writtenAt == null ? "" : TIME.format(writtenAt)))).append("</p>");
        html.append("</body></html>");
        return html.toString();
    }

    private static void fact(StringBuilder html, String name, String value) {
        html.append("<tr><th scope=\"row\">").append(e(name)).append("</th><td>").append(e(value)).append("</td></tr>");
    }

    private static void summary(StringBuilder html, ReportForm report, ResourceBundle texts) {
        Map<TrafficLight, Integer> counts = new LinkedHashMap<>();
        int unassessed = 0;
        for (ReportForm.Item item : report.getItems()) {
            if (item.getLight() == null) {
                unassessed++;
            } else {
                counts.merge(item.getLight(), 1, Integer::sum);
            }
        }
        html.append("<table><caption>").append(e(texts.getString("report.adopted.doc.summaryCaption"))).append("</caption><thead><tr>")
                .append("<th scope=\"col\">").append(e(texts.getString("report.item.light"))).append("</th>")
                .append("<th scope=\"col\">").append(e(texts.getString("report.adopted.doc.count"))).append("</th></tr></thead><tbody>");
        for (TrafficLight light : TrafficLight.values()) {
            html.append("<tr><th scope=\"row\">").append(e(texts.getString("localplan.light." + light))).append("</th><td>")
                    .append(counts.getOrDefault(light, 0)).append("</td></tr>");
        }
        html.append("<tr><th scope=\"row\">").append(e(texts.getString("localplan.light.NONE"))).append("</th><td>").append(unassessed)
                .append("</td></tr></tbody></table>");
    }

    private static void item(StringBuilder html, ReportForm.Item item, ResourceBundle texts) {
        html.append("<h3>").append(e(ItemLabels.of(item.getLabel(), texts))).append("</h3>");
        html.append("<ul>");
        html.append("<li>").append(e(texts.getString("report.item.status"))).append(": ")
                .append(e(item.getStatus() == null ? texts.getString("report.item.noStatus") : texts.getString("report.itemStatus." + item.getStatus())))
                .append("</li>");
        html.append("<li>").append(e(texts.getString("report.item.light"))).append(": ")
                .append(e(item.getLight() == null ? texts.getString("localplan.light.NONE") : texts.getString("localplan.light." + item.getLight())))
                .append("</li></ul>");
        String narrative = item.getNarrative() == null || item.getNarrative().isBlank() ? texts.getString("report.item.noNarrative") : item.getNarrative();
        for (String paragraph : narrative.split("\\R\\s*\\R")) {
            html.append("<p>").append(e(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>");
        }
        if (item.getIndicators().isEmpty()) {
            return;
        }
        html.append("<table><caption>").append(e(texts.getString("report.item.indicators"))).append("</caption><thead><tr>")
                .append("<th scope=\"col\">").append(e(texts.getString("localplan.indicator.name"))).append("</th>")
                .append("<th scope=\"col\">").append(e(texts.getString("localplan.indicator.period"))).append("</th>")
                .append("<th scope=\"col\">").append(e(texts.getString("localplan.indicator.values"))).append("</th></tr></thead><tbody>");
        for (ReportForm.IndicatorValue value : item.getIndicators()) {
            html.append("<tr><th scope=\"row\">").append(e(value.getName())).append("</th><td>").append(e(value.getPeriod())).append("</td><td>")
                    .append(e(IndicatorTexts.write(texts, value.getValue(), value.getUnit(), value.isSuppressed()))).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Text escaped for XHTML ({@link se.samverkansportalen.web.export.pdf.Xhtml#escape}). */
    static String e(String text) {
        return se.samverkansportalen.web.export.pdf.Xhtml.escape(text);
    }
}
