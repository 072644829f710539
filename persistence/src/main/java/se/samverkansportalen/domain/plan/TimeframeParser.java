package se.samverkansportalen.domain.plan;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a tidsram as Swedish plans write it: "Våren 2017", "Hösten 2016 – våren 2017", "2017",
 * "2017–2018", "Klart 2017-01-01", "Klart våren 2016", "Start under 2017–2018. Beräkna 3–5 år i
 * varje kommun", "Årligen". "Klart …" gives only an end, "Start …" only a start. Anything else is
 * kept as written and reported as not understood.
 */
public final class TimeframeParser {

    private static final String PERIOD = "(?:(våren|vår|hösten|höst|sommaren|sommar)\\s+)?(\\d{4})(?:-(\\d{2})-(\\d{2}))?";
    private static final Pattern RANGE = Pattern.compile(PERIOD + "(?:\\s*[–—-]\\s*" + PERIOD + ")?");
    private static final Pattern RECURRING = Pattern.compile("^(årligen|varje år|en gång per år|löpande|kontinuerligt)\\b.*");

    private TimeframeParser() {
    }

    public static Timeframe parse(String text) {
        if (text == null || text.isBlank()) {
            return Timeframe.NONE;
        }
        String words = text.strip().toLowerCase(Locale.forLanguageTag("sv"));
        if (RECURRING.matcher(words).matches()) {
            return new Timeframe(null, null, true, true);
        }
        boolean onlyEnd = words.startsWith("klart") || words.startsWith("senast");
        boolean onlyStart = words.startsWith("start") || words.startsWith("från");
        String rest = words.replaceFirst("^(klart|senast|start under|start|från)\\s*", "");
        Matcher m = RANGE.matcher(rest);
        if (!m.lookingAt()) {
            return Timeframe.NOT_UNDERSTOOD;
        }
        String tail = rest.substring(m.end()).strip();
        boolean explained = tail.isEmpty() || tail.startsWith(".") || tail.startsWith(",");
        if (!explained) {
            return Timeframe.NOT_UNDERSTOOD;
        }
        LocalDate start = startOf(m.group(1), m.group(2), m.group(3), m.group(4));
        LocalDate end = m.group(6) != null ? endOf(m.group(5), m.group(6), m.group(7), m.group(8))
                : endOf(m.group(1), m.group(2), m.group(3), m.group(4));
        if (start == null || end == null || end.isBefore(start)) {
            return Timeframe.NOT_UNDERSTOOD;
        }
        return new Timeframe(onlyEnd ? null : start, onlyStart ? null : end, false, true);
    }

    private static LocalDate startOf(String season, String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (month != null) {
            return date(y, month, day);
        }
        return switch (season == null ? "" : season) {
            case "hösten", "höst" -> LocalDate.of(y, 7, 1);
            case "sommaren", "sommar" -> LocalDate.of(y, 6, 1);
            default -> LocalDate.of(y, 1, 1);
        };
    }

    private static LocalDate endOf(String season, String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (month != null) {
            return date(y, month, day);
        }
        return switch (season == null ? "" : season) {
            case "våren", "vår" -> LocalDate.of(y, 6, 30);
            case "sommaren", "sommar" -> LocalDate.of(y, 8, 31);
            default -> LocalDate.of(y, 12, 31);
        };
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
