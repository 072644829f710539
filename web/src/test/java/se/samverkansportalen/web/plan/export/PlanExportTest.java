package se.samverkansportalen.web.plan.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.service.seed.RegionalPlanSeedMapper;
import se.samverkansportalen.service.seed.SeedReader;
import se.samverkansportalen.web.Messages;

/**
 * The Västerbotten plan downloads as a PDF laid out like the source (each area's heading present,
 * in the plan's order) and as an Excel sheet of its aktiviteter.
 */
class PlanExportTest {

    private final RegionalPlanView plan = RegionalPlanService.view(RegionalPlanSeedMapper
            .toPlan(SeedReader.fromClasspath(SeedReader.REGIONAL_PLAN, SeedReader::regionalPlan)).latestVersion());
    private final ResourceBundle swedish = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("sv-SE"));

    @Test
    void the_pdf_has_each_area_with_its_utvecklingsmal_and_the_four_column_table() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanPdf.write(plan, swedish, out);

        PdfReader reader = new PdfReader(out.toByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String text = java.util.stream.IntStream.rangeClosed(1, reader.getNumberOfPages()).mapToObj(page -> {
            try {
                return extractor.getTextFromPage(page);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).collect(Collectors.joining("\n")).replaceAll("\\s+", " ");

        assertThat(text).contains("Förbättringsområde 3: Stärka familjehemsvården")
                .contains("Utvecklingsmål").contains("Delmål").contains("Aktiviteter").contains("Ansvariga")
                .contains("Tidsram").contains("Socialchefer Region 8")
                .contains("Start under 2017–2018. Beräkna 3–5 år i varje kommun")
                .contains("Förbättringsområde 5: Stabilitet som kompetensstrategi – Utbildning och kompetensutveckling");
        assertThat(headingPositions(text, "Förbättringsområde 1:", "Förbättringsområde 2:", "Förbättringsområde 3:",
                "Förbättringsområde 4:", "Förbättringsområde 5:")).as("the five areas' headings, in the plan's order").isSorted();
    }

    /**
     * Where each heading first stands in the text; fails when one is missing, so that an order
     * check never passes on a heading that is not there (its position would be -1).
     */
    private static java.util.List<Integer> headingPositions(String text, String... headings) {
        java.util.List<Integer> positions = new java.util.ArrayList<>();
        for (String heading : headings) {
            int position = text.indexOf(heading);
            assertThat(position).as("position of the heading '%s'", heading).isNotNegative();
            positions.add(position);
        }
        assertThat(positions).doesNotHaveDuplicates();
        return positions;
    }

    @Test
    void the_excel_sheet_has_a_row_per_aktivitet_with_its_delmal_ansvariga_and_tidsram() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanExcel.write(plan, swedish, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + 31);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Förbättringsområde");
            Row region8 = rows.stream().filter(r -> "3.5".equals(r.getCellText(2))).findFirst().orElseThrow();
            assertThat(region8.getCellText(4)).isEqualTo("Samordning för rekrytering, utredning och utbildning av familjehem.");
            assertThat(region8.getCellText(6)).isEqualTo("Socialchefer Region 8");
            assertThat(region8.getCellText(7)).isEqualTo("2017");
            assertThat(rows.stream().filter(r -> "Ja".equals(r.getCellText(5))).count()).isEqualTo(4);
            assertThat(rows.stream().filter(r -> "1.1".equals(r.getCellText(2))).findFirst().orElseThrow().getCellText(6))
                    .contains("FoU Välfärd (beroende av beslut och resurser)");
        }
    }
}
