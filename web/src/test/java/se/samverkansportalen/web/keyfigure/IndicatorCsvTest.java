package se.samverkansportalen.web.keyfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.service.keyfigure.IndicatorExport;
import se.samverkansportalen.service.keyfigure.IndicatorExport.Origin;

/** The indicator file as a Swedish spreadsheet opens it: exact values, decimal comma, and no text it would run. */
class IndicatorCsvTest {

    private static List<CSVRecord> read(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark, for spreadsheets to read UTF-8").startsWith("\uFEFF");
        return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void each_value_is_a_row_with_a_decimal_comma_and_its_small_number_mark() throws IOException {
        byte[] file = IndicatorCsv.write(List.of(
                new IndicatorExport.Row(Origin.KOLADA, "N17473", null, "Barn och unga med insats", "2024", "T", new BigDecimal("3.1500"),
                        null, "Kolada (https://api.kolada.se/v2)", LocalDate.of(2026, 12, 2), false),
                new IndicatorExport.Row(Origin.LOCAL, null, "Plan 2027", "Placerade barn", "2026-T2", null, new BigDecimal("1250000"),
                        null, null, null, true),
                new IndicatorExport.Row(Origin.LOCAL, null, "Plan 2027", "Väntetid", "2026-05", null, null, null, null, null, false)));

        List<CSVRecord> rows = read(file);

        assertThat(rows.get(0).values()).containsExactly(IndicatorCsv.HEADER.split(";"));
        assertThat(rows.get(1).values()).containsExactly("KOLADA", "N17473", "", "Barn och unga med insats", "2024", "T", "3,15", "",
                "Kolada (https://api.kolada.se/v2)", "2026-12-02", "nej");
        assertThat(rows.get(2).get(6)).as("no thousands separator, no exponent").isEqualTo("1250000");
        assertThat(rows.get(2).get(10)).isEqualTo("ja");
        assertThat(rows.get(3).get(6)).as("no value is an empty cell").isEmpty();
    }

    @Test
    void a_text_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws IOException {
        byte[] file = IndicatorCsv.write(List.of(new IndicatorExport.Row(Origin.KOLADA, "N17473", null,
                "=HYPERLINK(\"http://evil.example\";\"Klicka\")", "2024", "T", new BigDecimal("-1.5"), "@SUM(A1)",
                "+cmd|' /C calc'!A0", LocalDate.of(2026, 12, 2), false)));

        CSVRecord row = read(file).get(1);

        assertThat(row.get(3)).isEqualTo("'=HYPERLINK(\"http://evil.example\";\"Klicka\")");
        assertThat(row.get(7)).isEqualTo("'@SUM(A1)");
        assertThat(row.get(8)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(row.get(6)).as("a negative number stays a number").isEqualTo("-1,5");
        assertThat(Arrays.asList("-", "\t", "\r", "=", "+", "@")).allSatisfy(start ->
                assertThat(IndicatorCsv.text(start + "x")).startsWith("'"));
        assertThat(IndicatorCsv.text("Barn och unga")).isEqualTo("Barn och unga");
    }
}
