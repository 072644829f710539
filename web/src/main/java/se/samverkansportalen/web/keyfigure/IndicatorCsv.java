package se.samverkansportalen.web.keyfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.samverkansportalen.service.keyfigure.IndicatorExport;

/**
 * A kommun's indicators as a table file, written by Apache Commons CSV the way Swedish
 * spreadsheets read it: UTF-8 with a byte order mark, semicolons between the columns, a decimal
 * comma and no thousands separator (3,15; 1250000), one row per value. The columns, named in
 * English as the API's members are: {@value #HEADER}. {@code origin} is {@code KOLADA} or
 * {@code LOCAL}; an empty value is a value Kolada does not have or "uppgift saknas";
 * {@code small_number} says whether the small-number rule withholds the value from other kommuner.
 * A text that a spreadsheet would take for a formula is written after an apostrophe ({@link #text}).
 */
public final class IndicatorCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final String HEADER = "origin;kpi;plan;name;period;gender;value;status;source;taken_on;small_number";

    private IndicatorCsv() {
    }

    /** The rows as CSV bytes, the header first. */
    public static byte[] write(List<IndicatorExport.Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The byte order mark first: the printer writes the header as it is made.
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader(HEADER.split(";"))
                .setRecordSeparator("\r\n").get();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (IndicatorExport.Row r : rows) {
                printer.printRecord(r.origin().name(), text(r.kpi()), text(r.plan()), text(r.name()), text(r.period()), text(r.gender()),
                        number(r.value()), text(r.status()), text(r.source()), r.takenOn() == null ? "" : r.takenOn().toString(),
                        r.smallNumber() ? "ja" : "nej");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A text cell. One that begins with = + - @, a tab or a carriage return is written after an
     * apostrophe, so that a spreadsheet shows it as text and never runs it as a formula (a key
     * figure's title, a file's name or Kolada's status could otherwise carry one: OWASP's "CSV
     * injection"). Numbers are written by {@link #number}, never through here.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A value with a decimal comma, its trailing zeros taken away, never in exponent form. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }
}
