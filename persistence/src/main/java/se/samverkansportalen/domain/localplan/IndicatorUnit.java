package se.samverkansportalen.domain.localplan;

import se.samverkansportalen.domain.validation.NumberRule;

/**
 * What an indicator's values count: a share in percent, a count, kronor or days; and what such a
 * value can be ({@link #valueRule()}), the one rule for every way a value arrives (the Indikator
 * page, a report, the API, a plan file).
 */
public enum IndicatorUnit {
    PERCENT(false), COUNT(false), SEK(true), DAYS(false);

    private final NumberRule valueRule;

    IndicatorUnit(boolean negativeAllowed) {
        this.valueRule = NumberRule.decimal(IndicatorValue.VALUE.precision(), IndicatorValue.VALUE.scale(), negativeAllowed);
    }

    /**
     * The values, baseline and target an indicator of this unit takes: the column's
     * {@code DECIMAL(14, 2)} (at most two decimals, never rounded), and never below 0 for a share,
     * a count or days; kronor may be negative (a deficit, a saving).
     */
    public NumberRule valueRule() {
        return valueRule;
    }
}
