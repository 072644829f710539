package se.samverkansportalen.it.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;

/**
 * Umeå follows one risk through sixteen months and places it in a different cell of the 4x4
 * matrix each month: the level stored and shown for every cell is the one the Nacka legend gives
 * its score (green 1–3, yellow 4–6, red 8–16).
 */
@ExtendWith(ArquillianExtension.class)
class RiskMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void every_cell_of_the_matrix_is_stored_with_the_level_of_its_score() {
        PortalApi umea = PortalApi.as("socialchef.umea");
        String file = """
                {"kommun": {"code": "2480", "name": "Umeå"},
                 "plan": {"shape": "risk-based", "title": "Riskmatrisen prövas", "goals": [
                   {"title": "Trygg vård", "risks": [{"number": "1.1", "title": "Kontinuitet", "measures": []}]}]}}
                """;
        JsonObject plan = umea.postText("lokala-planer/import", file).object();
        long planId = plan.getJsonNumber("id").longValue();
        long risk = plan.getJsonArray("goals").getJsonObject(0).getJsonArray("risks").getJsonObject(0).getJsonNumber("id").longValue();

        Map<String, String> expected = new LinkedHashMap<>();
        int month = 0;
        for (int likelihood = 1; likelihood <= 4; likelihood++) {
            for (int severity = 1; severity <= 4; severity++) {
                String period = (2027 + month / 12) + "-" + String.format("%02d", month % 12 + 1);
                month++;
                int score = likelihood * severity;
                expected.put(period, likelihood + "×" + severity + " " + (score <= 3 ? "GREEN" : score <= 6 ? "YELLOW" : "RED"));
                assertThat(umea.put("lokala-planer/" + planId + "/risker/" + risk + "/bedomning", Json.createObjectBuilder()
                        .add("period", period).add("likelihood", likelihood).add("severity", severity).build()).status())
                        .isEqualTo(200);
            }
        }

        JsonObject stored = umea.get("lokala-planer/" + planId).object().getJsonArray("goals").getJsonObject(0)
                .getJsonArray("risks").getJsonObject(0);
        Map<String, String> actual = new LinkedHashMap<>();
        stored.getJsonArray("assessments").getValuesAs(JsonObject.class).forEach(a -> actual.put(a.getString("period"),
                a.getInt("likelihood") + "×" + a.getInt("severity") + " " + a.getString("level")));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(umea.put("lokala-planer/" + planId + "/risker/" + risk + "/bedomning", Json.createObjectBuilder()
                .add("period", "2027-01").add("likelihood", 5).add("severity", 1).build()).status())
                .as("a cell outside the matrix").isEqualTo(400);
    }
}
