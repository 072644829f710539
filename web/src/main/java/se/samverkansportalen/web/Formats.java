package se.samverkansportalen.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the portal writes values for its readers and its addresses, in one place: dates and times as
 * Swedish readers expect them (2026-11-22 and 2026-11-22 14:05, Swedish time), numbers with a
 * decimal comma, texts shortened for a list, message patterns filled in the page's language, and
 * values percent-encoded for an address or a download's file name (UTF-8, a space as %20).
 */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An amount in kronor as Swedish readers write it: "5 000 000 kr"; empty when there is none. */
    public String sek(Long amount) {
        return amount == null ? "" : java.text.NumberFormat.getIntegerInstance(SWEDISH)
                .format(amount) + " kr";
    }

    /** A number as Swedish readers write it: 2,4 and 1 200. */
    public String number(java.math.BigDecimal value) {
        return swedishNumber(value);
    }

    /** {@link #number} for code outside a page (exports). */
    public static String swedishNumber(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A Swedish local time as it is stored for workflow steps: 2026-11-22 14:05. */
    public String localTime(java.time.LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /**
     * A text shortened for a narrow place such as a table's column heading: at most {@code max}
     * characters (at least 2), cut at a word boundary where one falls in the last third and ended
     * with "…"; the text itself when it fits, empty for none. The full text stays available
     * elsewhere (a title and a screen reader's text).
     */
    public String shorten(String text, int max) {
        return shortened(text, max);
    }

    /** {@link #shorten} for code outside a page. */
    public static String shortened(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain = text.strip().replaceAll("\\s+", " ");
        int limit = Math.max(2, max);
        if (plain.length() <= limit) {
            return plain;
        }
        String cut = plain.substring(0, limit - 1);
        int space = cut.lastIndexOf(' ');
        if (space >= (limit * 2) / 3) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,.;:–-]+$", "") + "…";
    }

    /**
     * A value for a query parameter of an address written in a page: UTF-8 with %-escapes, a
     * space as %20 ("Delmål 1.2" gives "Delm%C3%A5l%201.2"); empty for null. Pages with many links
     * write them as plain {@code <a>} with this instead of {@code h:link}, which builds several
     * components per link on every request.
     */
    public String query(Object value) {
        return value == null ? "" : percentEncoded(value.toString());
    }

    /** {@link #query} for code outside a page: UTF-8 with %-escapes, a space as %20 (also a download's {@code filename*}). */
    public static String percentEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A message bundle's pattern with its {0} filled, in the page's language, as
     * {@code h:outputFormat} gives it but without a component per use.
     */
    public String message(String pattern, Object first) {
        return formatted(pageLocale(), pattern, first);
    }

    /** {@link #message(String, Object)} with {0} and {1}. */
    public String message(String pattern, Object first, Object second) {
        return formatted(pageLocale(), pattern, first, second);
    }

    /** A pattern with its places filled for readers of the given language; empty for no pattern. */
    public static String formatted(Locale locale, String pattern, Object... values) {
        return pattern == null ? "" : new MessageFormat(pattern, locale).format(values);
    }

    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : SWEDISH;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(SWEDEN));
    }
}
