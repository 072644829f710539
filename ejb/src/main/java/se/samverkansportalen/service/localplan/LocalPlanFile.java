package se.samverkansportalen.service.localplan;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.LocalGoal;
import se.samverkansportalen.domain.localplan.LocalMeasure;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.domain.localplan.RatioDerivation;
import se.samverkansportalen.domain.localplan.Risk;
import se.samverkansportalen.domain.localplan.RiskLevel;
import se.samverkansportalen.domain.localplan.RiskMeasure;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.CalendarDate;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * Reads a local plan from a JSON file in the shape of the seed files (see the seed data's README):
 * {@code {"kommun": {...}, "plan": {"shape": "measures", "title": ..., "measures": [...]}}}. The
 * whole file is checked before anything is made of it; the first problem is reported with where
 * it is in the file ("plan.measures[3].costSek"), as a message key and its arguments.
 */
public final class LocalPlanFile {

    /** What the file holds, checked: the plan's details and its measures, in file order. */
    public record Contents(String sourceKommun, LocalPlanShape shape, String title, String registrationNumber,
            LocalDate decidedOn, String decidedBy, Long budgetSek, List<String> objectives, List<String> focusAreas,
            List<Measure> measures, String summary, String reportedPeriod, List<Goal> goals) {

        /**
         * Where the plan comes from, as a reference the pages put into their language's words
         * ({@code localplan.sourceExample=Exempel från {0}}): the kommun and the diarienummer, e.g.
         * "Uppsala (SCN-2015-0081)".
         */
        public String sourceLabel() {
            if (sourceKommun == null) {
                return null;
            }
            return sourceKommun + (registrationNumber == null ? "" : " (" + registrationNumber + ")");
        }

        /** The sum of the measures' costs, exact (see {@link SwedishNumbers#sumKronor}). */
        public long totalCostSek() {
            return SwedishNumbers.sumKronor(measures.stream().map(Measure::costSek).toList(), "costSek");
        }

        /** The plan as a new entity, for the kommun that persists it. */
        public LocalPlan toPlan(boolean labelSource) {
            LocalPlan plan = new LocalPlan(shape, title);
            plan.describe(title, registrationNumber, decidedOn, decidedBy,
                    decidedOn != null || decidedBy != null ? LocalPlanStatus.ADOPTED : LocalPlanStatus.DRAFT, budgetSek,
                    objectives, focusAreas);
            if (labelSource) {
                plan.labelSource(sourceLabel());
            }
            for (Measure m : measures) {
                LocalMeasure measure = plan.addMeasure(m.number(), m.title());
                measure.revise(m.number(), m.title(), m.how(), m.result(), m.when(), m.costSek());
            }
            plan.summarise(summary);
            java.util.Map<String, Indicator> byKey = new java.util.HashMap<>();
            java.util.Map<Indicator, String[]> ratios = new java.util.LinkedHashMap<>();
            for (Goal g : goals) {
                LocalGoal goal = plan.addGoal(g.title(), g.focusArea());
                for (RiskData r : g.risks()) {
                    Risk risk = goal.addRisk(r.number(), r.qualityArea(), r.title(), r.description());
                    if (r.statedLevel() != null && reportedPeriod != null) {
                        risk.stateLevel(reportedPeriod, r.statedLevel());
                    }
                    r.measures().forEach(m -> risk.addMeasure(m.title(), m.how(), null));
                    for (IndicatorData i : r.indicators()) {
                        Indicator indicator = plan.addIndicator(risk, i.name(), i.unit(), i.periodicity());
                        indicator.describe(null, i.baseline(), null, i.note());
                        if (i.ratioOf() != null) {
                            ratios.put(indicator, i.ratioOf());
                        } else {
                            i.values().forEach(indicator::record);
                        }
                        if (i.key() != null) {
                            byKey.put(i.key(), indicator);
                        }
                    }
                }
            }
            ratios.forEach((indicator, parts) -> indicator.deriveFrom(byKey.get(parts[0]), byKey.get(parts[1])));
            return plan;
        }
    }

    /** A goal of a risk-based plan with its risks. */
    public record Goal(String title, String focusArea, List<RiskData> risks) {
    }

    /** A risk, its level in the reported period when the file gives it, its measures and indicators. */
    public record RiskData(String number, String qualityArea, String title, String description, RiskLevel statedLevel,
            List<Measure> measures, List<IndicatorData> indicators) {
    }

    /** An indicator: typed values per period (null = missing), or a ratio of two others by key. */
    public record IndicatorData(String key, String name, IndicatorUnit unit, Periodicity periodicity,
            BigDecimal baseline, String note, String[] ratioOf, java.util.Map<String, BigDecimal> values) {
    }

    /** A measure of the file. */
    public record Measure(int number, String title, String how, String result, LocalDate when, Long costSek) {
    }

    private LocalPlanFile() {
    }

    public static Contents read(byte[] file) {
        JsonObject root;
        try (var reader = Json.createReader(new ByteArrayInputStream(file == null ? new byte[0] : file))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw problem("localplan.import.notAPlan");
            }
            root = value.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw problem("localplan.import.notJson");
        } catch (NumberFormatException | UnsupportedOperationException e) {
            // The JSON reader refuses a number of over 1100 characters or with an exponent beyond an int.
            throw problem("localplan.import.hugeNumber");
        }
        if (!root.containsKey("plan") || root.get("plan").getValueType() != JsonValue.ValueType.OBJECT) {
            throw problem("localplan.import.notAPlan"); // a file without the plan itself, whatever else it holds
        }
        JsonObject plan = root.getJsonObject("plan");
        String shape = text(plan, "shape", "plan.shape", true);
        if (!"measures".equals(shape) && !"risk-based".equals(shape)) {
            throw problem("localplan.import.unknownShape", shape);
        }
        boolean riskBased = "risk-based".equals(shape);
        String sourceKommun = root.containsKey("kommun") && root.get("kommun").getValueType() == JsonValue.ValueType.OBJECT
                ? text(root.getJsonObject("kommun"), "name", "kommun.name", false) : null;
        String title = limited(text(plan, "title", "plan.title", true), LocalPlan.TITLE_MAX, "plan.title");
        String registrationNumber = limited(text(plan, "registrationNumber", "plan.registrationNumber", false),
                LocalPlan.REGISTRATION_NUMBER_MAX, "plan.registrationNumber");
        LocalDate date = date(plan, "date", "plan.date");
        String decidedBy = limited(text(plan, "decidedBy", "plan.decidedBy", false), LocalPlan.DECIDED_BY_MAX, "plan.decidedBy");
        Long budget = amount(plan, "budgetSek", "plan.budgetSek", LocalPlan.BUDGET);
        List<String> objectives = texts(plan, "objectives", "plan.objectives");
        List<String> focusAreas = texts(plan, "focusAreas", "plan.focusAreas");
        if (riskBased) {
            String reportedPeriod = text(plan, "reportedPeriod", "plan.reportedPeriod", false);
            if (reportedPeriod != null && !Periodicity.TERTIAL.accepts(reportedPeriod) && !Periodicity.MONTH.accepts(reportedPeriod)) {
                throw problem("localplan.import.notPeriod", "plan.reportedPeriod", reportedPeriod);
            }
            return new Contents(sourceKommun, LocalPlanShape.RISK_BASED, title, registrationNumber, date, decidedBy, budget,
                    objectives, focusAreas, List.of(), limited(text(plan, "summary", "plan.summary", false),
                            LocalPlan.TEXT_MAX, "plan.summary"), reportedPeriod, goals(plan));
        }
        if (!plan.containsKey("measures") || plan.get("measures").getValueType() != JsonValue.ValueType.ARRAY) {
            throw problem("localplan.import.missingList", "plan.measures");
        }
        JsonArray rows = plan.getJsonArray("measures");
        List<Measure> measures = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "plan.measures[" + (i + 1) + "]";
            if (rows.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw problem("localplan.import.notAnObject", at);
            }
            JsonObject row = rows.getJsonObject(i);
            Long number = wholeNumber(row, "number", at + ".number");
            if (number == null || number < 1 || number > 10_000) {
                throw problem("localplan.import.badMeasureNumber", at + ".number");
            }
            if (!numbers.add(number.intValue())) {
                throw problem("localplan.import.duplicateNumber", at + ".number", String.valueOf(number));
            }
            measures.add(new Measure(number.intValue(),
                    limited(text(row, "title", at + ".title", true), LocalMeasure.TITLE_MAX, at + ".title"),
                    limited(text(row, "how", at + ".how", false), LocalMeasure.TEXT_MAX, at + ".how"),
                    limited(text(row, "result", at + ".result", false), LocalMeasure.TEXT_MAX, at + ".result"),
                    date(row, "when", at + ".when"), amount(row, "costSek", at + ".costSek", LocalMeasure.COST)));
        }
        return new Contents(sourceKommun, LocalPlanShape.MEASURES, title, registrationNumber, date, decidedBy, budget,
                objectives, focusAreas, measures, null, null, List.of());
    }

    private static List<Goal> goals(JsonObject plan) {
        JsonArray goalRows = array(plan, "goals", "plan.goals");
        List<Goal> goals = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<String[]> ratios = new ArrayList<>();
        List<String> ratioPlaces = new ArrayList<>();
        java.util.Map<String, List<String>> partsByKey = new java.util.HashMap<>();
        java.util.Map<String, String> ratioPlaceByKey = new java.util.LinkedHashMap<>();
        for (int g = 0; g < goalRows.size(); g++) {
            String gAt = "plan.goals[" + (g + 1) + "]";
            JsonObject goal = element(goalRows, g, gAt);
            JsonArray riskRows = array(goal, "risks", gAt + ".risks");
            List<RiskData> risks = new ArrayList<>();
            for (int r = 0; r < riskRows.size(); r++) {
                String rAt = gAt + ".risks[" + (r + 1) + "]";
                JsonObject risk = element(riskRows, r, rAt);
                String level = text(risk, "levelAtT2", rAt + ".levelAtT2", false);
                RiskLevel stated = level == null ? null : switch (level) {
                    case "green" -> RiskLevel.GREEN;
                    case "yellow" -> RiskLevel.YELLOW;
                    case "red" -> RiskLevel.RED;
                    default -> throw problem("localplan.import.notLevel", rAt + ".levelAtT2", level);
                };
                List<Measure> measures = new ArrayList<>();
                JsonArray measureRows = risk.containsKey("measures") ? array(risk, "measures", rAt + ".measures") : JsonValue.EMPTY_JSON_ARRAY;
                for (int m = 0; m < measureRows.size(); m++) {
                    String mAt = rAt + ".measures[" + (m + 1) + "]";
                    JsonObject measure = element(measureRows, m, mAt);
                    measures.add(new Measure(m + 1, limited(text(measure, "title", mAt + ".title", true), RiskMeasure.TITLE_MAX, mAt + ".title"),
                            limited(text(measure, "description", mAt + ".description", false), RiskMeasure.TEXT_MAX, mAt + ".description"),
                            null, null, null));
                }
                List<IndicatorData> indicators = new ArrayList<>();
                JsonArray indicatorRows = risk.containsKey("indicators") ? array(risk, "indicators", rAt + ".indicators") : JsonValue.EMPTY_JSON_ARRAY;
                for (int i = 0; i < indicatorRows.size(); i++) {
                    String iAt = rAt + ".indicators[" + (i + 1) + "]";
                    IndicatorData indicator = indicator(element(indicatorRows, i, iAt), iAt);
                    if (indicator.key() != null && !keys.add(indicator.key())) {
                        throw problem("localplan.import.duplicateKey", iAt + ".key", indicator.key());
                    }
                    if (indicator.ratioOf() != null) {
                        ratios.add(indicator.ratioOf());
                        ratioPlaces.add(iAt + ".derived");
                        if (indicator.key() != null) {
                            partsByKey.put(indicator.key(), List.of(indicator.ratioOf()));
                            ratioPlaceByKey.put(indicator.key(), iAt + ".derived");
                        }
                    }
                    indicators.add(indicator);
                }
                risks.add(new RiskData(limited(text(risk, "number", rAt + ".number", true), Risk.NUMBER_MAX, rAt + ".number"),
                        limited(text(risk, "qualityArea", rAt + ".qualityArea", false), Risk.TITLE_MAX, rAt + ".qualityArea"),
                        limited(text(risk, "title", rAt + ".title", true), Risk.TITLE_MAX, rAt + ".title"),
                        limited(text(risk, "description", rAt + ".description", false), Risk.TEXT_MAX, rAt + ".description"),
                        stated, measures, indicators));
            }
            goals.add(new Goal(limited(text(goal, "title", gAt + ".title", true), LocalGoal.TITLE_MAX, gAt + ".title"),
                    limited(text(goal, "focusArea", gAt + ".focusArea", false), LocalGoal.TEXT_MAX, gAt + ".focusArea"), risks));
        }
        for (int i = 0; i < ratios.size(); i++) {
            for (String part : ratios.get(i)) {
                if (!keys.contains(part)) {
                    throw problem("localplan.import.unknownKey", ratioPlaces.get(i), part);
                }
            }
        }
        // A ratio computed from itself, directly or through other ratios, is refused where it is written.
        for (var ratio : ratioPlaceByKey.entrySet()) {
            for (String part : partsByKey.get(ratio.getKey())) {
                if (RatioDerivation.reaches(part, ratio.getKey(), k -> partsByKey.getOrDefault(k, List.of()))) {
                    throw InvalidInputRefusal.atField(ratio.getValue(), "localplan.import.ratioCycle", ratio.getValue(), ratio.getKey());
                }
            }
        }
        return goals;
    }

    private static IndicatorData indicator(JsonObject row, String at) {
        String unitText = text(row, "unit", at + ".unit", true);
        IndicatorUnit unit = switch (unitText) {
            case "percent" -> IndicatorUnit.PERCENT;
            case "count" -> IndicatorUnit.COUNT;
            case "sek" -> IndicatorUnit.SEK;
            case "days" -> IndicatorUnit.DAYS;
            default -> throw problem("localplan.import.notUnit", at + ".unit", unitText);
        };
        String[] ratioOf = null;
        String derived = text(row, "derived", at + ".derived", false);
        if (derived != null) {
            String[] parts = derived.split("/");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw problem("localplan.import.notRatio", at + ".derived", derived);
            }
            ratioOf = new String[] {parts[0].strip(), parts[1].strip()};
        }
        java.util.Map<String, BigDecimal> values = new java.util.TreeMap<>();
        if (row.containsKey("values")) {
            if (row.get("values").getValueType() != JsonValue.ValueType.OBJECT) {
                throw problem("localplan.import.missingObject", at + ".values");
            }
            for (var entry : row.getJsonObject("values").entrySet()) {
                String vAt = at + ".values." + entry.getKey();
                if (!Periodicity.MONTH.accepts(entry.getKey()) && !Periodicity.TERTIAL.accepts(entry.getKey())
                        && !Periodicity.YEAR.accepts(entry.getKey())) {
                    throw problem("localplan.import.notPeriod", vAt, entry.getKey());
                }
                JsonValue v = entry.getValue();
                if (v.getValueType() == JsonValue.ValueType.NULL) {
                    values.put(entry.getKey(), null);
                } else if (v.getValueType() == JsonValue.ValueType.NUMBER) {
                    values.put(entry.getKey(), decimal((JsonNumber) v, unit.valueRule(), vAt)); // the unit's rule, as Indicator.record
                } else {
                    throw problem("localplan.import.notNumber", vAt);
                }
            }
        }
        Periodicity periodicity = values.keySet().stream().allMatch(Periodicity.MONTH::accepts) ? Periodicity.MONTH
                : values.keySet().stream().allMatch(Periodicity.TERTIAL::accepts) ? Periodicity.TERTIAL
                : values.keySet().stream().allMatch(Periodicity.YEAR::accepts) ? Periodicity.YEAR : null;
        if (periodicity == null) {
            throw problem("localplan.import.mixedPeriods", at + ".values");
        }
        JsonValue baseline = row.get("baseline");
        if (baseline != null && baseline.getValueType() != JsonValue.ValueType.NUMBER
                && baseline.getValueType() != JsonValue.ValueType.NULL) {
            throw problem("localplan.import.notNumber", at + ".baseline");
        }
        return new IndicatorData(text(row, "key", at + ".key", false),
                limited(text(row, "name", at + ".name", true), Indicator.NAME_MAX, at + ".name"), unit, periodicity,
                baseline == null || baseline.getValueType() == JsonValue.ValueType.NULL ? null
                        : decimal((JsonNumber) baseline, unit.valueRule(), at + ".baseline"),
                limited(text(row, "note", at + ".note", false), Indicator.NOTE_MAX, at + ".note"), ratioOf, values);
    }

    private static JsonArray array(JsonObject in, String key, String at) {
        if (!in.containsKey(key) || in.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
            throw problem("localplan.import.missingList", at);
        }
        return in.getJsonArray(key);
    }

    private static JsonObject element(JsonArray array, int index, String at) {
        if (array.get(index).getValueType() != JsonValue.ValueType.OBJECT) {
            throw problem("localplan.import.notAnObject", at);
        }
        return array.getJsonObject(index);
    }

    private static String text(JsonObject in, String key, String at, boolean required) {
        JsonValue value = in.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw problem("localplan.import.missingText", at);
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw problem("localplan.import.notText", at);
        }
        String text = ((JsonString) value).getString().strip();
        if (required && text.isEmpty()) {
            throw problem("localplan.import.missingText", at);
        }
        return text.isEmpty() ? null : text;
    }

    private static String limited(String text, int max, String at) {
        if (text != null && text.length() > max) {
            throw problem("localplan.import.tooLong", at, String.valueOf(max));
        }
        return text;
    }

    private static List<String> texts(JsonObject in, String key, String at) {
        JsonValue value = in.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw problem("localplan.import.notTextList", at);
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                throw problem("localplan.import.notTextList", at);
            }
            texts.add(((JsonString) item).getString());
        }
        return texts;
    }

    private static LocalDate date(JsonObject in, String key, String at) {
        String text = text(in, key, at, false);
        try {
            LocalDate date = text == null ? null : LocalDate.parse(text);
            if (date != null && (date.getYear() < CalendarDate.FIRST_YEAR || date.getYear() > CalendarDate.LAST_YEAR)) {
                throw problem("localplan.import.notDate", at, text);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw problem("localplan.import.notDate", at, text);
        }
    }

    /** An amount of whole kronor within the column's rule (non-negative, at most 999 999 999 999 kr). */
    private static Long amount(JsonObject in, String key, String at, NumberRule rule) {
        JsonValue value = in.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw problem("localplan.import.notWholeNumber", at);
        }
        return decimal((JsonNumber) value, rule, at).longValueExact();
    }

    /**
     * A number of the file checked against its column's rule ({@link SwedishNumbers#requireWithin}),
     * judged by its value (1e7 is ten million); the rule's refusal is worded for a file, naming
     * where in the file the number is.
     */
    private static BigDecimal decimal(JsonNumber number, NumberRule rule, String at) {
        try {
            return SwedishNumbers.requireWithin(number.bigDecimalValue(), rule, at);
        } catch (InvalidInputRefusal refused) {
            List<String> arguments = refused.getArguments();
            throw switch (refused.getMessageKey()) {
                case SwedishNumbers.NEGATIVE -> InvalidInputRefusal.atField(at, "localplan.import.negative", at);
                case SwedishNumbers.NOT_WHOLE -> InvalidInputRefusal.atField(at, "localplan.import.notWholeNumber", at);
                case SwedishNumbers.TOO_MANY_DECIMALS ->
                    InvalidInputRefusal.atField(at, "localplan.import.tooManyDecimals", at, arguments.get(1));
                case SwedishNumbers.TOO_LARGE -> InvalidInputRefusal.atField(at, "localplan.import.numberTooLarge", at, arguments.get(1));
                default -> InvalidInputRefusal.atField(at, "localplan.import.notNumber", at);
            };
        }
    }

    private static Long wholeNumber(JsonObject in, String key, String at) {
        JsonValue value = in.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw problem("localplan.import.notWholeNumber", at);
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw problem("localplan.import.notWholeNumber", at);
        }
    }

    private static InvalidInputRefusal problem(String key, String... arguments) {
        return new InvalidInputRefusal(key, (Object[]) arguments);
    }
}
