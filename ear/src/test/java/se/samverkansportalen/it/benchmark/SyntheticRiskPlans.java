package se.samverkansportalen.it.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Synthetic risk-based local plans written straight into the database, one per kommun, in the
 * shape of Nacka's plan of 2020 that the demo start puts into Lycksele: its goals, risks, risk
 * measures and indicators are copied (the texts are the example's public plan text, no personal
 * data), as a fastställd plan of the kommun itself (not an example, so its risk measures are
 * items of the kommun's reports and its risks count in the lägesbild). Each risk is linked to a
 * delmål of the regional plan. The indicators are measured month by month: {@link #year} writes a
 * year's twelve monthly values of every typed indicator (generated figures, about one in 25 recorded
 * as missing) and the three tertials' risk assessments.
 */
final class SyntheticRiskPlans {

    /** The demo kommun that shows Nacka's plan (DemoLocalPlans.RISK_DEMO_KOMMUN): Lycksele. */
    static final String TEMPLATE_KOMMUN = "2481";
    private static final String[] LIGHTS = {"GREEN", "YELLOW", "RED"};

    private final Template template;
    private final List<String> subGoals;
    private final Random random = new Random(2020);

    /** Reads the template (Nacka's plan as the demo stored it) and the regional plan's delmål. */
    SyntheticRiskPlans() throws SQLException {
        try (Connection c = TestDatabase.connection()) {
            template = Template.read(c);
            subGoals = new ArrayList<>();
            try (Statement query = c.createStatement(); ResultSet rows = query.executeQuery(
                    "SELECT s.item_key FROM sub_goal s JOIN improvement_area ar ON ar.id = s.area_id "
                            + "WHERE ar.version_id = (SELECT MAX(id) FROM plan_version) ORDER BY ar.number, s.id")) {
                while (rows.next()) {
                    subGoals.add(rows.getString(1));
                }
            }
        }
        if (subGoals.isEmpty()) {
            throw new IllegalStateException("The regional plan has no delmål to link the synthetic risks to");
        }
    }

    /** The plan's shape, for the output: "2 mål, 7 risker, 11 riskåtgärder, 15 indikatorer (1 kvot)". */
    String shape() {
        return template.goals.size() + " mål, " + template.risks.size() + " risker, " + template.measures.size() + " riskåtgärder, "
                + template.indicators.size() + " indikatorer (" + template.indicators.stream().filter(TemplateIndicator::derived).count()
                + " kvot)";
    }

    /** A risk measure as written: its id (a RISK_MEASURE item's key), its risk's place in the plan and its item label. */
    record Measure(long id, int risk, boolean firstOfRisk, String label) {
    }

    /**
     * An indicator as written: its id, its risk's place in the plan (-1: none), name, unit, and for
     * a ratio the places of its numerator and denominator in the plan's indicator list (-1: typed).
     */
    record Indicator(long id, int risk, String name, String unit, int numerator, int denominator) {

        boolean derived() {
            return numerator >= 0 && denominator >= 0;
        }
    }

    /** A kommun's plan as written; its risks' ids in the plan's order. */
    record KommunPlan(String kommun, long planId, String title, List<Measure> measures, List<Indicator> indicators, List<Long> riskIds) {

        /** The indicators of one risk, in the plan's order. */
        List<Indicator> indicatorsOf(int risk) {
            return indicators.stream().filter(i -> i.risk() == risk).toList();
        }
    }

    /** Writes a plan for each kommun (no values yet); the plans in the kommuner's order. */
    List<KommunPlan> plans(List<String> kommuner) throws SQLException {
        List<KommunPlan> plans = new ArrayList<>();
        try (Connection c = TestDatabase.connection()) {
            c.setAutoCommit(false);
            for (String kommun : kommuner) {
                plans.add(write(c, kommun));
                c.commit();
            }
        }
        return plans;
    }

    private KommunPlan write(Connection c, String kommun) throws SQLException {
        String title = "Syntetisk åtgärdsplan 2040–2043 (formad som " + template.title + ")";
        long planId = insert(c, "INSERT INTO local_plan (kommun_code, shape, title, decided_on, decided_by, status, objectives, focus_areas, "
                + "source_label, summary, example) VALUES (?, 'RISK_BASED', ?, ?, ?, 'ADOPTED', ?, ?, NULL, ?, FALSE)",
                kommun, cut(title, 300), java.sql.Date.valueOf("2039-12-15"), template.decidedBy, template.objectives, template.focusAreas,
                template.summary);
        List<Long> goalIds = new ArrayList<>();
        for (TemplateGoal goal : template.goals) {
            goalIds.add(insert(c, "INSERT INTO local_goal (kommun_code, plan_id, position, title, focus_area) VALUES (?, ?, ?, ?, ?)",
                    kommun, planId, goal.position, goal.title, goal.focusArea));
        }
        List<Long> riskIds = new ArrayList<>();
        for (TemplateRisk risk : template.risks) {
            riskIds.add(insert(c, "INSERT INTO local_risk (kommun_code, goal_id, position, number, quality_area, title, description) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", kommun, goalIds.get(risk.goal), risk.position, risk.number, risk.qualityArea, risk.title,
                    risk.description));
        }
        List<Measure> measures = new ArrayList<>();
        boolean[] carried = new boolean[template.risks.size()];
        for (TemplateMeasure measure : template.measures) {
            long id = insert(c, "INSERT INTO local_risk_measure (kommun_code, risk_id, position, title, description, status) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", kommun, riskIds.get(measure.risk), measure.position, measure.title, measure.description,
                    LIGHTS[random.nextInt(LIGHTS.length)]);
            TemplateRisk risk = template.risks.get(measure.risk);
            measures.add(new Measure(id, measure.risk, !carried[measure.risk],
                    cut(title + ": risk " + risk.number + ", " + measure.title, 600)));
            carried[measure.risk] = true;
        }
        try (PreparedStatement link = c.prepareStatement(
                "INSERT INTO local_risk_link (kommun_code, risk_id, sub_goal_item_key) VALUES (?, ?, ?)")) {
            int spread = Math.floorMod(kommun.hashCode(), subGoals.size());
            for (int r = 0; r < template.risks.size(); r++) {
                List<String> keys = template.links.getOrDefault(r, List.of(subGoals.get((spread + r * 7) % subGoals.size())));
                for (String key : keys.stream().distinct().toList()) {
                    link.setString(1, kommun);
                    link.setLong(2, riskIds.get(r));
                    link.setString(3, key);
                    link.addBatch();
                }
            }
            link.executeBatch();
        }
        List<Indicator> indicators = new ArrayList<>();
        for (TemplateIndicator indicator : template.indicators) {
            long id = insert(c, "INSERT INTO local_indicator (kommun_code, plan_id, risk_id, position, name, unit, direction, baseline, "
                    + "target, periodicity, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MONTH', ?)", kommun, planId,
                    indicator.risk < 0 ? null : riskIds.get(indicator.risk), indicator.position, indicator.name, indicator.unit,
                    indicator.direction, indicator.baseline, indicator.target, indicator.note);
            indicators.add(new Indicator(id, indicator.risk, indicator.name, indicator.unit, indicator.numerator, indicator.denominator));
        }
        try (PreparedStatement ratio = c.prepareStatement("UPDATE local_indicator SET numerator_id = ?, denominator_id = ? WHERE id = ?")) {
            for (Indicator indicator : indicators) {
                if (indicator.derived()) {
                    ratio.setLong(1, indicators.get(indicator.numerator()).id());
                    ratio.setLong(2, indicators.get(indicator.denominator()).id());
                    ratio.setLong(3, indicator.id());
                    ratio.addBatch();
                }
            }
            ratio.executeBatch();
        }
        return new KommunPlan(kommun, planId, title, measures, indicators, List.copyOf(riskIds));
    }

    /**
     * Writes a year of the plans' follow-up: every typed indicator's twelve monthly values
     * ({@link #value}) and every risk's assessment in each of the year's three tertials; the
     * number of rows written.
     */
    long year(List<KommunPlan> plans, int year) throws SQLException {
        long rows = 0;
        try (Connection c = TestDatabase.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement value = c.prepareStatement(
                    "INSERT INTO local_indicator_value (kommun_code, indicator_id, period, measured_value) VALUES (?, ?, ?, ?)");
                    PreparedStatement assessment = c.prepareStatement("INSERT INTO local_risk_assessment (kommun_code, risk_id, period, "
                            + "likelihood, severity) VALUES (?, ?, ?, ?, ?)")) {
                for (KommunPlan plan : plans) {
                    for (Indicator indicator : plan.indicators()) {
                        if (indicator.derived()) {
                            continue;
                        }
                        for (int month = 1; month <= 12; month++) {
                            String period = month(year, month);
                            value.setString(1, plan.kommun());
                            value.setLong(2, indicator.id());
                            value.setString(3, period);
                            BigDecimal v = value(indicator, period);
                            if (v == null) {
                                value.setNull(4, Types.DECIMAL);
                            } else {
                                value.setBigDecimal(4, v);
                            }
                            value.addBatch();
                            rows++;
                        }
                    }
                    value.executeBatch();
                    for (long risk : plan.riskIds()) {
                        for (int tertial = 1; tertial <= 3; tertial++) {
                            assessment.setString(1, plan.kommun());
                            assessment.setLong(2, risk);
                            assessment.setString(3, year + "-T" + tertial);
                            assessment.setInt(4, 1 + random.nextInt(4));
                            assessment.setInt(5, 1 + random.nextInt(4));
                            assessment.addBatch();
                            rows++;
                        }
                    }
                    assessment.executeBatch();
                    c.commit();
                }
            }
        }
        return rows;
    }

    /** A month's period as the portal writes it: "2040-03". */
    static String month(int year, int month) {
        return year + "-" + String.format("%02d", month);
    }

    /**
     * The generated value of a typed indicator for a month, the same every time it is asked for
     * (the submissions carry it as the database holds it); null for a month recorded as missing.
     * Shares 0–100 with two decimals, counts and days whole, kronor whole.
     */
    static BigDecimal value(Indicator indicator, String month) {
        Random figures = new Random(indicator.id() * 1_000_003L + month.hashCode());
        if (figures.nextInt(25) == 0) {
            return null;
        }
        return switch (indicator.unit()) {
            case "PERCENT" -> BigDecimal.valueOf(figures.nextInt(10_001), 2);
            case "SEK" -> BigDecimal.valueOf(figures.nextInt(2_000_000));
            case "DAYS" -> BigDecimal.valueOf(figures.nextInt(90));
            default -> BigDecimal.valueOf(figures.nextInt(60));
        };
    }

    /**
     * A month's value as a submission keeps it ({@code ""}: none): typed, or for a ratio its
     * numerator / denominator × 100 rounded to whole percent, as the portal computes it (none when
     * a part is missing or zero).
     */
    static String sent(KommunPlan plan, Indicator indicator, String month) {
        BigDecimal value = valueOf(plan, indicator, month, 0);
        return value == null ? "" : value.toPlainString();
    }

    private static BigDecimal valueOf(KommunPlan plan, Indicator indicator, String month, int depth) {
        if (!indicator.derived()) {
            return value(indicator, month);
        }
        if (depth > 5) {
            return null;
        }
        BigDecimal top = valueOf(plan, plan.indicators().get(indicator.numerator()), month, depth + 1);
        BigDecimal bottom = valueOf(plan, plan.indicators().get(indicator.denominator()), month, depth + 1);
        if (top == null || bottom == null || bottom.signum() == 0) {
            return null;
        }
        return top.multiply(BigDecimal.valueOf(100)).divide(bottom, 0, RoundingMode.HALF_UP);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** Inserts one row and gives its generated id. */
    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    insert.setNull(i + 1, Types.NULL);
                } else {
                    insert.setObject(i + 1, values[i]);
                }
            }
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private record TemplateGoal(int position, String title, String focusArea) {
    }

    private record TemplateRisk(int goal, int position, String number, String qualityArea, String title, String description) {
    }

    private record TemplateMeasure(int risk, int position, String title, String description) {
    }

    private record TemplateIndicator(int risk, int position, String name, String unit, String direction, BigDecimal baseline,
            BigDecimal target, String note, int numerator, int denominator) {

        boolean derived() {
            return numerator >= 0 && denominator >= 0;
        }
    }

    /** Nacka's plan as the demo start stored it in Lycksele: every part in the plan's order, parts referring to each other by place. */
    private record Template(String title, String decidedBy, String objectives, String focusAreas, String summary, List<TemplateGoal> goals,
            List<TemplateRisk> risks, List<TemplateMeasure> measures, List<TemplateIndicator> indicators, Map<Integer, List<String>> links) {

        static Template read(Connection c) throws SQLException {
            long planId;
            String title;
            String decidedBy;
            String objectives;
            String focusAreas;
            String summary;
            try (PreparedStatement query = c.prepareStatement("SELECT id, title, decided_by, objectives, focus_areas, summary FROM local_plan "
                    + "WHERE kommun_code = ? AND shape = 'RISK_BASED' AND example = TRUE ORDER BY id LIMIT 1")) {
                query.setString(1, TEMPLATE_KOMMUN);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No example risk-based plan in kommun " + TEMPLATE_KOMMUN
                                + " (the demo start puts Nacka's plan there; is -Dsamverkan.demo=true set for the server?)");
                    }
                    planId = row.getLong(1);
                    title = row.getString(2);
                    decidedBy = row.getString(3);
                    objectives = row.getString(4);
                    focusAreas = row.getString(5);
                    summary = row.getString(6);
                }
            }
            Map<Long, Integer> goalPlaces = new HashMap<>();
            List<TemplateGoal> goals = new ArrayList<>();
            try (ResultSet rows = query(c, "SELECT id, position, title, focus_area FROM local_goal WHERE plan_id = ? ORDER BY position, id",
                    planId)) {
                while (rows.next()) {
                    goalPlaces.put(rows.getLong(1), goals.size());
                    goals.add(new TemplateGoal(rows.getInt(2), rows.getString(3), rows.getString(4)));
                }
            }
            Map<Long, Integer> riskPlaces = new HashMap<>();
            List<TemplateRisk> risks = new ArrayList<>();
            try (ResultSet rows = query(c, "SELECT r.id, r.goal_id, r.position, r.number, r.quality_area, r.title, r.description "
                    + "FROM local_risk r JOIN local_goal g ON g.id = r.goal_id WHERE g.plan_id = ? ORDER BY g.position, g.id, r.position, r.id",
                    planId)) {
                while (rows.next()) {
                    riskPlaces.put(rows.getLong(1), risks.size());
                    risks.add(new TemplateRisk(goalPlaces.get(rows.getLong(2)), rows.getInt(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7)));
                }
            }
            List<TemplateMeasure> measures = new ArrayList<>();
            try (ResultSet rows = query(c, "SELECT m.risk_id, m.position, m.title, m.description FROM local_risk_measure m "
                    + "JOIN local_risk r ON r.id = m.risk_id JOIN local_goal g ON g.id = r.goal_id WHERE g.plan_id = ? "
                    + "ORDER BY g.position, g.id, r.position, r.id, m.position, m.id", planId)) {
                while (rows.next()) {
                    measures.add(new TemplateMeasure(riskPlaces.get(rows.getLong(1)), rows.getInt(2), rows.getString(3), rows.getString(4)));
                }
            }
            Map<Integer, List<String>> links = new HashMap<>();
            try (ResultSet rows = query(c, "SELECT l.risk_id, l.sub_goal_item_key FROM local_risk_link l JOIN local_risk r ON r.id = l.risk_id "
                    + "JOIN local_goal g ON g.id = r.goal_id WHERE g.plan_id = ? ORDER BY l.id", planId)) {
                while (rows.next()) {
                    links.computeIfAbsent(riskPlaces.get(rows.getLong(1)), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            List<long[]> ratios = new ArrayList<>();
            Map<Long, Integer> indicatorPlaces = new HashMap<>();
            List<Object[]> read = new ArrayList<>();
            try (ResultSet rows = query(c, "SELECT id, risk_id, position, name, unit, direction, baseline, target, note, numerator_id, "
                    + "denominator_id FROM local_indicator WHERE plan_id = ? ORDER BY position, id", planId)) {
                while (rows.next()) {
                    indicatorPlaces.put(rows.getLong(1), read.size());
                    long risk = rows.getLong(2);
                    boolean noRisk = rows.wasNull();
                    read.add(new Object[] {noRisk ? -1 : riskPlaces.get(risk), rows.getInt(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getBigDecimal(7), rows.getBigDecimal(8), rows.getString(9)});
                    long numerator = rows.getLong(10);
                    boolean typed = rows.wasNull();
                    long denominator = rows.getLong(11);
                    ratios.add(typed || rows.wasNull() ? null : new long[] {numerator, denominator});
                }
            }
            List<TemplateIndicator> indicators = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                Object[] r = read.get(i);
                long[] ratio = ratios.get(i);
                indicators.add(new TemplateIndicator((Integer) r[0], (Integer) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (BigDecimal) r[5], (BigDecimal) r[6], (String) r[7], ratio == null ? -1 : indicatorPlaces.getOrDefault(ratio[0], -1),
                        ratio == null ? -1 : indicatorPlaces.getOrDefault(ratio[1], -1)));
            }
            if (risks.isEmpty() || indicators.isEmpty()) {
                throw new IllegalStateException("The example risk-based plan in kommun " + TEMPLATE_KOMMUN + " has no risks or no indicators");
            }
            return new Template(title, decidedBy, objectives, focusAreas, summary, goals, risks, measures, indicators, links);
        }

        private static ResultSet query(Connection c, String sql, long planId) throws SQLException {
            PreparedStatement statement = c.prepareStatement(sql);
            statement.setLong(1, planId);
            statement.closeOnCompletion();
            return statement.executeQuery();
        }
    }
}
