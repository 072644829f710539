package se.samverkansportalen.service.quality;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.domain.quality.QualityReport;
import se.samverkansportalen.domain.quality.QualitySection;
import se.samverkansportalen.domain.quality.SectionKind;

/**
 * Reads a kvalitetsberättelse of the seed files' shape ({@code quality-report-uppsala-2024.json})
 * into a berättelse, exactly: its sections in order with their keys, titles and kinds; their
 * figures (a figure's year, value, how the source limited it and whether it is approximate); their
 * lists (principles, notes, the most frequent kinds and cause areas of avvikelser, items per
 * avdelning with their follow-up); the controls of the egenkontroll with their control areas,
 * workstreams and starting points; and the changes to the risk register, as figures of the year
 * they are given for. A control for every avdelning ({@code "all"}) is marked as such, not named.
 *
 * <p>The seed's transcriber wrote some of its prose in English paraphrase (notes, how a control
 * was done and its result, follow-ups). The seed file is kept as it is, the source; its Swedish
 * renderings are a file beside it ({@code quality-report-uppsala-2024.sv.json}, read by
 * {@link #renderings}), one per English string of the seed, and the berättelse is read with them.
 * Rendered where a rendering is given: list entries (their words and follow-ups), how a control
 * was done, its result, workstreams and starting points, and a figure's limitation. Never rendered:
 * keys, section titles, figure names and values, control names, avdelningar and control areas,
 * the source's own words.
 * The file is the portal's own (a seed), so a file that is not of this shape is a defect.
 */
public final class QualityReportFile {

    /** How the seed names a control for every avdelning. */
    static final String ALL_DEPARTMENTS = "all";
    static final String RISKS_REMOVED = "Risker borttagna ur riskregistret";
    static final String RISKS_PROPOSED = "Nya risker föreslagna till riskregistret";
    static final String RISKS_REVALUED = "Risker omvärderade";

    private QualityReportFile() {
    }

    /** What the file says: the berättelse, the kommun it comes from and its source. */
    public record Contents(QualityReport report, String sourceKommun, String sourceLabel) {
    }

    /** The file's berättelse as its strings are written in it, with no Swedish renderings (the seed's own words). */
    public static Contents read(byte[] file) {
        return read(file, Map.of());
    }

