package se.samverkansportalen.domain.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * Numbers as Swedes type them, checked against the column they go into ({@link NumberRule}). One
 * rule for every way a number arrives: typed on a page (the Faces converters), read from a file
 * (the local plan import), sent to the API, and the entities' own last guard.
 *
 * <p><strong>What is taken</strong>, with blanks around it:
 * <ul>
 * <li>digits 0–9 only (no other scripts' digits, which {@link Character#isDigit} would take);</li>
 * <li>thousands grouped by a single space: an ordinary space, a no-break space (U+00A0), a narrow
 * no-break space (U+202F), a thin space (U+2009) or a figure space (U+2007), with one to three
 * digits in the first group and exactly three in every other, as in "450 000" or
 * "1 200 000";</li>
 * <li>one decimal separator, a comma as Swedes write it ("2,5") or a point ("2.5"), with at
 * least one digit on each side;</li>
 * <li>a minus in front, either "-" or the typographic minus sign U+2212 ("−3"), or a plus.</li>
 * </ul>
 * <strong>What is refused</strong>, always as an {@link InvalidInputRefusal} at the caller's
 * field, whose first argument is that field (the web layer shows it as the field's label):
 * <ul>
 * <li>{@value #EXPONENT}: exponent notation ("1e7", "1E-3"), which would let a few characters
 * stand for a number with millions of digits;</li>
 * <li>{@value #FORMAT}: anything else that is not a number as above: letters, a second decimal
 * separator ("1,2,3" or "1.000.000"), a group of the wrong size or an empty one ("1 2 3",
 * "1  000"), a separator with no digits beside it, other scripts' digits, control characters;</li>
 * <li>{@value #NEGATIVE}: a value below zero where the column's rule does not allow one;</li>
 * <li>{@value #TOO_LARGE} (second argument: the largest value allowed, written the Swedish way):
 * more integer digits than the column holds, or beyond the rule's largest value;</li>
 * <li>{@value #TOO_MANY_DECIMALS} (second argument: the scale), or {@value #NOT_WHOLE} for a
 * column of whole numbers: more decimals than the column keeps. A value is never rounded to fit;
 * trailing zeros are not decimals ("12,50" is 12,5).</li>
 * </ul>
 * The checks run in that order, each on the typed characters before any {@link BigDecimal} is
 * made, so a very long input costs one pass over it and nothing more.
 *
 * <p>Pure and without state; safe from any thread.
 */
public final class SwedishNumbers {

    /** Not a number as Swedes write one. Arguments: the field. */
    public static final String FORMAT = "input.number.format";

    /**
     * A point followed by exactly three digits and no other grouping ("1.000", "450.000"): Swedes
     * write thousands so as often as decimals, so the number is not guessed.
     */
    public static final String POINT_THOUSANDS = "input.number.pointThousands";

    /** Written with an exponent ("1e7"). Arguments: the field. */
    public static final String EXPONENT = "input.number.exponent";
    /** More decimals than the column keeps. Arguments: the field, the scale. */
    public static final String TOO_MANY_DECIMALS = "input.number.tooManyDecimals";
    /** Decimals for a column of whole numbers (kronor). Arguments: the field. */
    public static final String NOT_WHOLE = "input.number.notWhole";
    /** Beyond the largest value. Arguments: the field, the largest value allowed, Swedish style. */
    public static final String TOO_LARGE = "input.number.tooLarge";
    /** Below zero where the column takes no negative values. Arguments: the field. */
    public static final String NEGATIVE = "input.number.negative";
    /** A sum beyond what can be counted exactly. Arguments: the field, the largest sum, Swedish style. */
    public static final String SUM_TOO_LARGE = "input.number.sumTooLarge";

    private static final char MINUS_SIGN = '\u2212';
    private static final char NO_BREAK_SPACE = '\u00a0';

    private SwedishNumbers() {
    }

    /**
     * Reads a decimal number typed the Swedish way (see the class) and checks it against the
     * column's rule.
     *
     * @param text  what was typed; null, empty or only blanks means no number
     * @param rule  the column the number goes into
     * @param field the form property or file location the number is for, named in a refusal
     * @return the number, with no trailing zeros after the decimal comma; null when nothing was typed
     * @throws InvalidInputRefusal when the text is not a number or does not fit the rule
     */
    public static BigDecimal parse(String text, NumberRule rule, String field) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        int i = start;
        boolean negative = false;
        char first = text.charAt(i);
        if (first == '-' || first == MINUS_SIGN) {
            negative = true;
            i++;
        } else if (first == '+') {
            i++;
        }
        // The integer part, in groups of three after the first when grouped.
        StringBuilder integer = new StringBuilder();
        int group = 0;
        int groups = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                if (!integer.isEmpty() || c != '0') {
                    integer.append(c);
                }
                group++;
                i++;
            } else if (isGroupSpace(c)) {
                if (group == 0 || (groups == 0 ? group > 3 : group != 3)) {
                    throw refusal(FORMAT, field);
                }
                groups++;
                group = 0;
                i++;
            } else {
                break;
            }
        }
        if (group == 0 || (groups > 0 && group != 3)) {
            throw refusal(FORMAT, field);
        }
        // The decimals after one comma or point.
        StringBuilder decimals = new StringBuilder();
        if (i < end && (text.charAt(i) == ',' || text.charAt(i) == '.')) {
            boolean point = text.charAt(i) == '.';
            i++;
            while (i < end && isAsciiDigit(text.charAt(i))) {
                decimals.append(text.charAt(i));
                i++;
            }
            if (decimals.isEmpty()) {
                throw refusal(FORMAT, field);
            }
            if (point && decimals.length() == 3 && groups == 0 && i == end) {
                throw refusal(POINT_THOUSANDS, field);
            }
        }
        if (i < end) {
            throw refusal(isExponent(text, i, end) ? EXPONENT : FORMAT, field);
        }
        int significantDecimals = decimals.length();
        while (significantDecimals > 0 && decimals.charAt(significantDecimals - 1) == '0') {
            significantDecimals--;
        }
        decimals.setLength(significantDecimals);
        boolean zero = integer.isEmpty() && decimals.isEmpty();
        checkSign(negative && !zero, rule, field);
        if (integer.length() > rule.integerDigits()) {
            throw tooLarge(rule, field);
        }
        checkDecimals(decimals.length(), rule, field);
        BigDecimal value = new BigDecimal((integer.isEmpty() ? "0" : integer) + (decimals.isEmpty() ? "" : "." + decimals));
        value = negative && !zero ? value.negate() : value;
        if (value.abs().compareTo(rule.largest()) > 0) {
            throw tooLarge(rule, field);
        }
        return value;
    }

    /**
     * Reads an amount of whole kronor typed the Swedish way ("450 000") for a {@code BIGINT}
     * column; as {@link #parse}, and refused with {@value #NOT_WHOLE} when it has decimals
     * ("1 000,50"; "1 000,00" is taken as 1 000).
     *
     * @param rule a rule of whole numbers, such as {@link NumberRule#KRONOR}
     * @return the amount; null when nothing was typed
     * @throws InvalidInputRefusal when the text is not a number or does not fit the rule
     * @throws IllegalArgumentException when the rule allows decimals or numbers beyond a {@code long}
     */
    public static Long parseKronor(String text, NumberRule rule, String field) {
        requireWhole(rule);
        BigDecimal value = parse(text, rule, field);
        return value == null ? null : value.longValueExact();
    }

    /**
     * Checks a number that arrives already parsed (a JSON import, a REST body, a form property)
     * against the column's rule, with the same refusals as {@link #parse}. Judged by its value:
     * 1E+7 is ten million and fits a {@code DECIMAL(14, 2)}; 2.50 has one decimal. Cheap for any
     * value, also one such as 1E+1000000000.
     *
     * @param value the number, or null (no number, which passes)
     * @return the same number, never with more decimals than the rule's: zeros beyond them are
     *         dropped, and a zero written with any exponent (0E-999999999) is 0. Callers keep this,
     *         not what they were given: such a number is small to send but written out in full by
     *         the database driver, a billion digits
     * @throws InvalidInputRefusal when the value does not fit the rule
     */
    public static BigDecimal requireWithin(BigDecimal value, NumberRule rule, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        checkSign(value.signum() < 0, rule, field);
        // Digits before the decimal point, from precision and scale without writing the number out.
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > rule.integerDigits() || value.abs().compareTo(rule.largest()) > 0) {
            throw tooLarge(rule, field);
        }
        if (value.scale() > rule.scale()) {
            int decimals = Math.max(0, value.stripTrailingZeros().scale());
            checkDecimals(decimals, rule, field);
            return value.setScale(decimals, java.math.RoundingMode.UNNECESSARY);
        }
        return value;
    }

    /**
     * Checks an amount of whole kronor that arrives already parsed, as
     * {@link #requireWithin(BigDecimal, NumberRule, String)}.
     *
     * @param amount the amount, or null (no amount, which passes)
     * @param rule   a rule of whole numbers, such as {@link NumberRule#KRONOR}
     * @return the amount as given
     * @throws InvalidInputRefusal when the amount does not fit the rule
     */
    public static Long requireWithin(Long amount, NumberRule rule, String field) {
        requireWhole(rule);
        if (amount != null) {
            requireWithin(BigDecimal.valueOf(amount), rule, field);
        }
        return amount;
    }

    /**
     * Adds amounts of kronor exactly: the sum is right or refused, never wrapped round to a wrong
     * (negative) number. With every amount within {@link NumberRule#KRONOR} a sum of fewer than
     * nine million amounts always fits; the refusal is for amounts stored before that bound.
     *
     * @param amounts the amounts; a null amount (none given) adds nothing
     * @param field   the field the amounts are of, named in a refusal
     * @return the sum, 0 for none
     * @throws InvalidInputRefusal ({@value #SUM_TOO_LARGE}) when the sum is beyond a {@code long}
     */
    public static long sumKronor(Iterable<Long> amounts, String field) {
        long sum = 0;
        for (Long amount : amounts) {
            if (amount != null) {
                try {
                    sum = Math.addExact(sum, amount);
                } catch (ArithmeticException e) {
                    throw InvalidInputRefusal.atField(field, SUM_TOO_LARGE, field, write(BigDecimal.valueOf(Long.MAX_VALUE)));
                }
            }
        }
        return sum;
    }

    /**
     * A number written the Swedish way, for messages: thousands grouped by a no-break space, a
     * decimal comma and the minus sign U+2212 ("−1 234 567,5"). {@link #parse} reads it back.
     *
     * @param value the number; null gives ""
     */
    public static String write(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        StringBuilder written = new StringBuilder(plain.length() + plain.length() / 3 + 1);
        if (value.signum() < 0) {
            written.append(MINUS_SIGN);
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                written.append(NO_BREAK_SPACE);
            }
            written.append(integer.charAt(i));
        }
        if (point >= 0) {
            written.append(',').append(plain, point + 1, plain.length());
        }
        return written.toString();
    }

    private static void checkSign(boolean negative, NumberRule rule, String field) {
        if (negative && !rule.negativeAllowed()) {
            throw refusal(NEGATIVE, field);
        }
    }

    private static void checkDecimals(int decimals, NumberRule rule, String field) {
        if (decimals > rule.scale()) {
            throw rule.scale() == 0 ? refusal(NOT_WHOLE, field)
                    : InvalidInputRefusal.atField(field, TOO_MANY_DECIMALS, field, rule.scale());
        }
    }

    private static InvalidInputRefusal tooLarge(NumberRule rule, String field) {
        return InvalidInputRefusal.atField(field, TOO_LARGE, field, write(rule.largest()));
    }

    private static InvalidInputRefusal refusal(String key, String field) {
        return InvalidInputRefusal.atField(field, key, field);
    }

    private static void requireWhole(NumberRule rule) {
        if (rule.scale() != 0 || rule.integerDigits() > 18) {
            throw new IllegalArgumentException("Not a rule of whole numbers within a long: " + rule);
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A space between groups of thousands: ordinary, no-break, narrow no-break, thin or figure space. */
    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == NO_BREAK_SPACE || c == '\u202f' || c == '\u2009' || c == '\u2007';
    }

    /** What may surround a number: the group spaces and ordinary white space (a tab or line break pasted along). */
    private static boolean isBlank(char c) {
        return isGroupSpace(c) || c == '\t' || c == '\n' || c == '\r';
    }

    /** Whether the rest from {@code at} is an exponent: "e" or "E", an optional sign and digits only. */
    private static boolean isExponent(String text, int at, int end) {
        char e = text.charAt(at);
        if (e != 'e' && e != 'E') {
            return false;
        }
        int i = at + 1;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-' || text.charAt(i) == MINUS_SIGN)) {
            i++;
        }
        if (i == end) {
            return false;
        }
        for (; i < end; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
