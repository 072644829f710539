package se.samverkansportalen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/**
 * A risk-based local plan file as a kommun reads it in ({@code POST lokala-planer/import}): a
 * fastställd plan (decided by Socialnämnden on a date) with one goal, "Trygg uppväxt", one risk
 * 1.1 with one measure, and the risk's indicators: counts (with a key, values per month and an
 * optional baseline) and shares computed from two of them. For tests that need a kommun's plan
 * with indicator values behind a report; the title is unique per run.
 */
public final class RiskBasedPlanFile {

    private final LocalDate decidedOn;
    private final String riskTitle;
    private final String measureTitle;
    private final JsonArrayBuilder indicators = Json.createArrayBuilder();

    private RiskBasedPlanFile(LocalDate decidedOn, String riskTitle, String measureTitle) {
        this.decidedOn = decidedOn;
        this.riskTitle = riskTitle;
        this.measureTitle = measureTitle;
    }

    /** A plan decided on the date, whose risk 1.1 (its title) has one measure (its title). */
    public static RiskBasedPlanFile decidedOn(LocalDate date, String riskTitle, String measureTitle) {
        return new RiskBasedPlanFile(date, riskTitle, measureTitle);
    }

    /**
     * Adds a count indicator of the risk.
     *
     * @param key              how a share names it ("placerade")
     * @param name             its name as shown
     * @param baseline         its baseline, or null for none
     * @param periodsAndValues month and whole value, alternating: "2001-01", 12, "2001-02", 20
     */
    public RiskBasedPlanFile count(String key, String name, Integer baseline, Object... periodsAndValues) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            values.add((String) periodsAndValues[i], (Integer) periodsAndValues[i + 1]);
        }
        JsonObjectBuilder indicator = Json.createObjectBuilder().add("key", key).add("name", name).add("unit", "count").add("values", values);
        if (baseline != null) {
            indicator.add("baseline", baseline);
        }
        indicators.add(indicator);
        return this;
    }

    /** Adds a share in percent computed from two counts by their keys ("placerade/insats"). */
    public RiskBasedPlanFile share(String name, String numeratorKey, String denominatorKey) {
        indicators.add(Json.createObjectBuilder().add("name", name).add("unit", "percent").add("derived", numeratorKey + "/" + denominatorKey));
        return this;
    }

    /** The file's JSON. */
    public JsonObject json() {
        return Json.createObjectBuilder()
                .add("plan", Json.createObjectBuilder().add("shape", "risk-based").add("title", TestRun.unique("Riskbaserad plan"))
                        .add("date", decidedOn.toString()).add("decidedBy", "Socialnämnden").add("measures", Json.createArrayBuilder())
                        .add("goals", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "Trygg uppväxt")
                                .add("risks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("number", "1.1")
                                        .add("title", riskTitle)
                                        .add("measures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", measureTitle)))
                                        .add("indicators", indicators))))))
                .build();
    }

    /** The kommun reads the file in; gives the plan as stored (asserting it was taken, fastställd). */
    public JsonObject readInBy(PortalApi kommun) {
        PortalApi.Answer imported = kommun.postText("lokala-planer/import", json().toString());
        assertThat(imported.status()).as(imported.body()).isIn(200, 201);
        assertThat(imported.object().getString("status")).isEqualTo("ADOPTED");
        return imported.object();
    }
}
