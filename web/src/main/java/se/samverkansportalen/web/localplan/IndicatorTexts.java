package se.samverkansportalen.web.localplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.Messages;

/**
 * Indicator values as every page and export writes them: "40 %", "2,4 %", "12", "uppgift
 * saknas", and "< 5" where a small count is withheld from anyone but the kommun itself.
 */
@Named
@RequestScoped
public class IndicatorTexts {

    @Inject
    Messages messages;

    public String reading(LocalPlanView.Reading reading, IndicatorUnit unit) {
        return value(reading.value(), unit, reading.suppressed());
    }

    /** A value that may be absent ("uppgift saknas") or withheld ("< 5"). */
    public String value(BigDecimal value, IndicatorUnit unit, boolean suppressed) {
        return write(messages.bundle(), value, unit, suppressed);
    }

    public String amount(BigDecimal value, IndicatorUnit unit) {
        return value == null ? "" : write(messages.bundle(), value, unit, false);
    }

    /**
     * The one way an indicator value is written, for pages and exports alike: a withheld small
     * number as "< 5" for a count and "< 5 fall" for a share built on one, an absent value as
     * "uppgift saknas", otherwise the number in Swedish format with its unit.
     */
    public static String write(ResourceBundle texts, BigDecimal value, IndicatorUnit unit, boolean suppressed) {
        if (suppressed) {
            return texts.getString(unit == IndicatorUnit.COUNT ? "localplan.indicator.suppressed" : "localplan.indicator.suppressedShare");
        }
        if (value == null) {
            return texts.getString("localplan.indicator.missingValue");
        }
        return MessageFormat.format(texts.getString("localplan.unit.format." + unit), Formats.swedishNumber(value));
    }
}
