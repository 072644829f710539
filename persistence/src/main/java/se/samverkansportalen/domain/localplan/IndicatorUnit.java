package se.samverkansportalen.domain.localplan;

import se.samverkansportalen.domain.validation.NumberRule;

/**
 * What an indicator's values count: a share in percent, a count, kronor or days; and what such a
 * value can be ({@link #valueRule()}), the one rule for every way a value arrives (the Indikator
 * page, a report, the API, a plan file).
 */
public enum IndicatorUnit {
    PERCENT(false, true), COUNT(false, false), SEK(true, true), DAYS(false, true);

    private final NumberRule valueRule;

    IndicatorUnit(boolean negativeAllowed, boolean decimalsAllowed) {
        NumberRule column = IndicatorValue.VALUE;
        this.valueRule = decimalsAllowed ? NumberRule.decimal(column.precision(), column.scale(), negativeAllowed)
                : NumberRule.decimal(column.integerDigits(), 0, negativeAllowed);
    }

    /**
     * The values, baseline and target an indicator of this unit takes: within the column's
     * {@code DECIMAL(14, 2)} (at most two decimals, never rounded); a count is a whole number
     * (scale 0: 12 children, never 12,5); never below 0 for a share, a count or days; kronor may be
     * negative (a deficit, a saving).
     */
    public NumberRule valueRule() {
        return valueRule;
    }
}
