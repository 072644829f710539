package se.samverkansportalen.domain.localplan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The small-number rule (röjandeskydd): which figures of a kommun's indicators are withheld, shown
 * as "< 5", from everyone but the kommun itself, so that no child can be recognised from a small
 * group. Modelled on the primary and secondary suppression statistical offices apply to tables
 * (Socialstyrelsen and SCB withhold small cells and the cells they can be computed from):
 * <ol>
 * <li><b>Primary.</b> A count (unit {@link IndicatorUnit#COUNT}) below {@link #LIMIT} in a period,
 * 0 included, is withheld.</li>
 * <li><b>Shares.</b> A computed share (numerator / denominator in percent) is withheld in a period
 * when anything it is computed from is withheld: 40 % of five tells the two as well as "2" does,
 * and a share over a denominator of 3 tells the numerator.</li>
 * <li><b>Secondary (the rest of a total).</b> When a share's numerator and denominator are both
 * counts, the numerator is taken to be a part of the denominator; when the rest (denominator −
 * numerator) is below {@link #LIMIT}, the numerator and the share are withheld too, because the
 * total shown beside its part tells the rest (12 − 9 = 3). The total itself stays shown.</li>
 * <li><b>Baseline and target.</b> A count indicator's baseline or target below {@link #LIMIT} is
 * withheld as well: a baseline is an earlier count, and both are drawn as lines in charts.</li>
 * </ol>
 * A missing value ("uppgift saknas") hides nothing and is never withheld. Typed percentages and
 * other units are not counts and are shown. The rule is applied on the server, for every path
 * (pages, charts, API, PDF): a withheld value never leaves it.
 */
public final class SmallNumbers {

    /** Counts below this are small: 0–4. */
    public static final BigDecimal LIMIT = BigDecimal.valueOf(5);

    private SmallNumbers() {
    }

    /** Where the typed figures the rule judges come from: the values now, or those of a submission. */
    @FunctionalInterface
    public interface Figures {

        /** A typed (not derived) indicator's value in the period; empty when missing or not known. */
        Optional<BigDecimal> typed(Indicator indicator, String period);
    }

    /**
     * Whether the indicator's value in {@code period} (a period code such as "2024-03" or
     * "2024-T1") is withheld from anyone but the kommun: by the primary rule, because a share
     * is computed from a withheld value, or by the secondary rule on the rest of a total.
     */
    public static boolean withheld(Indicator indicator, String period) {
        return withheld(indicator, period, Indicator::typedValue);
    }

    /**
     * As {@link #withheld(Indicator, String)}, judged on other figures than today's: a submitted
     * report is shown as it was sent, and so is its suppression.
     */
    public static boolean withheld(Indicator indicator, String period, Figures figures) {
        return withheld(indicator, period, figures, new HashSet<>());
    }

    /** Whether the indicator's baseline is withheld: a count below {@link #LIMIT}. */
    public static boolean baselineWithheld(Indicator indicator) {
        return small(indicator, indicator.getBaseline());
    }

    /** Whether the indicator's target is withheld: a count below {@link #LIMIT}. */
    public static boolean targetWithheld(Indicator indicator) {
        return small(indicator, indicator.getTarget());
    }

    private static boolean withheld(Indicator indicator, String period, Figures figures, Set<Indicator> seen) {
        if (!seen.add(indicator)) {
            return false; // a cycle stored before cycles were refused: its value is missing and hides nothing
        }
        if (indicator.isDerived()) {
            return withheld(indicator.getNumerator(), period, figures, seen) || withheld(indicator.getDenominator(), period, figures, seen)
                    || restIsSmall(indicator, period, figures);
        }
        return small(indicator, figures.typed(indicator, period).orElse(null))
                || indicator.getPlan().getIndicators().stream()
                        .anyMatch(share -> share.isDerived() && share.getNumerator() == indicator && restIsSmall(share, period, figures));
    }

    /** A share of two counts whose rest (denominator − numerator) is 0–4 in the period. */
    private static boolean restIsSmall(Indicator share, String period, Figures figures) {
        Indicator part = share.getNumerator();
        Indicator total = share.getDenominator();
        if (part.isDerived() || total.isDerived() || part.getUnit() != IndicatorUnit.COUNT || total.getUnit() != IndicatorUnit.COUNT) {
            return false;
        }
        Optional<BigDecimal> partValue = figures.typed(part, period);
        Optional<BigDecimal> totalValue = figures.typed(total, period);
        if (partValue.isEmpty() || totalValue.isEmpty()) {
            return false;
        }
        BigDecimal rest = totalValue.get().subtract(partValue.get());
        return rest.signum() >= 0 && rest.compareTo(LIMIT) < 0;
    }

    private static boolean small(Indicator indicator, BigDecimal value) {
        return indicator.getUnit() == IndicatorUnit.COUNT && !indicator.isDerived() && value != null && value.compareTo(LIMIT) < 0;
    }
}
