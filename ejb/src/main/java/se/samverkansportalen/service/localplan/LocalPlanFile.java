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
import se.samverkansportalen.domain.localplan.LocalMeasure;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.service.plan.PlanEditException;

/**
 * Reads a local plan from a JSON file in the shape of the seed files (see the seed data's README):
 * {@code {"kommun": {...}, "plan": {"shape": "measures", "title": ..., "measures": [...]}}}. The
 * whole file is checked before anything is made of it; the first problem is reported with where
 * it is in the file ("plan.measures[3].costSek"), as a message key and its arguments.
 */
public final class LocalPlanFile {

    /** What the file holds, checked: the plan's details and its measures, in file order. */
    public record Contents(String sourceKommun, String title, String registrationNumber, LocalDate decidedOn,
            String decidedBy, Long budgetSek, List<String> objectives, List<String> focusAreas,
            List<Measure> measures) {

        /** A label naming where the plan comes from, e.g. "Exempel från Uppsala kommun (SCN-2015-0081)". */
        public String sourceLabel() {
            if (sourceKommun == null) {
                return null;
            }
            return "Exempel från " + sourceKommun + " kommun" + (registrationNumber == null ? "" : " (" + registrationNumber + ")");
        }

        public long totalCostSek() {
            return measures.stream().map(Measure::costSek).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
        }

        /** The plan as a new entity, for the kommun that persists it. */
        public LocalPlan toPlan(boolean labelSource) {
            LocalPlan plan = new LocalPlan(LocalPlanShape.MEASURES, title);
            plan.describe(title, registrationNumber, decidedOn, decidedBy,
                    decidedOn != null ? LocalPlanStatus.ADOPTED : LocalPlanStatus.DRAFT, budgetSek, objectives, focusAreas);
            if (labelSource) {
                plan.labelSource(sourceLabel());
            }
            for (Measure m : measures) {
                LocalMeasure measure = plan.addMeasure(m.number(), m.title());
                measure.revise(m.number(), m.title(), m.how(), m.result(), m.when(), m.costSek());
            }
            return plan;
        }
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
        }
        JsonObject plan = object(root, "plan", "plan");
        String shape = text(plan, "shape", "plan.shape", true);
        if ("risk-based".equals(shape)) {
            throw problem("localplan.import.shapeNotYet", shape);
        }
        if (!"measures".equals(shape)) {
            throw problem("localplan.import.unknownShape", shape);
        }
        String sourceKommun = root.containsKey("kommun") && root.get("kommun").getValueType() == JsonValue.ValueType.OBJECT
                ? text(root.getJsonObject("kommun"), "name", "kommun.name", false) : null;
        String title = limited(text(plan, "title", "plan.title", true), LocalPlan.TITLE_MAX, "plan.title");
        String registrationNumber = limited(text(plan, "registrationNumber", "plan.registrationNumber", false),
                LocalPlan.REGISTRATION_NUMBER_MAX, "plan.registrationNumber");
        LocalDate date = date(plan, "date", "plan.date");
        String decidedBy = limited(text(plan, "decidedBy", "plan.decidedBy", false), LocalPlan.DECIDED_BY_MAX, "plan.decidedBy");
        Long budget = amount(plan, "budgetSek", "plan.budgetSek");
        List<String> objectives = texts(plan, "objectives", "plan.objectives");
        List<String> focusAreas = texts(plan, "focusAreas", "plan.focusAreas");
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
                    date(row, "when", at + ".when"), amount(row, "costSek", at + ".costSek")));
        }
        return new Contents(sourceKommun, title, registrationNumber, date, decidedBy, budget, objectives, focusAreas,
                measures);
    }

    private static JsonObject object(JsonObject in, String key, String at) {
        if (!in.containsKey(key) || in.get(key).getValueType() != JsonValue.ValueType.OBJECT) {
            throw problem("localplan.import.missingObject", at);
        }
        return in.getJsonObject(key);
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
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem("localplan.import.notDate", at, text);
        }
    }

    private static Long amount(JsonObject in, String key, String at) {
        Long amount = wholeNumber(in, key, at);
        if (amount != null && amount < 0) {
            throw problem("localplan.import.negative", at);
        }
        return amount;
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

    private static PlanEditException problem(String key, String... arguments) {
        return new PlanEditException(key, arguments);
    }
}
