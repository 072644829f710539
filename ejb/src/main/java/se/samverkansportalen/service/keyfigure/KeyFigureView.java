package se.samverkansportalen.service.keyfigure;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.samverkansportalen.domain.keyfigure.Gender;
import se.samverkansportalen.domain.keyfigure.KeyFigure;
import se.samverkansportalen.domain.keyfigure.KeyFigureValue;
import se.samverkansportalen.domain.keyfigure.ValueSource;

/**
 * A key figure the kommun follows as pages and the API show it: Kolada's id, the kommun's title
 * and a row per year with the values for totalt, kvinnor and män (null where none was taken in or
 * Kolada has none), newest year first.
 */
public record KeyFigureView(long id, String kpi, String title, List<Year> years) implements Serializable {

    /** One year's values, in Kolada's unit for the KPI, with where and when they were taken in. */
    public record Year(int year, BigDecimal total, BigDecimal women, BigDecimal men, String status, ValueSource source,
            String sourceName, LocalDate takenOn) implements Serializable {
    }

    /** The view of a key figure. */
    public static KeyFigureView of(KeyFigure figure) {
        List<Integer> years = figure.values().stream().map(KeyFigureValue::getYear).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
        return new KeyFigureView(figure.getId(), figure.getKpi(), figure.getTitle(), years.stream().map(y -> year(figure, y)).toList());
    }

    private static Year year(KeyFigure figure, int year) {
        KeyFigureValue first = figure.value(year, Gender.T).or(() -> figure.value(year, Gender.K))
                .or(() -> figure.value(year, Gender.M)).orElseThrow();
        return new Year(year, value(figure, year, Gender.T), value(figure, year, Gender.K), value(figure, year, Gender.M),
                first.getStatus(), first.getSource(), first.getSourceName(), first.getTakenOn());
    }

    private static BigDecimal value(KeyFigure figure, int year, Gender gender) {
        return figure.value(year, gender).map(KeyFigureValue::getValue).orElse(null);
    }
}
