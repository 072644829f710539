package se.samverkansportalen.web.plan.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import se.samverkansportalen.service.plan.RegionalPlanView;

/**
 * The regional plan as a PDF in the source document's layout: per förbättringsområde its
 * utvecklingsmål, then the table Delmål | Aktiviteter | Ansvariga | Tidsram. Written with OpenPDF.
 */
public final class PlanPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0x08, 0x3a, 0x5b));
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font ITALIC = new Font(Font.HELVETICA, 9, Font.ITALIC);

    private PlanPdf() {
    }

    public static void write(RegionalPlanView plan, ResourceBundle texts, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(plan.title());
            document.open();
            document.add(new Paragraph(plan.title(), TITLE));
            document.add(new Paragraph(MessageFormat.format(texts.getString("plan.version"), plan.versionNumber()) + ", "
                    + texts.getString(plan.draft() ? "plan.status.draft" : "plan.status.adopted")
                    + (plan.adoptedOn() == null ? "" : " " + plan.adoptedOn()), TEXT));
            document.add(new Paragraph(texts.getString("plan.legend"), ITALIC));
            for (RegionalPlanView.Area area : plan.areas()) {
                Paragraph heading = new Paragraph(MessageFormat.format(texts.getString("plan.area"), area.number(),
                        area.title()), HEADING);
                heading.setSpacingBefore(14);
                document.add(heading);
                document.add(new Paragraph(texts.getString("plan.developmentGoal"), BOLD));
                document.add(new Paragraph(area.developmentGoal(), TEXT));
                document.add(table(area, texts));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The plan could not be written as PDF", e);
        }
    }

    private static PdfPTable table(RegionalPlanView.Area area, ResourceBundle texts) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {28, 40, 20, 12});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String column : new String[] {"plan.col.subGoal", "plan.col.activities", "plan.col.responsible",
            "plan.col.timeframe"}) {
            PdfPCell header = new PdfPCell(new Phrase(texts.getString(column), BOLD));
            header.setBackgroundColor(new Color(0xe8, 0xee, 0xf3));
            table.addCell(header);
        }
        for (RegionalPlanView.SubGoalRow row : area.subGoals()) {
            boolean first = true;
            for (RegionalPlanView.Line line : row.lines()) {
                if (first) {
                    PdfPCell subGoal = new PdfPCell(new Phrase(row.number() + " " + row.text(), TEXT));
                    subGoal.setRowspan(row.lines().size());
                    table.addCell(subGoal);
                    first = false;
                }
                Phrase activities = new Phrase();
                for (RegionalPlanView.ActivityItem activity : line.activities()) {
                    activities.add(new Chunk("• " + activity.text()
                            + (activity.perKommun() ? " (" + texts.getString("plan.perKommun") + ")" : "") + "\n", TEXT));
                }
                table.addCell(new PdfPCell(activities));
                Phrase responsible = new Phrase();
                for (RegionalPlanView.Responsible r : line.responsible()) {
                    responsible.add(new Chunk(r.name() + "\n", r.dependsOnDecision() ? ITALIC : TEXT));
                }
                if (row.responsibleNote() != null) {
                    responsible.add(new Chunk(row.responsibleNote(), ITALIC));
                }
                table.addCell(new PdfPCell(responsible));
                PdfPCell timeframe = new PdfPCell(new Phrase(line.timeframe() == null ? "" : line.timeframe(), TEXT));
                timeframe.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(timeframe);
            }
        }
        return table;
    }
}
