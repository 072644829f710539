package se.samverkansportalen.domain.validation;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personnummer and samordningsnummer in free text, however people write them, so
 * that the portal can refuse to store them (it holds no personal data about children).
 *
 * <p>A personnummer is the date of birth and four digits, the last of them a control digit
 * (Skatteverket's format): {@code YYMMDD-NNNN}, or with the century {@code YYYYMMDDNNNN}. A
 * samordningsnummer is written the same way with 60 added to the day (days 61–91). What is
 * found:
 * <ul>
 * <li>with or without the century; a century is 18, 19 or 20;</li>
 * <li>between the date and the last four digits: "-", "+", a hyphen, en dash (U+2013), em dash
 * (U+2014), minus sign (U+2212), a point, a slash or a tilde, once or twice, possibly with a space
 * on either side; or a space; or nothing;</li>
 * <li>the date's groups written together, with spaces or as a date ("2012-12-12-1212",
 * "12.12.12-1212");</li>
 * <li>in any script's digits, full-width ones included ("１２１２１２－１２１２");</li>
 * <li>a space between the digit groups of the date (century, year, month, day): an ordinary
 * space, a no-break space (U+00A0), a figure space (U+2007), a thin space (U+2009) or a narrow
 * no-break space (U+202F), as in "12 12 12-1212" or "19 121212-1212";</li>
 * <li>only when the month is 01–12, the day fits the month (or is a samordningsnummer's day),
 * and the control digit is right (the Luhn algorithm over the ten digits YYMMDDNNNN).</li>
 * </ul>
 * Digits that are part of a longer run of digits do not count: "1212121212345" is not a
 * personnummer. Dates (2024-05-12, 20240512), diarienummer (SCN-2015-0081, Dnr 2023/00045-1.2),
 * amounts grouped by thousands (1 234 567 kr), phone numbers as people write them
 * (070-123 45 67, +46 70 123 45 67) and postal codes (903 25) are not taken for one.
 *
 * <p><strong>On the safe side:</strong> a plain ten-digit number (or a twelve-digit one starting
 * with 18, 19 or 20) that happens to read as a plausible date with a right control digit is
 * refused even when it is something else, an unformatted phone number or an amount for
 * instance. Roughly one in ten such numbers whose first six digits form a date passes the
 * control digit. People can write such a number with its usual grouping ("070-123 45 67",
 * "1 234 567 890 kr") and it is accepted; the portal would rather ask for that than store a
 * child's personnummer.
 *
 * <p>Pure and without state; safe from any thread.
 */
public final class PersonalIdentityNumbers {

    /** A space between digit groups: ordinary, no-break, figure, thin, narrow no-break. */
    private static final String SPACE = "[ \\u00A0\\u2007\\u2009\\u202F]";

    /** Between date and the last four digits: plus, hyphen-minus, hyphens, en/em dash, minus sign. */
    private static final String DASH = "[-+\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]";

    /** Between the date and the last four digits: one or two dashes, points, slashes or tildes, or a space. */
    private static final String SEPARATOR = "(?:" + SPACE + "?(?:" + DASH + "|[./~]){1,2}" + SPACE + "?|" + SPACE + ")?";

    /** Between the date's groups (century, year, month, day): a space, a dash, a point or a slash. */
    private static final String DATE_SEPARATOR = "(?:" + SPACE + "|[-./])?";

    /**
     * The four digits end the number: not followed by more digits, nor by a dash and a digit
     * (which makes "2017-05-01–2017-08-31" a range of dates, not a number).
     */
    private static final String END = "(?!\\d)(?!" + DASH + "\\d)";

    private static final String DATE_AND_NUMBER = "(\\d{2})" + DATE_SEPARATOR + "(\\d{2})" + DATE_SEPARATOR + "(\\d{2})"
            + SEPARATOR + "(\\d{4})" + END;

    private static final Pattern WITH_CENTURY = Pattern.compile("(?<!\\d)(?:18|19|20)" + DATE_SEPARATOR + DATE_AND_NUMBER);

    private static final Pattern WITHOUT_CENTURY = Pattern.compile("(?<!\\d)" + DATE_AND_NUMBER);

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static final int COORDINATION_DAY_OFFSET = 60;

    /** What stands in for a number's last four digits when it is shown masked. */
    public static final String MASK = "XXXX";

    private PersonalIdentityNumbers() {
    }

    /** Whether the text holds a personnummer or samordningsnummer; false for null. */
    public static boolean containsIn(String text) {
        return firstIn(text).isPresent();
    }

    /**
     * The first personnummer or samordningsnummer in the text, as written there (with its
     * separators), or empty. For tests and logs only: never show it to anyone or store it.
     */
    public static Optional<String> firstIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        MatchResult first = first(asciiDigits(text), 0);
        return first == null ? Optional.empty() : Optional.of(text.substring(first.start(), first.end()));
    }

    /**
     * The text with the last four digits of every personnummer and samordningsnummer in it
     * replaced by {@value #MASK}, everything else as written: "Barnet 19121212-1212" becomes
     * "Barnet 19121212-XXXX". For showing where a number stands without showing the number; null
     * stays null.
     */
    public static String masked(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        String ascii = asciiDigits(text);
        int from = 0;
        for (MatchResult number = first(ascii, 0); number != null; number = first(ascii, from)) {
            masked.append(text, from, number.start(4)).append(MASK);
            from = number.end(4);
        }
        return masked.append(text, from, text.length()).toString();
    }

    /**
     * The text with every decimal digit of any script written as an ASCII digit, and full-width
     * punctuation and spaces as their ASCII forms ("１２１２１２－１２１２" reads as "121212-1212"); one
     * character for one, so positions stay those of the text as written.
     */
    static String asciiDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c > 0x7f && Character.isDigit(c)) {
                chars[i] = (char) ('0' + Character.digit(c, 10));
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == 0x3000) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The first valid number that starts at {@code from} or later, with or without the century; or null. */
    private static MatchResult first(String text, int from) {
        MatchResult withCentury = firstValid(WITH_CENTURY, text, from);
        MatchResult withoutCentury = firstValid(WITHOUT_CENTURY, text, from);
        return withCentury == null ? withoutCentury
                : withoutCentury == null || withCentury.start() <= withoutCentury.start() ? withCentury
                : withoutCentury;
    }

    /**
     * The first candidate that is a valid number. A candidate that is not valid is skipped one
     * character at a time (not past its end), so that a valid number overlapping it is not missed.
     */
    private static MatchResult firstValid(Pattern pattern, String text, int start) {
        Matcher matcher = pattern.matcher(text);
        int from = start;
        while (from < text.length() && matcher.find(from)) {
            if (isValid(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4))) {
                return matcher.toMatchResult();
            }
            from = matcher.start() + 1;
        }
        return null;
    }

    private static boolean isValid(String year, String month, String day, String serial) {
        return isPlausibleDate(Integer.parseInt(month), Integer.parseInt(day))
                && hasRightControlDigit(year + month + day + serial);
    }

    private static boolean isPlausibleDate(int month, int day) {
        if (month < 1 || month > 12) {
            return false;
        }
        int dayOfMonth = day > COORDINATION_DAY_OFFSET ? day - COORDINATION_DAY_OFFSET : day;
        return dayOfMonth >= 1 && dayOfMonth <= DAYS_IN_MONTH[month - 1];
    }

    /** The Luhn check over the ten digits YYMMDDNNNN: weights 2, 1, 2, 1, …; the sum ends in 0. */
    private static boolean hasRightControlDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return sum % 10 == 0;
    }
}
