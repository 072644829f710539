package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Skellefteå follows Nacka's jourhem indicators (in a plan of its own, read in from Nacka's file
 * under a title of this run): in its report for a tertial no one has opened before, it types the
 * first month's counts (3 long placements of 12), which are stored on the local plan's indicators
 * and give the share; Skellefteå sees its exact figures, while the LBU network and the region see
 * the small count, and the share built on it, only as "< 5". The period is closed at the end.
 * Real Keycloak tokens through the API.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIndicatorsIT {

    private static final String LONG = "Antal placeringar i jourhem inkl. tillfällig placering i nätverkshem som pågått mer än 6 månader";
    private static final String ALL = "Antal pågående placeringar i jourhem inkl. tillfällig placering i nätverkshem";
    private static final String SHARE = "Andel av pågående placeringar i jourhem som pågått mer än 6 mån";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
    private final String planTitle = TestRun.unique("Skellefteås jourhemsplan");
    private PeriodSlots.Slot slot;
    /** The tertial's first month ("2003-05"), the one Skellefteå types; the test calls it January. */
    private String january;
    private long periodId;

    /** Closes the test's period, so that it does not stay open and late for other tests' reminders. */
    @AfterEach
    void closeThePeriod() {
        if (periodId != 0) {
            PortalApi.as("samordnare").post("rapportperioder/" + periodId + "/stangning", jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    @Test
    void skelleftea_types_januarys_counts_in_its_report_and_others_see_the_small_one_as_under_five() throws IOException {
        Answer imported = skelleftea.postText("lokala-planer/import", nacka());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long plan = imported.object().getJsonNumber("id").longValue();
        slot = TestDatabase.freePeriod("TERTIAL");
        january = monthOf(slot, 0);
        Answer opened = PortalApi.as("samordnare").post("rapportperioder", Json.createObjectBuilder().add("kind", "TERTIAL")
                .add("year", slot.year()).add("number", slot.number()).add("deadline", slot.deadline().toString()).build());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        periodId = opened.object().getJsonNumber("id").longValue();
        String report = "rapporter/" + periodId;

        JsonObject draft = skelleftea.get(report).object();
        JsonObject jourhem = itemWith(draft, LONG);
        assertThat(jourhem.getJsonArray("indicators").getValuesAs(JsonObject.class)).filteredOn(v -> v.getString("name").equals(LONG))
                .extracting(v -> v.getString("period")).containsExactly(monthOf(slot, 0), monthOf(slot, 1), monthOf(slot, 2), monthOf(slot, 3));

        Answer negative = skelleftea.put(report, withValues(draft, Map.of(LONG, -1)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.object().getString("error")).isEqualTo("report.error.negativeValue");

        JsonObject saved = skelleftea.put(report, withValues(draft, Map.of(LONG, 3, ALL, 12))).object();
        assertThat(januaryOf(saved, LONG)).isEqualTo("3");
        assertThat(januaryOf(saved, SHARE)).as("3 of 12, computed").isEqualTo("25");
        assertThat(TestDatabase.column("SELECT v.measured_value FROM local_indicator_value v JOIN local_indicator i ON i.id = v.indicator_id "
                + "WHERE i.plan_id = ? AND i.name = ? AND v.period = ?", plan, LONG, january)).containsExactly("3.00");
        assertThat(readingOf(skelleftea.get("lokala-planer/" + plan).object(), LONG)).as("Skellefteå's own plan page").isEqualTo("3");

        JsonObject sent = skelleftea.post(report + "/inskickning", saved).object();
        assertThat(sent.getString("status")).isEqualTo("SUBMITTED");

        JsonObject reviewed = PortalApi.as("granskare.lbu").get("granskning/" + opened.object().getJsonNumber("id") + "/2482").object();
        assertThat(januaryOf(reviewed, LONG)).isEqualTo("< 5");
        assertThat(januaryOf(reviewed, SHARE)).as("a share of a small count tells as much").isEqualTo("< 5");
        assertThat(januaryOf(reviewed, ALL)).isEqualTo("12");
        assertThat(readingOf(PortalApi.as("samordnare").get("kommuner/2482/lokala-planer/" + plan).object(), LONG))
                .as("the region reading Skellefteå's plan").isEqualTo("< 5");

        PortalApi.Download own = skelleftea.download("rapport/export?format=pdf&period=" + periodId);
        assertThat(own.contentType()).isEqualTo("application/pdf");
        assertThat(tableRow(own.pdfText(), LONG)).as("Skellefteå's own PDF: the exact count").contains(january + " 3");
        PortalApi.Download reviewers = PortalApi.as("granskare.lbu").download("rapport/export?format=pdf&period=" + periodId + "&kommun=2482");
        String reviewersText = reviewers.pdfText();
        assertThat(reviewersText).contains("Uppföljning " + slot.code() + " – Skellefteå").contains("Sammanfattning");
        assertThat(tableRow(reviewersText, LONG)).as("the network's PDF withholds it").contains(january + " < 5").doesNotContain(january + " 3");
        assertThat(skelleftea.download("rapport/export?format=pdf&period=" + periodId + "&kommun=2480").status())
                .as("Skellefteå cannot download Umeå's report").isEqualTo(403);

        PortalApi.Download matrix = PortalApi.as("samordnare").download("rapport/export?format=xlsx&period=" + periodId);
        List<List<String>> rows = matrix.sheetRows();
        assertThat(rows.get(0).get(0)).isEqualTo("Kommun");
        assertThat(rows).as("a row per kommun besides the heading").hasSize(16)
                .anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("Skellefteå", "Inskickad"));
        assertThat(skelleftea.download("rapport/export?format=xlsx&period=" + periodId).status()).isEqualTo(403);
    }

    /** A month of the slot's tertial, from its first (0), as the portal writes months: "2003-05". */
    private static String monthOf(PeriodSlots.Slot slot, int n) {
        return slot.start().plusMonths(n).toString().substring(0, 7);
    }

    /** The PDF's text from the indicator's row onwards, on one line. */
    private static String tableRow(String pdfText, String indicator) {
        String flat = pdfText.replaceAll("\\s+", " ");
        String start = indicator.substring(0, 40);
        assertThat(flat).contains(start);
        return flat.substring(flat.indexOf(start));
    }

    /** The item of this test's plan that the indicator is linked to (items are labelled "<plan title>: ..."). */
    private JsonObject itemWith(JsonObject report, String indicator) {
        return report.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("label").startsWith(planTitle + ":"))
                .filter(i -> i.getJsonArray("indicators").getValuesAs(JsonObject.class).stream().anyMatch(v -> v.getString("name").equals(indicator)))
                .findFirst().orElseThrow();
    }

    /** January's value of an indicator as the answer gives it: the number, or "< 5" when withheld. */
    private String januaryOf(JsonObject report, String indicator) {
        JsonObject value = itemWith(report, indicator).getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("name").equals(indicator) && v.getString("period").equals(january)).findFirst().orElseThrow();
        if (value.getBoolean("suppressed")) {
            assertThat(value.containsKey("value")).as("a withheld value never leaves the server").isFalse();
            return "< 5";
        }
        return value.containsKey("value") ? value.getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString() : "";
    }

    private String readingOf(JsonObject plan, String indicator) {
        JsonObject reading = plan.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("name").equals(indicator)).findFirst().orElseThrow()
                .getJsonArray("readings").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("period").equals(january)).findFirst().orElseThrow();
        return reading.getBoolean("suppressed") ? "< 5" : reading.getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString();
    }

    /** The report sent back with January's value typed for the named indicators of this test's plan. */
    private JsonObject withValues(JsonObject report, Map<String, Integer> values) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (JsonObject item : report.getJsonArray("items").getValuesAs(JsonObject.class)) {
            JsonArrayBuilder typed = Json.createArrayBuilder();
            List<JsonObject> rows = item.getJsonArray("indicators").getValuesAs(JsonObject.class);
            for (JsonObject v : rows) {
                JsonObjectBuilder row = Json.createObjectBuilder().add("indicatorId", v.getJsonNumber("indicatorId"))
                        .add("period", v.getString("period"));
                if (item.getString("label").startsWith(planTitle + ":") && v.getString("period").equals(january)
                        && values.containsKey(v.getString("name"))) {
                    row.add("value", values.get(v.getString("name")));
                }
                typed.add(row);
            }
            items.add(se.samverkansportalen.it.support.ReportBodies.row(item).add("indicators", typed));
        }
        return Json.createObjectBuilder().add("lockVersion", report.getInt("lockVersion")).add("items", items).build();
    }

    /** Nacka's plan file, titled for this run. */
    private String nacka() throws IOException {
        try (InputStream in = ReportIndicatorsIT.class.getResourceAsStream("/seed/local-plan-risks-nacka-2020.json")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String titled = file.replace("\"title\": \"Åtgärdsplan 2020 barn- och familjeenheten\"", "\"title\": \"" + planTitle + "\"");
            assertThat(titled).as("the plan's title replaced").isNotEqualTo(file);
            return titled;
        }
    }
}
