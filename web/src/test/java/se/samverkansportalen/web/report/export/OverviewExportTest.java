package se.samverkansportalen.web.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import se.samverkansportalen.service.report.RegionalOverview.ActivityPicture;
import se.samverkansportalen.service.report.RegionalOverview.AreaPicture;
import se.samverkansportalen.service.report.RegionalOverview.Bucket;
import se.samverkansportalen.service.report.RegionalOverview.KommunRef;
import se.samverkansportalen.service.report.RegionalOverview.Overview;
import se.samverkansportalen.service.report.RegionalOverview.PeriodRef;
import se.samverkansportalen.service.report.RegionalOverview.SubGoalPicture;
import se.samverkansportalen.service.report.RegionalOverview.Tally;
import se.samverkansportalen.service.report.RegionalOverview.TrendPoint;
import se.samverkansportalen.web.Messages;

/**
 * The lägesbild's exports: the document handed to the tagged-PDF renderer is well-formed XHTML in
 * the reader's language, with a title, headings and tables whose headers have a scope; the Excel
 * workbook holds the counts and the kommuner behind them.
 */
class OverviewExportTest {

    private static final ResourceBundle SWEDISH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("sv"));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    private static final KommunRef UMEA = new KommunRef("2480", "Umeå");
    private static final KommunRef VANNAS = new KommunRef("2460", "Vännäs");
    private static final KommunRef STORUMAN = new KommunRef("2421", "Storuman");

    private static Bucket bucket(KommunRef... kommuner) {
        return new Bucket(kommuner.length, List.of(kommuner));
    }

    private static Overview overview() {
        PeriodRef t1 = new PeriodRef(1, "2026-T1");
        PeriodRef t2 = new PeriodRef(2, "2026-T2");
        Tally activity = new Tally(bucket(UMEA), bucket(), bucket(VANNAS), bucket(STORUMAN));
        Tally local = new Tally(bucket(), bucket(), bucket(VANNAS), bucket());
        Tally overall = new Tally(bucket(UMEA), bucket(), bucket(VANNAS), bucket(STORUMAN));
        SubGoalPicture linked = new SubGoalPicture("sg-1", "1.2", "Barn & unga <i> ska få stöd", List.of(VANNAS), local,
                List.of(new ActivityPicture("a-1", 1, "Inför BBIC i alla kommuner", activity)), overall,
                List.of(new TrendPoint(t1, new Tally(bucket(), bucket(UMEA), bucket(), bucket(VANNAS, STORUMAN))), new TrendPoint(t2, overall)));
        Tally nothing = new Tally(bucket(), bucket(), bucket(), bucket());
        SubGoalPicture empty = new SubGoalPicture("sg-2", "1.3", "Ett delmål utan arbete", List.of(), nothing, List.of(), nothing,
                List.of(new TrendPoint(t1, nothing), new TrendPoint(t2, nothing)));
        return new Overview(t2, List.of(t1, t2), 3, List.of(new AreaPicture(1, "Samverkan", List.of(linked, empty))));
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    @Test
    void the_pdf_document_is_well_formed_xhtml_with_language_title_headings_and_scoped_table_headers() throws Exception {
        String xhtml = OverviewDocument.xhtml(overview(), SWEDISH, Locale.forLanguageTag("sv"), LocalDate.of(2026, 9, 14));

        Document document = parse(xhtml);
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/html/@lang", document)).isEqualTo("sv");
        assertThat(xpath.evaluate("/html/head/title", document)).isEqualTo("Lägesbild 2026-T2");
        assertThat(xpath.evaluate("//h1", document)).isEqualTo("Lägesbild 2026-T2");
        assertThat(xpath.evaluate("//h2", document)).isEqualTo("1. Samverkan");
        assertThat(((NodeList) xpath.evaluate("//h3", document, XPathConstants.NODESET)).getLength()).isEqualTo(2);
        assertThat(xpath.evaluate("count(//th[not(@scope)])", document)).as("every header has a scope").isEqualTo("0");
        assertThat(xpath.evaluate("count(//table[not(caption)])", document)).as("every table has a caption").isEqualTo("0");
        assertThat(xpath.evaluate("count(//table)", document)).as("lights and trend of the one delmål with work").isEqualTo("2");
        assertThat(xpath.evaluate("//table[1]/tbody/tr[1]/th", document)).isEqualTo("Aktivitet 1: Inför BBIC i alla kommuner");
        assertThat(xpath.evaluate("//table[1]/tbody/tr[1]/td[3]", document)).isEqualTo("1Vännäs");
        assertThat(xpath.evaluate("//table[1]/tbody/tr[2]/th", document)).isEqualTo("Kopplat lokalt arbete");
        assertThat(xpath.evaluate("//table[2]/tbody/tr[1]", document)).isEqualTo("2026-T10102");
        assertThat(xhtml).contains("Barn &amp; unga &lt;i&gt; ska få stöd", "Kommuner med kopplat lokalt arbete: 1 av 3: Vännäs",
                "Ingen kommun har kopplat lokalt arbete till delmålet.", "Sammanställd 14 september 2026");
    }

    @Test
    void the_pdf_document_follows_the_readers_language() throws Exception {
        Document document = parse(OverviewDocument.xhtml(overview(), ENGLISH, Locale.ENGLISH, LocalDate.of(2026, 9, 14)));

        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/html/@lang", document)).isEqualTo("en");
        assertThat(xpath.evaluate("/html/head/title", document)).isEqualTo("Regional overview 2026-T2");
        assertThat(xpath.evaluate("//h3[1]", document)).isEqualTo("Sub-goal 1.2");
    }

    @Test
    void text_xml_does_not_allow_is_left_out_of_the_document() {
        assertThat(OverviewDocument.e("a\u0000b\u0007c & d")).isEqualTo("abc &amp; d");
        assertThat(OverviewDocument.e("Mål 😀")).isEqualTo("Mål 😀");
    }

    @Test
    void the_workbook_has_a_row_per_aktivitet_linked_work_and_delmal_with_counts_and_kommuner_and_the_trend_on_a_sheet_of_its_own()
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OverviewExcel.write(overview(), SWEDISH, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<List<String>> rows = workbook.getSheets().toList().get(0).read().stream().map(OverviewExportTest::cells).toList();
            assertThat(rows.get(0)).startsWith("Förbättringsområde", "Delmål", "Vad", "Grön (antal)", "Gul (antal)", "Röd (antal)",
                    "Ingen uppgift (antal)", "Grön (kommuner)");
            assertThat(rows.get(1)).containsExactly("1. Samverkan", "1.2", "Aktivitet 1: Inför BBIC i alla kommuner", "1", "0", "1", "1",
                    "Umeå", "", "Vännäs", "Storuman");
            assertThat(rows.get(2)).startsWith("1. Samverkan", "1.2", "Kopplat lokalt arbete", "0", "0", "1", "0");
            assertThat(rows.get(3)).startsWith("1. Samverkan", "1.2", "Delmålet som helhet");
            assertThat(rows.get(4)).startsWith("1. Samverkan", "1.3", "Delmålet som helhet", "0", "0", "0", "0");
            List<List<String>> trend = workbook.getSheets().toList().get(1).read().stream().map(OverviewExportTest::cells).toList();
            assertThat(trend.get(1)).containsExactly("1.2", "2026-T1", "0", "1", "0", "2");
            assertThat(trend).hasSize(5);
        }
        assertThat(new String(out.toByteArray(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private static List<String> cells(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            var cell = row.getCell(c);
            cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getRawValue());
        }
        return cells;
    }
}
