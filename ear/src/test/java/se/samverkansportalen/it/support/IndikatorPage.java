package se.samverkansportalen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a kommun's editor does on the Indikator page and the local plans' import, through the API:
 * read in Nacka's risk-based plan under a title of the test's own, and save one month's value of an
 * indicator (the indicator as it stands, with that month's value).
 */
public final class IndikatorPage {

    /** One of Nacka's monthly jourhem counts, linked to a risk measure of the plan. */
    public static final String LONG_PLACEMENTS =
            "Antal placeringar i jourhem inkl. tillfällig placering i nätverkshem som pågått mer än 6 månader";

    private IndikatorPage() {
    }

    /** Reads Nacka's 2020 plan in for the caller's kommun under {@code title}; gives the new plan's id. */
    public static long importNacka(PortalApi editor, String title) throws IOException {
        try (InputStream in = IndikatorPage.class.getClassLoader().getResourceAsStream("seed/local-plan-risks-nacka-2020.json")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String titled = file.replace("\"title\": \"Åtgärdsplan 2020 barn- och familjeenheten\"", "\"title\": \"" + title + "\"");
            assertThat(titled).as("the plan's title replaced").isNotEqualTo(file);
            PortalApi.Answer imported = editor.postText("lokala-planer/import", titled);
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            return imported.object().getJsonNumber("id").longValue();
        }
    }

    /** Saves the month's value of the plan's indicator as its Indikator page does, and checks it is stored. */
    public static void saveValue(PortalApi editor, long plan, String indicatorName, String month, int value) {
        JsonObject indicator = editor.get("lokala-planer/" + plan).object().getJsonArray("indicators").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("name").equals(indicatorName)).findFirst().orElseThrow();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (JsonObject reading : indicator.getJsonArray("readings").getValuesAs(JsonObject.class)) {
            if (reading.getString("period").equals(month)) {
                continue;
            }
            JsonObjectBuilder row = Json.createObjectBuilder().add("period", reading.getString("period"));
            if (reading.containsKey("value") && !reading.isNull("value")) {
                row.add("value", reading.getJsonNumber("value"));
            } else {
                row.add("missing", true);
            }
            rows.add(row);
        }
        rows.add(Json.createObjectBuilder().add("period", month).add("value", value));
        JsonObjectBuilder body = Json.createObjectBuilder().add("id", indicator.getJsonNumber("id"))
                .add("lockVersion", indicator.getInt("lockVersion")).add("name", indicatorName).add("unit", indicator.getString("unit"))
                .add("periodicity", indicator.getString("periodicity")).add("rows", rows);
        for (String optional : List.of("direction", "baseline", "target", "note")) {
            if (indicator.containsKey(optional) && !indicator.isNull(optional)) {
                body.add(optional, indicator.get(optional));
            }
        }
        PortalApi.Answer saved = editor.post("lokala-planer/" + plan + "/indikatorer", body.build());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(stored(plan, indicatorName, month)).containsExactly(value + ".00");
    }

    /** The stored value of the plan's indicator for the month ("7.00"), or nothing when none is stored. */
    public static List<String> stored(long plan, String indicatorName, String month) {
        return TestDatabase.column("SELECT v.measured_value FROM local_indicator_value v JOIN local_indicator i ON i.id = v.indicator_id "
                + "WHERE i.plan_id = ? AND i.name = ? AND v.period = ?", plan, indicatorName, month);
    }
}
