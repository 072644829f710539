package se.samverkansportalen.web.quality.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A DOCX read back with Apache POI the way Word's navigation pane and a screen reader see it: its
 * headings are only the paragraphs whose style is Word's built-in heading of a level (a style named
 * "heading N" with outline level N-1); a paragraph that merely looks like a heading, or names a
 * style the document does not define, is no heading. Also its tables (rows of cell texts, and whether
 * the first row repeats as the header) and its bulleted list items.
 */
public final class WordDocument {

    public record Heading(int level, String text) {
    }

    public record Table(String caption, boolean headerRepeats, List<List<String>> rows) {
    }

    private final XWPFDocument document;

    public WordDocument(byte[] docx) {
        try {
            this.document = new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WordDocument(XWPFDocument document) {
        this.document = document;
    }

    public XWPFDocument poi() {
        return document;
    }

    /** The headings in document order. */
    public List<Heading> headings() {
        List<Heading> headings = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            int level = headingLevel(paragraph);
            if (level > 0) {
                headings.add(new Heading(level, paragraph.getText()));
            }
        }
        return headings;
    }

    /** The texts of the headings of one level, in order. */
    public List<String> headings(int level) {
        return headings().stream().filter(h -> h.level() == level).map(Heading::text).toList();
    }

    private int headingLevel(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null || document.getStyles() == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles().getStyle(id);
        if (style == null || style.getName() == null || !style.getName().matches("heading [1-9]")) {
            return 0;
        }
        int level = Integer.parseInt(style.getName().substring("heading ".length()));
        var properties = style.getCTStyle().getPPr();
        if (properties == null || properties.getOutlineLvl() == null || properties.getOutlineLvl().getVal().intValue() != level - 1) {
            return 0;
        }
        return level;
    }

    /** The tables in order, with the caption paragraph just above each. */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        String caption = null;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                caption = "Caption".equals(paragraph.getStyleID()) ? paragraph.getText() : caption;
            } else if (element instanceof XWPFTable table) {
                List<List<String>> rows = table.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
                XWPFTableRow first = table.getRow(0);
                tables.add(new Table(caption, first != null && first.isRepeatHeader(), rows));
                caption = null;
            }
        }
        return tables;
    }

    /** The table of a caption. */
    public Table table(String caption) {
        return tables().stream().filter(t -> caption.equals(t.caption())).findFirst()
                .orElseThrow(() -> new AssertionError("no table captioned " + caption + " in " + tables().stream().map(Table::caption).toList()));
    }

    /** The bulleted items (paragraphs with a numbering) that follow a heading's text, up to the next heading. */
    public List<String> itemsUnder(String headingText) {
        List<String> items = new ArrayList<>();
        boolean under = false;
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            if (headingLevel(paragraph) > 0) {
                if (under) {
                    break;
                }
                under = paragraph.getText().equals(headingText);
            } else if (under && paragraph.getNumID() != null) {
                items.add(paragraph.getText());
            }
        }
        return items;
    }

    /** The document's language: the default of its styles. */
    public String language() {
        var defaults = document.getStyles().getCtStyles().getDocDefaults();
        if (defaults == null || defaults.getRPrDefault() == null || defaults.getRPrDefault().getRPr() == null) {
            return null;
        }
        var languages = defaults.getRPrDefault().getRPr().getLangList();
        return languages.isEmpty() ? null : languages.get(0).getVal();
    }

    /** All the text of the document, paragraphs and tables. */
    public String text() {
        try (var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
