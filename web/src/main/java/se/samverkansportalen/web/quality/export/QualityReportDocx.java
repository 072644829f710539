package se.samverkansportalen.web.quality.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import se.samverkansportalen.domain.quality.SectionKind;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReportView.EntryListView;
import se.samverkansportalen.service.quality.QualityReportView.FigureRow;
import se.samverkansportalen.service.quality.QualityReportView.InspectionView;
import se.samverkansportalen.service.quality.QualityReportView.Section;

/**
 * A kvalitetsberättelse as a Word document (DOCX, written with Apache POI), for the kommun to edit
 * and publish in Word. The same content and order as its PDF ({@link QualityReportDocument}), with
 * what makes a Word document accessible: Word's own heading styles ({@code Heading1}–{@code Heading4},
 * named "heading 1"… with their outline level, so the navigation pane, the table of contents and
 * screen readers find them), real bulleted lists, tables with a caption and alternative text whose
 * first row is a header row repeated on every page, the document's language Swedish (the styles'
 * default, so spelling and screen readers use Swedish) and its title, subject, author and language
 * in the core properties.
 */
public final class QualityReportDocx {

    /** The media type of a Word document. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The document's language, as Word writes it. */
    public static final String LANGUAGE = "sv-SE";

    private static final int[] HEADING_SIZES = {32, 26, 23, 21}; // half-points: 16, 13, 11.5 and 10.5 pt

    private QualityReportDocx() {
    }

