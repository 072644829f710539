package se.samverkansportalen.web.localplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
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

    @Inject
    Formats formats;

    public String reading(LocalPlanView.Reading reading, IndicatorUnit unit) {
        return value(reading.value(), unit, reading.suppressed());
    }

    /** A value that may be absent ("uppgift saknas") or withheld ("< 5"). */
    public String value(BigDecimal value, IndicatorUnit unit, boolean suppressed) {
        if (suppressed) {
            return suppressed(unit);
        }
        return value == null ? messages.text("localplan.indicator.missingValue") : amount(value, unit);
    }

    /** A withheld small number: "< 5" for a count, "< 5 fall" for a share built on one. */
    public String suppressed(IndicatorUnit unit) {
        return messages.text(unit == IndicatorUnit.COUNT ? "localplan.indicator.suppressed" : "localplan.indicator.suppressedShare");
    }

    public String amount(BigDecimal value, IndicatorUnit unit) {
        if (value == null) {
            return "";
        }
        return messages.text("localplan.unit.format." + unit, formats.number(value));
    }
}
