package se.samverkansportalen.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as Swedish readers expect them: 2026-11-22 and 2026-11-22 14:05, Swedish time. */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An amount in kronor as Swedish readers write it: "5 000 000 kr"; empty when there is none. */
    public String sek(Long amount) {
        return amount == null ? "" : java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("sv-SE"))
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
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("sv-SE"));
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

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(SWEDEN));
    }
}