    /** The berättelse as DOCX bytes. */
    public static byte[] docx(QualityReportView view, LocalDate writtenOn) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(document, view, writtenOn).write();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The kvalitetsberättelse could not be written as DOCX", e);
        }
    }

    /** The style id of Word's built-in heading of a level (1–4): {@code Heading2}. */
    public static String headingStyle(int level) {
        return "Heading" + level;
    }

    private static final class Writer {

        private final XWPFDocument document;
        private final QualityReportView view;
        private final LocalDate writtenOn;
        private final QualityReportTexts texts = new QualityReportTexts();
        private BigInteger bullets;

        Writer(XWPFDocument document, QualityReportView view, LocalDate writtenOn) {
            this.document = document;
            this.view = view;
            this.writtenOn = writtenOn;
        }

        void write() {
            styles();
            properties();
            String title = texts.title(view);
            heading(1, title);
            List<QualityReportTexts.Fact> facts = texts.facts(view);
            table(texts.text("quality.decision"), null, facts.stream().map(f -> List.of(f.label(), f.value())).toList());
            texts.notes(view).forEach(this::paragraph);
            for (Section section : view.sections()) {
                section(section);
            }
            paragraph(texts.writtenNote(writtenOn));
        }

        private void section(Section section) {
            String title = texts.title(section);
            heading(2, title);
            QualityReportTexts.paragraphs(section.text()).forEach(this::paragraph);
            if (!section.figures().isEmpty()) {
                List<List<String>> rows = section.figures().stream().map(this::figureRow).toList();
                table(texts.text("quality.figures.caption", title), texts.figureColumns(view), rows);
                if (QualityReportTexts.anyWithheld(section)) {
                    paragraph(texts.withheldNote());
                }
            }
            for (EntryListView list : section.lists()) {
                if (!list.entries().isEmpty()) {
                    heading(3, texts.text(list.titleKey()));
                    list.entries().forEach(e -> bullet(QualityReportTexts.entry(e)));
                }
            }
            for (InspectionView inspection : section.inspections()) {
                inspection(inspection);
            }
            if (section.kind() == SectionKind.RISK_REGISTER) {
                heading(3, texts.text("quality.register.title"));
                if (section.riskRegister().isEmpty()) {
                    paragraph(texts.text("quality.register.none"));
                } else {
                    table(texts.text("quality.register.caption"), texts.registerColumns(),
                            section.riskRegister().stream().map(texts::registerRow).toList());
                }
            }
            if (section.kind() == SectionKind.FOLLOW_UPS) {
                heading(3, texts.text("quality.improvements.title"));
                if (section.improvements().isEmpty()) {
                    paragraph(texts.text("quality.improvements.none"));
                } else {
                    table(texts.text("quality.improvements.caption"), texts.improvementColumns(),
                            section.improvements().stream().map(texts::improvementRow).toList());
                }
            }
        }

        private List<String> figureRow(FigureRow figure) {
            return List.of(texts.figureName(figure), texts.amount(figure.thisYear()), texts.amount(figure.lastYear()), texts.others(figure));
        }

        private void inspection(InspectionView inspection) {
            heading(3, inspection.name());
            fact("quality.inspection.department", texts.department(inspection));
            fact("quality.inspection.method", inspection.method());
            fact("quality.inspection.result", inspection.result());
            list("quality.inspection.controlAreas", inspection.controlAreas());
            list("quality.inspection.workstreams", inspection.workstreams());
            list("quality.inspection.startingPoints", inspection.startingPoints());
        }

        /** "Metod: …" with the label in bold. */
        private void fact(String labelKey, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            XWPFParagraph paragraph = document.createParagraph();
            XWPFRun label = paragraph.createRun();
            label.setBold(true);
            label.setText(texts.text(labelKey) + ": ");
            lines(paragraph.createRun(), value);
        }

        private void list(String headingKey, List<String> items) {
            if (items != null && !items.isEmpty()) {
                heading(4, texts.text(headingKey));
                items.forEach(this::bullet);
            }
        }

        private void heading(int level, String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(headingStyle(level));
            paragraph.createRun().setText(text);
        }

        private void paragraph(String text) {
            lines(document.createParagraph().createRun(), text);
        }

        private void bullet(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("ListParagraph");
            paragraph.setNumID(bullets());
            paragraph.setNumILvl(BigInteger.ZERO);
            lines(paragraph.createRun(), text);
        }

        /** A text whose single line breaks stay line breaks. */
        private static void lines(XWPFRun run, String text) {
            String[] lines = (text == null ? "" : text).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }

        /**
         * A table with its caption (a Caption paragraph above it and the table's alternative text):
         * with {@code columns}, a first row of column heads repeated on every page; every row's first
         * cell in bold, as its header.
         */
        private void table(String caption, List<String> columns, List<List<String>> rows) {
            XWPFParagraph captionParagraph = document.createParagraph();
            captionParagraph.setStyle("Caption");
            captionParagraph.setKeepNext(true);
            captionParagraph.createRun().setText(caption);

            int width = columns == null ? rows.get(0).size() : columns.size();
            XWPFTable table = document.createTable(rows.size() + (columns == null ? 0 : 1), width);
            table.setWidthType(TableWidthType.PCT);
            table.setWidth("100%");
            CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
            properties.addNewTblCaption().setVal(caption);
            int first = 0;
            if (columns != null) {
                XWPFTableRow header = table.getRow(0);
                header.setRepeatHeader(true);
                header.setCantSplitRow(true);
                for (int c = 0; c < width; c++) {
                    cell(header.getCell(c), columns.get(c), true);
                }
                first = 1;
            }
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(first + r);
                for (int c = 0; c < width; c++) {
                    cell(row.getCell(c), rows.get(r).get(c), c == 0);
                }
            }
            document.createParagraph(); // Word needs a paragraph between two tables, or it joins them
        }

        private static void cell(XWPFTableCell cell, String text, boolean bold) {
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            XWPFRun run = paragraph.createRun();
            run.setBold(bold);
            lines(run, text);
        }

        /** The numbering of the document's bulleted lists, made once. */
        private BigInteger bullets() {
            if (bullets == null) {
                CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
                abstractNum.setAbstractNumId(BigInteger.ZERO);
                CTLvl level = abstractNum.addNewLvl();
                level.setIlvl(BigInteger.ZERO);
                level.addNewStart().setVal(BigInteger.ONE);
                level.addNewNumFmt().setVal(STNumberFormat.BULLET);
                level.addNewLvlText().setVal("\u2022");
                CTInd indent = level.addNewPPr().addNewInd();
                indent.setLeft(BigInteger.valueOf(720));
                indent.setHanging(BigInteger.valueOf(360));
                XWPFNumbering numbering = document.createNumbering();
                bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            }
            return bullets;
        }

        /** Word's built-in styles the document uses, and Swedish as the language of all its text. */
        private void styles() {
            XWPFStyles styles = document.createStyles();
            styles.setSpellingLanguage(LANGUAGE);
            styles.addStyle(style("Normal", "Normal", null, -1, 22, false));
            for (int level = 1; level <= HEADING_SIZES.length; level++) {
                styles.addStyle(style(headingStyle(level), "heading " + level, "Normal", level - 1, HEADING_SIZES[level - 1], true));
            }
            styles.addStyle(style("Caption", "caption", "Normal", -1, 20, true));
            styles.addStyle(style("ListParagraph", "List Paragraph", "Normal", -1, 22, false));
        }

        /** A paragraph style; {@code outlineLevel} 0–8 for a heading, -1 for none; {@code size} in half-points. */
        private static XWPFStyle style(String id, String name, String basedOn, int outlineLevel, int size, boolean bold) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setType(STStyleType.PARAGRAPH);
            style.setStyleId(id);
            style.addNewName().setVal(name);
            if (basedOn == null) {
                style.setDefault(true);
            } else {
                style.addNewBasedOn().setVal(basedOn);
                style.addNewNext().setVal("Normal");
            }
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            if (outlineLevel >= 0) {
                style.addNewUiPriority().setVal(BigInteger.valueOf(9));
                paragraph.addNewKeepNext();
                paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 0 : 240));
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            } else {
                paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
            }
            CTRPr run = style.addNewRPr();
            if (bold) {
                run.addNewB();
            }
            run.addNewSz().setVal(BigInteger.valueOf(size));
            return new XWPFStyle(style);
        }

        private void properties() {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            core.setTitle(texts.title(view));
            core.setSubjectProperty(texts.description(view));
            core.setDescription(texts.description(view));
            core.setCreator(view.kommunName());
            core.getUnderlyingProperties().setLanguageProperty(LANGUAGE);
        }
    }
}
