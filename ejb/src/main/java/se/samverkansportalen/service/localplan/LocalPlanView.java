package se.samverkansportalen.service.localplan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.samverkansportalen.domain.localplan.Direction;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.domain.localplan.RiskLevel;
import se.samverkansportalen.domain.localplan.TrafficLight;

/**
 * A local plan as its page shows it: its details; for a measures plan its measures and the sum
 * of their costs; for a risk-based plan its goals, risks (assessed per period) and their
 * measures; and the plan's indicators with their readings. {@code example}: an example plan shown
 * for demonstration, read only (see {@code LocalPlan#isExample}).
 */
public record LocalPlanView(long id, String kommunCode, String kommunName, LocalPlanShape shape, String title,
        String registrationNumber, LocalDate decidedOn, String decidedBy, LocalPlanStatus status, Long budgetSek,
        List<String> objectives, List<String> focusAreas, String sourceLabel, boolean example, int lockVersion,
        List<Measure> measures, long totalCostSek, String summary, List<Goal> goals, List<IndicatorView> indicators)
        implements Serializable {

    /** A measure with the regional delmål it is linked to. */
    public record Measure(long id, int number, String title, String how, String result, LocalDate dueOn,
            Long costSek, int lockVersion, List<LinkedSubGoal> linkedSubGoals) implements Serializable {
    }

    /** A regional delmål a measure is linked to: its item key and its number in the latest plan. */
    public record LinkedSubGoal(String itemKey, String number) implements Serializable {
    }

    /** A goal of a risk-based plan, with the version it was read at (a change carries it back). */
    public record Goal(long id, String title, String focusArea, List<RiskView> risks, int lockVersion) implements Serializable {
    }

    /** A risk with its assessments (oldest first), measures and linked delmål, and the version it was read at. */
    public record RiskView(long id, String number, String qualityArea, String title, String description,
            List<Assessment> assessments, List<RiskMeasureView> measures, List<LinkedSubGoal> linkedSubGoals,
            int lockVersion) implements Serializable {

        /** The latest assessment, or null when the risk is not assessed. */
        public Assessment latest() {
            return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
        }

        public Assessment in(String period) {
            return assessments.stream().filter(a -> a.period().equals(period)).findFirst().orElse(null);
        }
    }

    /** A risk's place on the matrix in a period; likelihood and severity are null when only the level is known. */
    public record Assessment(String period, Integer likelihood, Integer severity, RiskLevel level) implements Serializable {

        public boolean placed() {
            return likelihood != null && severity != null;
        }
    }

    /** A measure against a risk with its traffic light (null: not assessed). */
    public record RiskMeasureView(long id, String title, String description, TrafficLight status) implements Serializable {
    }

    /**
     * An indicator with its readings in period order. For anyone but the kommun itself a baseline
     * or target that is a small count is withheld: null, with {@code baselineSuppressed} or
     * {@code targetSuppressed} set (shown as "< 5").
     */
    public record IndicatorView(long id, String riskNumber, String name, IndicatorUnit unit, Direction direction,
            BigDecimal baseline, boolean baselineSuppressed, BigDecimal target, boolean targetSuppressed, Periodicity periodicity, boolean derived, String derivedFrom,
            String note, List<Reading> readings, int lockVersion) implements Serializable {

        /** Whether some value is withheld as a small number. */
        public boolean anySuppressed() {
            return readings.stream().anyMatch(Reading::suppressed);
        }
    }

    /**
     * A period's value; {@code value} is null when the period is recorded as missing ("uppgift
     * saknas") or, for anyone but the kommun itself, when it is a small number ("< 5").
     */
    public record Reading(String period, BigDecimal value, boolean suppressed) implements Serializable {

        public Reading(String period, BigDecimal value) {
            this(period, value, false);
        }

        /** The reading as someone outside the kommun may see it. */
        public static Reading of(String period, BigDecimal value, boolean smallNumber, boolean exact) {
            return smallNumber && !exact ? new Reading(period, null, true) : new Reading(period, value, false);
        }

        public boolean missing() {
            return value == null && !suppressed;
        }
    }

    /** One row of the risk matrix heat map: a likelihood and its four cells by severity. */
    public record HeatRow(int likelihood, List<HeatCell> cells) implements Serializable {
    }

    /** A cell of the heat map: its level and the risks placed in it in the chosen period. */
    public record HeatCell(int likelihood, int severity, RiskLevel level, List<String> riskNumbers) implements Serializable {
    }

    /** The budget less the measures' costs; null without a budget. */
    public Long remainingSek() {
        return budgetSek == null ? null : budgetSek - totalCostSek;
    }

    public List<RiskView> risks() {
        return goals.stream().flatMap(g -> g.risks().stream()).toList();
    }

    /** The periods any risk is assessed in, in order. */
    public List<String> assessedPeriods() {
        TreeSet<String> periods = new TreeSet<>();
        risks().forEach(r -> r.assessments().forEach(a -> periods.add(a.period())));
        return List.copyOf(periods);
    }

    /**
     * The periods the matrix is drawn for, "then and now": the first and the latest period any risk
     * is assessed in, or the only one; empty when no risk is assessed.
     */
    public List<String> matrixPeriods() {
        List<String> periods = assessedPeriods();
        return periods.size() <= 2 ? periods : List.of(periods.get(0), periods.get(periods.size() - 1));
    }

    /**
     * The risks assessed in a period by their level's colour only (the source gives no likelihood
     * and severity, as Nacka's 2020 follow-up does for some risks): they have no cell in the matrix
     * and are listed beside it.
     */
    public List<RiskView> assessedByColourOnly(String period) {
        return risks().stream().filter(r -> r.in(period) != null && !r.in(period).placed()).toList();
    }

    /**
     * The 4x4 matrix for a period, likelihood 4 (top) to 1, severity 1 to 4 (left to right), with
     * the risks placed in each cell. Risks assessed only by colour are not in any cell.
     */
    public List<HeatRow> heatMap(String period) {
        List<HeatRow> rows = new ArrayList<>();
        for (int likelihood = RiskLevel.SCALE; likelihood >= 1; likelihood--) {
            List<HeatCell> cells = new ArrayList<>();
            for (int severity = 1; severity <= RiskLevel.SCALE; severity++) {
                int l = likelihood;
                int s = severity;
                cells.add(new HeatCell(l, s, RiskLevel.of(l, s), risks().stream()
                        .filter(r -> r.in(period) != null && r.in(period).placed()
                                && r.in(period).likelihood() == l && r.in(period).severity() == s)
                        .map(RiskView::number).toList()));
            }
            rows.add(new HeatRow(likelihood, cells));
        }
        return rows;
    }
}
