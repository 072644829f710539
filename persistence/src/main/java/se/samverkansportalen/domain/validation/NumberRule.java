package se.samverkansportalen.domain.validation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a numeric column can hold, declared next to the entity field that maps it and checked by
 * {@link SwedishNumbers} wherever a number arrives (a page, a file, the API):
 * {@code precision} digits in all, {@code scale} of them after the decimal comma (a
 * {@code DECIMAL(precision, scale)} column), whether a negative number is allowed, and the largest
 * value allowed (in magnitude when negatives are allowed), at most what the column holds.
 *
 * <p>A value is never rounded to fit: more decimals than {@code scale} or a value beyond
 * {@code largest} is refused.
 *
 * @param precision       digits in all, 1 to 38 (MariaDB's limit for {@code DECIMAL})
 * @param scale           digits after the decimal comma, 0 to {@code precision}
 * @param negativeAllowed whether a value below zero may be stored
 * @param largest         the largest value allowed; positive, with no more decimals than
 *                        {@code scale} and no more integer digits than {@code precision - scale}
 */
public record NumberRule(int precision, int scale, boolean negativeAllowed, BigDecimal largest) implements Serializable {

    /**
     * The largest amount of whole kronor the portal takes, 999 999 999 999 kr (just under one
     * trillion kronor, several times the budget of Sweden's largest kommun). Well below
     * {@link Long#MAX_VALUE} (about 9.2 × 10<sup>18</sup>): more than nine million such amounts add
     * up without overflowing a {@code long}, so a plan's sum of costs cannot wrap around.
     */
    public static final long KRONOR_MAX = 999_999_999_999L;

    /** Whole, non-negative kronor up to {@link #KRONOR_MAX}, stored in a {@code BIGINT} column. */
    public static final NumberRule KRONOR = wholeKronor(KRONOR_MAX);

    public NumberRule {
        if (precision < 1 || precision > 38 || scale < 0 || scale > precision) {
            throw new IllegalArgumentException("Not a DECIMAL column: (" + precision + ", " + scale + ")");
        }
        if (largest == null || largest.signum() <= 0 || largest.stripTrailingZeros().scale() > scale
                || largest.precision() - largest.scale() > precision - scale) {
            throw new IllegalArgumentException("The largest value " + largest + " does not fit (" + precision + ", " + scale + ")");
        }
    }

    /**
     * A {@code DECIMAL(precision, scale)} column, allowed up to the largest value it holds:
     * {@code decimal(14, 2, true)} takes −999 999 999 999,99 to 999 999 999 999,99.
     */
    public static NumberRule decimal(int precision, int scale, boolean negativeAllowed) {
        if (precision < 1 || precision > 38 || scale < 0 || scale > precision) {
            throw new IllegalArgumentException("Not a DECIMAL column: (" + precision + ", " + scale + ")");
        }
        BigDecimal largest = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
        return new NumberRule(precision, scale, negativeAllowed, largest);
    }

    /**
     * Whole, non-negative kronor from 0 to {@code max}, for a {@code BIGINT} column. {@code max} is
     * at most {@value #KRONOR_MAX}, so that amounts can be added without overflow.
     */
    public static NumberRule wholeKronor(long max) {
        if (max < 1 || max > KRONOR_MAX) {
            throw new IllegalArgumentException("A kronor bound is from 1 to " + KRONOR_MAX + ": " + max);
        }
        return new NumberRule(String.valueOf(max).length(), 0, false, BigDecimal.valueOf(max));
    }

    /** How many digits may come before the decimal comma. */
    public int integerDigits() {
        return precision - scale;
    }

    /** The smallest value allowed: 0, or minus {@link #largest()} when negatives are allowed. */
    public BigDecimal smallest() {
        return negativeAllowed ? largest.negate() : BigDecimal.ZERO;
    }
}
