package se.samverkansportalen.web.report.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.localplan.IndicatorTexts;

/**
 * A kommun's report for a period as a PDF in the spirit of the Nacka "Uppföljning av åtgärdsplan
 * tertial 2": a summary (how many items are green, yellow, red), then per item its status with
 * the traffic light written out, the narrative, and the linked indicators' values as a table and
 * a line chart. Small counts arrive already withheld for anyone but the kommun. The report's history
 * (every submission and every round of the review, with the reviewer's comments and the returned
 * items) follows the status; in the review of a submitted or granskad report the values are those
 * submitted, a later change written beside its value (the chart draws the submitted values).
 * Written with OpenPDF.
 */
public final class ReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0x08, 0x3a, 0x5b));
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Map<TrafficLight, Color> LIGHTS = Map.of(TrafficLight.GREEN, new Color(0xc9, 0xe8, 0xc9),
            TrafficLight.YELLOW, new Color(0xfb, 0xe7, 0xa1), TrafficLight.RED, new Color(0xf2, 0xb8, 0xb5));
    private static final Color NONE = new Color(0xee, 0xee, 0xee);

    private ReportPdf() {
    }

    public static void write(ReportForm report, String kommunName, ResourceBundle texts, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String title = MessageFormat.format(texts.getString("report.pdf.title"), report.getPeriodCode(), kommunName);
            document.addTitle(title);
            document.open();
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(texts.getString("report.col.status") + ": "
                    + texts.getString("report.state." + report.getStatus()), TEXT));
            if (!report.getHistory().isEmpty()) {
                document.add(heading(texts.getString("report.history.heading")));
                com.lowagie.text.List history = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
                report.getHistory().forEach(step -> history.add(new com.lowagie.text.ListItem(
                        se.samverkansportalen.web.report.ReviewTexts.step(texts, step), TEXT)));
                document.add(history);
            }
            document.add(heading(texts.getString("report.pdf.summary")));
            document.add(summary(report, texts));
            document.add(new Paragraph(texts.getString("localplan.light.legend"), TEXT));
            document.add(heading(texts.getString("report.pdf.items")));
            for (ReportForm.Item item : report.getItems()) {
                item(document, writer, item, texts);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be written as PDF", e);
        }
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    /** How many items have each light, as a small table. */
    private static PdfPTable summary(ReportForm report, ResourceBundle texts) {
        Map<TrafficLight, Integer> counts = new LinkedHashMap<>();
        int unassessed = 0;
        for (ReportForm.Item item : report.getItems()) {
            if (item.getLight() == null) {
                unassessed++;
            } else {
                counts.merge(item.getLight(), 1, Integer::sum);
            }
        }
        PdfPTable table = new PdfPTable(new float[] {70, 30});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (TrafficLight light : TrafficLight.values()) {
            PdfPCell name = new PdfPCell(new Phrase(texts.getString("localplan.light." + light), TEXT));
            name.setBackgroundColor(LIGHTS.getOrDefault(light, NONE));
            table.addCell(name);
            table.addCell(new PdfPCell(new Phrase(String.valueOf(counts.getOrDefault(light, 0)), TEXT)));
        }
        table.addCell(new PdfPCell(new Phrase(texts.getString("localplan.light.NONE"), TEXT)));
        table.addCell(new PdfPCell(new Phrase(String.valueOf(unassessed), TEXT)));
        return table;
    }

    private static void item(Document document, PdfWriter writer, ReportForm.Item item, ResourceBundle texts)
            throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {72, 28});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setKeepTogether(true);
        PdfPCell label = new PdfPCell(new Phrase(se.samverkansportalen.web.i18n.ItemLabels.of(item.getLabel(), texts), BOLD));
        table.addCell(label);
        PdfPCell state = new PdfPCell(new Phrase((item.getLight() == null ? texts.getString("localplan.light.NONE")
                : texts.getString("localplan.light." + item.getLight())) + "\n"
                + (item.getStatus() == null ? texts.getString("report.item.noStatus") : texts.getString("report.itemStatus." + item.getStatus())),
                TEXT));
        state.setBackgroundColor(item.getLight() == null ? NONE : LIGHTS.get(item.getLight()));
        table.addCell(state);
        PdfPCell narrative = new PdfPCell(new Phrase(item.getNarrative() == null ? texts.getString("report.item.noNarrative")
                : item.getNarrative(), TEXT));
        narrative.setColspan(2);
        table.addCell(narrative);
        document.add(table);
        if (item.getIndicators().isEmpty()) {
            return;
        }
        PdfPTable values = new PdfPTable(new float[] {60, 20, 20});
        values.setWidthPercentage(100);
        values.setHeaderRows(1);
        for (String column : new String[] {"localplan.indicator.name", "localplan.indicator.period", "localplan.indicator.values"}) {
            PdfPCell header = new PdfPCell(new Phrase(texts.getString(column), BOLD));
            header.setBackgroundColor(new Color(0xe8, 0xee, 0xf3));
            values.addCell(header);
        }
        Map<Long, List<ReportForm.IndicatorValue>> byIndicator = new LinkedHashMap<>();
        for (ReportForm.IndicatorValue v : item.getIndicators()) {
            values.addCell(new PdfPCell(new Phrase(v.getName(), TEXT)));
            values.addCell(new PdfPCell(new Phrase(v.getPeriod(), TEXT)));
            String written = IndicatorTexts.write(texts, v.getValue(), v.getUnit(), v.isSuppressed());
            values.addCell(new PdfPCell(new Phrase(v.isChangedAfterSubmission()
                    ? written + "\n" + winAnsi(se.samverkansportalen.web.report.ReviewTexts.laterChange(texts, v)) : written, TEXT)));
            byIndicator.computeIfAbsent(v.getIndicatorId(), k -> new ArrayList<>()).add(v);
        }
        document.add(values);
        for (List<ReportForm.IndicatorValue> series : byIndicator.values()) {
            if (series.stream().filter(v -> v.getValue() != null).count() >= 2) {
                document.add(chart(writer, series));
            }
        }
    }

    /** Text for the PDF's standard font, whose WinAnsi encoding has no arrow: "12 → 14" is written "12 -> 14". */
    private static String winAnsi(String text) {
        return text.replace("→", "->");
    }

    /** A line chart of one indicator over the report's periods; a missing value is a gap. */
    private static Image chart(PdfWriter writer, List<ReportForm.IndicatorValue> series) throws DocumentException {
        float width = 360;
        float height = 120;
        float left = 40;
        float bottom = 20;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(width, height + 16);
        BaseFont font;
        try {
            font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        } catch (java.io.IOException e) {
            throw new DocumentException(e);
        }
        double max = series.stream().filter(v -> v.getValue() != null).map(ReportForm.IndicatorValue::getValue)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        max = max <= 0 ? 1 : max * 1.1;
        float plotWidth = width - left - 10;
        float plotHeight = height - bottom - 6;
        template.setLineWidth(0.5f);
        template.setColorStroke(Color.GRAY);
        template.moveTo(left, bottom);
        template.lineTo(left, bottom + plotHeight);
        template.moveTo(left, bottom);
        template.lineTo(left + plotWidth, bottom);
        template.stroke();
        template.beginText();
        template.setFontAndSize(font, 7);
        template.showTextAligned(Element.ALIGN_LEFT, series.get(0).getName().length() > 90
                ? series.get(0).getName().substring(0, 89) + "…" : series.get(0).getName(), 0, height + 4, 0);
        template.showTextAligned(Element.ALIGN_RIGHT, Formats.swedishNumber(BigDecimal.valueOf(Math.round(max))), left - 3, bottom + plotHeight - 3, 0);
        template.showTextAligned(Element.ALIGN_RIGHT, "0", left - 3, bottom - 3, 0);
        float step = series.size() > 1 ? plotWidth / (series.size() - 1) : 0;
        for (int i = 0; i < series.size(); i++) {
            template.showTextAligned(Element.ALIGN_CENTER, series.get(i).getPeriod(), left + i * step, bottom - 10, 0);
        }
        template.endText();
        template.setLineWidth(1.5f);
        template.setColorStroke(new Color(0x1a, 0x4d, 0x8f));
        boolean drawing = false;
        for (int i = 0; i < series.size(); i++) {
            BigDecimal value = series.get(i).getValue();
            if (value == null) {
                drawing = false;
                continue;
            }
            float x = left + i * step;
            float y = bottom + (float) (value.doubleValue() / max) * plotHeight;
            if (drawing) {
                template.lineTo(x, y);
            } else {
                template.moveTo(x, y);
            }
            template.circle(x, y, 1.5f);
            template.moveTo(x, y);
            drawing = true;
        }
        template.stroke();
        Image image = Image.getInstance(template);
        image.setAlt(series.get(0).getName());
        image.setSpacingBefore(4);
        return image;
    }
}
