package se.samverkansportalen.web.localplan;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkansportalen.domain.localplan.Direction;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.service.localplan.IndicatorForm;

/**
 * The body of {@code POST /api/v1/lokala-planer/{id}/indikatorer}: an indicator's description and,
 * for a typed indicator, its values per period. No id adds an indicator; an id saves that one,
 * read at {@code lockVersion}. A ratio names its two parts (numeratorId / denominatorId) and has no
 * typed values. The API's own type; the rules are the form's, checked by the service.
 *
 * @param unit        COUNT, PERCENT, SEK (kronor) or DAYS; none means COUNT
 * @param periodicity MONTH, TERTIAL or YEAR; none means MONTH
 * @param rows        the values per period; none means none
 */
@Schema(description = "En indikator och dess värden per period. / An indicator and its values per period.")
public record IndicatorRequest(Long id, String name, IndicatorUnit unit, Direction direction, BigDecimal baseline,
        BigDecimal target, Periodicity periodicity, Long numeratorId, Long denominatorId, String note, List<Row> rows,
        Integer lockVersion) {

    /**
     * A period's value; {@code missing} true records "uppgift saknas", and a row with neither a
     * value nor the mark is taken away.
     */
    @Schema(name = "IndicatorRequestRow", description = "En periods värde, eller markeringen att uppgift saknas. / A period's value, or the mark that it is missing.")
    public record Row(String period, BigDecimal value, Boolean missing) {
    }

    /** The form the service takes for the plan; no version means 0 (a stored indicator refuses it as a conflict, 409). */
    IndicatorForm toForm(long planId) {
        IndicatorForm form = new IndicatorForm(planId);
        form.setId(id);
        form.setLockVersion(lockVersion == null ? 0 : lockVersion);
        form.setName(name);
        if (unit != null) {
            form.setUnit(unit);
        }
        form.setDirection(direction);
        form.setBaseline(baseline);
        form.setTarget(target);
        if (periodicity != null) {
            form.setPeriodicity(periodicity);
        }
        form.setNumeratorId(numeratorId);
        form.setDenominatorId(denominatorId);
        form.setNote(note);
        form.setRows(rows == null ? null : rows.stream()
                .map(row -> row == null ? null : new IndicatorForm.Row(row.period(), row.value(), Boolean.TRUE.equals(row.missing())))
                .toList());
        return form;
    }
}
