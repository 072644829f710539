package se.samverkansportalen.domain.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personnummer and samordningsnummer in free text, however people write them, so
 * that the portal can refuse to store them (it holds no personal data about children).
 *
 * <p>A personnummer is the date of birth and four digits, the last of them a control digit
 * (Skatteverket's format): {@code YYMMDD-NNNN}, or with the century {@code YYYYMMDDNNNN}. A
 * samordningsnummer is written the same way with 60 added to the day (days 61–91). The text is
 * read as groups of digits; groups joined by a separator belong together. A separator is
 * <ul>
 * <li>a space: an ordinary space, a no-break space (U+00A0), a figure space (U+2007), a thin
 * space (U+2009) or a narrow no-break space (U+202F), once or twice; or</li>
 * <li>one or two of "-", "+", hyphens (U+2010–U+2012), en dash (U+2013), em dash (U+2014), minus
 * sign (U+2212), a point, a slash, a tilde or an underscore, possibly with a space on either
 * side ("19811218 - 9876", "811218_9876").</li>
 * </ul>
 * A number is found where joined groups hold exactly ten digits (or twelve starting with the
 * century 18, 19 or 20) and the groups split only where a personnummer's parts meet: after the
 * century, the year, the month, the day, or in the middle of the last four digits (the last only
 * when the date is split from them and written whole or in pairs). So "81 12 18-98 76", "8112 18-9876",
 * "19 81 12 18 98 76", "12.12.12-1212" and "2012-12-12-1212" are found, while "070-123 45 69"
 * (split after three digits) is a phone number. It counts only when the month is 01–12, the
 * day fits the month (or is a samordningsnummer's day) and the control digit is right (the Luhn
 * algorithm over the ten digits YYMMDDNNNN). Digits of any script count, full-width ones included
 * ("１２１２１２－１２１２").
 *
 * <p>Digits that are part of a longer run of digits do not count: "1212121212345" is not a
 * personnummer; nor do four digits followed by a dash and a digit (which makes
 * "2017-05-01–2017-08-31" a range of dates, not a number). Dates (2024-05-12, 20240512), year
 * ranges (2024–2026), diarienummer (SCN-2015-0081, Dnr 2023/00045-1.2), amounts grouped by
 * thousands (1 234 567 kr, 450 000), phone numbers as people write them (070-123 45 67,
 * +46 70 123 45 67) and postal codes (903 25) are not taken for one.
 *
 * <p><strong>On the safe side:</strong> a plain ten-digit number (or a twelve-digit one starting
 * with 18, 19 or 20), or pairs of digits written apart, that happen to read as a plausible date
 * with a right control digit are refused even when they are something else, an unformatted
 * phone number or an amount for instance. Roughly one in ten such numbers whose first six digits
 * form a date passes the control digit. People can write such a number with its usual grouping
 * ("070-123 45 67", "1 234 567 890 kr") and it is accepted; the portal would rather ask for that
 * than store a child's personnummer.
 *
 * <p>Pure and without state; safe from any thread.
 */
public final class PersonalIdentityNumbers {

    /** A space between digit groups: ordinary, no-break, figure, thin, narrow no-break. */
    private static final String SPACE = "[ \\u00A0\\u2007\\u2009\\u202F]";

    /** Dashes: plus, hyphen-minus, hyphens, en/em dash, minus sign. */
    private static final String DASH = "[-+\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]";

    /** Between two digit groups of one number: one or two spaces, or one or two marks with a space on either side. */
    private static final Pattern SEPARATOR = Pattern.compile(
            SPACE + "{1,2}|" + SPACE + "?(?:" + DASH + "|[./~_]){1,2}" + SPACE + "?");

    /** A dash and a digit right after a number's last digit: the number goes on (a range of dates, a longer code). */
    private static final Pattern GOES_ON = Pattern.compile(DASH + "\\d");

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static final int COORDINATION_DAY_OFFSET = 60;

    /** What stands in for a number's last four digits when it is shown masked (one X per digit). */
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
        List<Found> found = allIn(asciiDigits(text), true);
        return found.isEmpty() ? Optional.empty() : Optional.of(text.substring(found.get(0).start(), found.get(0).end()));
    }

    /**
     * The text with the last four digits of every personnummer and samordningsnummer in it
     * replaced by X, everything else as written: "Barnet 19121212-1212" becomes
     * "Barnet 19121212-XXXX", "81 12 18-98 76" becomes "81 12 18-XX XX". For showing where a
     * number stands without showing the number; null stays null. The text keeps its length.
     */
    public static String masked(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char[] masked = text.toCharArray();
        for (Found number : allIn(asciiDigits(text), false)) {
            for (int position : number.serialDigits()) {
                masked[position] = 'X';
            }
        }
        return new String(masked);
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

    /** A number found: where it starts and ends in the text, and where its last four digits stand. */
    private record Found(int start, int end, int[] serialDigits) {
    }

    /** A run of digits in the text: where it starts and ends. */
    private record Group(int start, int end) {
        int length() {
            return end - start;
        }
    }

    /**
     * Every valid number in the text (ASCII digits), in order and not overlapping; only the first
     * when {@code firstOnly}.
     */
    private static List<Found> allIn(String text, boolean firstOnly) {
        List<Found> found = new ArrayList<>();
        for (List<Group> chain : chains(text)) {
            int i = 0;
            while (i < chain.size()) {
                int last = lastGroupOfValidNumber(text, chain, i);
                if (last < 0) {
                    i++;
                    continue;
                }
                found.add(found(chain, i, last));
                if (firstOnly) {
                    return found;
                }
                i = last + 1;
            }
        }
        return found;
    }

    /** The text's digit groups, joined into chains of groups with a separator between each two. */
    private static List<List<Group>> chains(String text) {
        List<List<Group>> chains = new ArrayList<>();
        List<Group> chain = null;
        Matcher digits = DIGITS.matcher(text);
        Matcher separator = SEPARATOR.matcher(text);
        Group previous = null;
        while (digits.find()) {
            Group group = new Group(digits.start(), digits.end());
            boolean joined = previous != null
                    && separator.region(previous.end(), group.start()).matches();
            if (!joined) {
                chain = new ArrayList<>();
                chains.add(chain);
            }
            chain.add(group);
            previous = group;
        }
        return chains;
    }

    /**
     * The index of the last group of a valid number that starts at group {@code first} of the
     * chain (twelve digits with the century tried before ten), or -1 when none starts there.
     */
    private static int lastGroupOfValidNumber(String text, List<Group> chain, int first) {
        int digits = 0;
        for (int last = first; last < chain.size() && digits < 12; last++) {
            digits += chain.get(last).length();
            if (digits != 10 && digits != 12) {
                continue;
            }
            boolean tenOrLonger = digits == 12 ? isValidWithCentury(text, chain, first, last)
                    : isValidWithoutCentury(text, chain, first, last);
            if (tenOrLonger && !goesOn(text, chain.get(last).end())) {
                if (digits == 10 && last + 1 < chain.size()) {
                    // Twelve digits with the century starting here win over ten.
                    int withCentury = digits + chain.get(last + 1).length();
                    if (withCentury == 12 && isValidWithCentury(text, chain, first, last + 1)
                            && !goesOn(text, chain.get(last + 1).end())) {
                        return last + 1;
                    }
                }
                return last;
            }
        }
        return -1;
    }

    private static boolean isValidWithCentury(String text, List<Group> chain, int first, int last) {
        String digits = digitsOf(text, chain, first, last);
        String century = digits.substring(0, 2);
        if (!century.equals("18") && !century.equals("19") && !century.equals("20")) {
            return false;
        }
        // A split between century and year is fine; the others count from the year on.
        List<Integer> splits = splitsOf(chain, first, last).stream().filter(at -> at != 2).map(at -> at - 2).toList();
        return isSplitLikeOne(splits) && isValid(digits.substring(2));
    }

    private static boolean isValidWithoutCentury(String text, List<Group> chain, int first, int last) {
        return isSplitLikeOne(splitsOf(chain, first, last)) && isValid(digitsOf(text, chain, first, last));
    }

    /**
     * Whether ten digits split after these numbers of digits are split as people split a
     * personnummer: only where year, month, day and the last four meet, or in the middle of the
     * last four; the last four split only when they are split from the date and the date is
     * written whole or in pairs ("811218-98 76", "81 12 18-98 76", but not the phone number
     * "0910-73 50 00").
     */
    private static boolean isSplitLikeOne(List<Integer> splits) {
        if (!splits.stream().allMatch(at -> at == 2 || at == 4 || at == 6 || at == 8)) {
            return false;
        }
        return !splits.contains(8) || splits.contains(6) && splits.contains(2) == splits.contains(4);
    }

    /** The digits of groups first to last, without their separators. */
    private static String digitsOf(String text, List<Group> chain, int first, int last) {
        StringBuilder digits = new StringBuilder(12);
        for (int i = first; i <= last; i++) {
            digits.append(text, chain.get(i).start(), chain.get(i).end());
        }
        return digits.toString();
    }

    /** After how many digits the number is split into groups. */
    private static List<Integer> splitsOf(List<Group> chain, int first, int last) {
        List<Integer> splits = new ArrayList<>();
        int digits = 0;
        for (int i = first; i < last; i++) {
            digits += chain.get(i).length();
            splits.add(digits);
        }
        return splits;
    }

    /** Whether a dash and a digit follow right after the position. */
    private static boolean goesOn(String text, int end) {
        return end + 2 <= text.length() && GOES_ON.matcher(text).region(end, end + 2).matches();
    }

    private static Found found(List<Group> chain, int first, int last) {
        int[] serial = new int[4];
        int filled = 0;
        for (int i = last; i >= first && filled < 4; i--) {
            Group group = chain.get(i);
            for (int position = group.end() - 1; position >= group.start() && filled < 4; position--) {
                serial[filled++] = position;
            }
        }
        return new Found(chain.get(first).start(), chain.get(last).end(), serial);
    }

    /** Whether ten digits YYMMDDNNNN read as a plausible date with a right control digit. */
    private static boolean isValid(String tenDigits) {
        return isPlausibleDate(Integer.parseInt(tenDigits.substring(2, 4)), Integer.parseInt(tenDigits.substring(4, 6)))
                && hasRightControlDigit(tenDigits);
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