    /**
     * The file's berättelse with the Swedish renderings of its English paraphrases ({@code swedish}:
     * a string of the file, exactly as written there, to its Swedish rendering; see {@link #renderings}).
     * A string without a rendering is read as it is.
     */
    public static Contents read(byte[] file, Map<String, String> swedish) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(file))) {
            json = reader.readObject();
        }
        UnaryOperator<String> prose = text -> text == null ? null : swedish.getOrDefault(text, text);
        QualityReport report = new QualityReport(json.getInt("year"));
        String signedBy = json.containsKey("signedBy") ? json.getJsonObject("signedBy").getString("role", null) : null;
        report.describe(signedBy, strings(json, "departments", UnaryOperator.identity()));
        String source = json.getString("source", null);
        if (source != null) {
            source = source.replace(" (public document)", "").strip();
        }
        for (JsonObject s : json.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            QualitySection section = report.addSection(s.getString("key"), kind(s.getString("kind")), s.getString("title", null));
            entries(section, s, "principles", EntryList.PRINCIPLES, prose);
            entries(section, s, "notes", EntryList.NOTES, prose);
            entries(section, s, "mostFrequentTypes", EntryList.FREQUENT_TYPES, prose);
            entries(section, s, "mostFrequentCauseAreas", EntryList.FREQUENT_CAUSE_AREAS, prose);
            entries(section, s, "items", EntryList.ITEMS, prose);
            if (s.containsKey("figures")) {
                for (JsonObject f : s.getJsonArray("figures").getValuesAs(JsonObject.class)) {
                    section.addFigure(f.getString("name"), unit(f.getString("unit", "count")),
                            f.containsKey("year") ? f.getInt("year") : null, decimal(f.get("value")), prose.apply(f.getString("periodNote", null)),
                            f.getBoolean("approximate", false), null);
                }
            }
            s.keySet().stream().filter(k -> k.matches("changes\\d{4}")).forEach(k -> registerChanges(section, s.getJsonObject(k),
                    Integer.parseInt(k.substring("changes".length())), prose));
            if (s.containsKey("inspections")) {
                for (JsonObject i : s.getJsonArray("inspections").getValuesAs(JsonObject.class)) {
                    String department = i.getString("department", null);
                    boolean all = ALL_DEPARTMENTS.equals(department);
                    section.addInspection(i.getString("name"), all ? null : department, all,
                            prose.apply(i.getString("method", null)), prose.apply(i.getString("result", null)),
                            strings(i, "controlAreas", UnaryOperator.identity()), strings(i, "workstreams", prose),
                            strings(i, "controlStartingPoints", prose));
                }
            }
        }
        String kommun = json.containsKey("kommun") ? json.getJsonObject("kommun").getString("name", null) : null;
        return new Contents(report, kommun, source);
    }

    /**
     * The Swedish renderings of a seed file's English paraphrases, from the file beside it: a JSON
     * object whose {@code renderings} map each English string of the seed, exactly as written
     * there, to its Swedish rendering.
     */
    public static Map<String, String> renderings(byte[] file) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(file))) {
            json = reader.readObject();
        }
        Map<String, String> renderings = new LinkedHashMap<>();
        json.getJsonObject("renderings").forEach((english, swedish) -> renderings.put(english, ((JsonString) swedish).getString()));
        return Map.copyOf(renderings);
    }

    /** The changes to the risk register in a year: counts as figures of that year, a word ("some") as a note, rendered. */
    private static void registerChanges(QualitySection section, JsonObject changes, int year, UnaryOperator<String> prose) {
        if (changes.get("risksRemoved") instanceof JsonNumber n) {
            section.addFigure(RISKS_REMOVED, IndicatorUnit.COUNT, year, n.bigDecimalValue(), null, false, null);
        }
        if (changes.get("risksProposedNew") instanceof JsonNumber n) {
            section.addFigure(RISKS_PROPOSED, IndicatorUnit.COUNT, year, n.bigDecimalValue(), null, false, null);
        }
        if (changes.get("revalued") instanceof JsonNumber n) {
            section.addFigure(RISKS_REVALUED, IndicatorUnit.COUNT, year, n.bigDecimalValue(), null, false, null);
        } else if (changes.get("revalued") instanceof JsonString word) {
            section.addEntry(EntryList.NOTES, null, RISKS_REVALUED + " " + year + ": " + prose.apply(word.getString()), null);
        }
    }

    private static void entries(QualitySection section, JsonObject s, String key, EntryList list, UnaryOperator<String> prose) {
        if (!s.containsKey(key)) {
            return;
        }
        for (JsonValue v : s.getJsonArray(key)) {
            if (v instanceof JsonString text) {
                section.addEntry(list, null, prose.apply(text.getString()), null);
            } else {
                JsonObject item = v.asJsonObject();
                section.addEntry(list, item.getString("department", null), prose.apply(item.getString("name")),
                        prose.apply(item.getString("followUp", null)));
            }
        }
    }

    private static List<String> strings(JsonObject json, String key, UnaryOperator<String> rendering) {
        JsonArray array = json.containsKey(key) ? json.getJsonArray(key) : null;
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).map(rendering).toList();
    }

    private static BigDecimal decimal(JsonValue value) {
        return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static IndicatorUnit unit(String unit) {
        return switch (unit) {
            case "count" -> IndicatorUnit.COUNT;
            case "percent" -> IndicatorUnit.PERCENT;
            case "sek" -> IndicatorUnit.SEK;
            case "days" -> IndicatorUnit.DAYS;
            default -> throw new IllegalArgumentException("Unknown unit " + unit);
        };
    }

    private static SectionKind kind(String kind) {
        return SectionKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
