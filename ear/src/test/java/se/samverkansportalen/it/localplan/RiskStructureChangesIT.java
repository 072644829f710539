package se.samverkansportalen.it.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Umeå's socialchef keeps a risk-based plan up to date: renames a goal, renumbers a risk, removes a
 * risk that no longer applies and then the goal left empty. A change made from a stale read is a
 * conflict; a goal that still holds risks is not removed with them; a removed risk's indicator and
 * its values stay with the plan; another kommun cannot touch any of it; every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class RiskStructureChangesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void goals_and_risks_are_changed_and_removed_without_losing_what_was_measured() {
        PortalApi umea = PortalApi.as("socialchef.umea");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = """
                {"kommun": {"code": "2480", "name": "Umeå"},
                 "plan": {"shape": "risk-based", "title": "Riskplanen ändras %s", "goals": [
                   {"title": "Trygg vård", "risks": [
                     {"number": "1.1", "title": "Kontinuitet", "measures": [{"title": "Fast handläggare"}],
                      "indicators": [{"name": "Byten av handläggare %s", "unit": "count", "values": {"2027-01": 7, "2027-02": 9}}]},
                     {"number": "1.2", "title": "Väntetider", "measures": []}]},
                   {"title": "Delaktighet", "risks": []}]}}
                """.formatted(tag, tag);
        JsonObject plan = umea.postText("lokala-planer/import", file).object();
        long planId = plan.getJsonNumber("id").longValue();
        JsonObject safeCare = plan.getJsonArray("goals").getJsonObject(0);
        long safeCareId = id(safeCare);
        long participationId = id(plan.getJsonArray("goals").getJsonObject(1));
        long continuity = id(safeCare.getJsonArray("risks").getJsonObject(0));
        JsonObject waiting = safeCare.getJsonArray("risks").getJsonObject(1);
        String base = "lokala-planer/" + planId;

        // A goal renamed with the version it was read at; the same stale version again is a conflict.
        JsonObject rename = Json.createObjectBuilder().add("title", "Trygg och säker vård").add("focusArea", "Hela enheten")
                .add("lockVersion", safeCare.getInt("lockVersion")).build();
        JsonObject renamed = umea.put(base + "/mal/" + safeCareId, rename).object();
        assertThat(renamed.getJsonArray("goals").getJsonObject(0).getString("title")).isEqualTo("Trygg och säker vård");
        PortalApi.Answer stale = umea.put(base + "/mal/" + safeCareId, Json.createObjectBuilder(rename).add("title", "Gammal läsning").build());
        assertThat(stale.status()).as("a change from a stale read").isEqualTo(409);
        assertThat(title(umea, planId)).isEqualTo("Trygg och säker vård");
        assertThat(umea.put(base + "/mal/" + safeCareId, Json.createObjectBuilder().add("title", "Utan version").build()).status())
                .as("a change without the version it was read at").isEqualTo(400);

        // A risk renumbered: not onto a number the plan has, not with a personnummer in its text.
        JsonObject renumber = Json.createObjectBuilder().add("number", "1.1").add("title", "Väntetider")
                .add("lockVersion", waiting.getInt("lockVersion")).build();
        PortalApi.Answer taken = umea.put(base + "/risker/" + id(waiting), renumber);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.object().getString("message")).contains("1.1");
        assertThat(umea.put(base + "/risker/" + id(waiting), Json.createObjectBuilder(renumber).add("number", "1.3")
                .add("description", "Gäller 19121212-1212").build()).status()).as("a personnummer in the description").isEqualTo(400);
        JsonObject renumbered = umea.put(base + "/risker/" + id(waiting), Json.createObjectBuilder(renumber).add("number", "1.3")
                .add("qualityArea", "Tillgänglighet").build()).object();
        assertThat(renumbered.getJsonArray("goals").getJsonObject(0).getJsonArray("risks").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("number")).containsExactly("1.1", "1.3");

        // Another kommun is answered as if none of it existed.
        PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
        assertThat(skelleftea.delete(base + "/risker/" + continuity).status()).isEqualTo(404);
        assertThat(skelleftea.put(base + "/mal/" + safeCareId, rename).status()).isEqualTo(404);

        // A goal holding risks is not removed with them.
        PortalApi.Answer holding = umea.delete(base + "/mal/" + safeCareId);
        assertThat(holding.status()).isEqualTo(400);
        assertThat(holding.object().getString("message")).contains("har risker");

        // The risk removed: its measures and assessments go, its indicator and values stay with the plan.
        assertThat(plan.getJsonArray("indicators").getValuesAs(JsonObject.class)).filteredOn(i -> i.getString("name").endsWith(tag))
                .extracting(i -> i.getString("riskNumber")).as("read in as the risk's indicator").containsExactly("1.1");
        long measuresBefore = count("SELECT COUNT(*) FROM local_risk_measure WHERE risk_id = ?", continuity);
        assertThat(measuresBefore).isEqualTo(1);
        JsonObject afterRemoval = umea.delete(base + "/risker/" + continuity).object();
        assertThat(afterRemoval.getJsonArray("goals").getJsonObject(0).getJsonArray("risks").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("number")).containsExactly("1.3");
        assertThat(count("SELECT COUNT(*) FROM local_risk_measure WHERE risk_id = ?", continuity)).isZero();
        JsonObject indicator = afterRemoval.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("name").endsWith(tag)).findFirst().orElseThrow();
        assertThat(!indicator.containsKey("riskNumber") || indicator.isNull("riskNumber")).as("the indicator is the plan's as a whole").isTrue();
        assertThat(indicator.getJsonArray("readings").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("period") + "=" + r.getJsonNumber("value").intValue())
                .containsExactly("2027-01=7", "2027-02=9");

        // The empty goal goes; the one whose risk was renumbered goes after its last risk.
        assertThat(umea.delete(base + "/mal/" + participationId).status()).isEqualTo(200);
        assertThat(umea.delete(base + "/mal/" + safeCareId).status()).isEqualTo(400);
        assertThat(umea.delete(base + "/risker/" + id(waiting)).status()).isEqualTo(200);
        assertThat(umea.delete(base + "/mal/" + safeCareId).object().getJsonArray("goals")).isEmpty();

        List<String> audited = TestDatabase.column("SELECT CONCAT(action, ' ', item_type, ' ', COALESCE(field, '')) FROM audit_entry "
                + "WHERE (item_type = 'LOCAL_GOAL' AND item_key IN (?, ?)) OR (item_type = 'LOCAL_RISK' AND item_key IN (?, ?)) "
                + "ORDER BY id", "2480:" + safeCareId, "2480:" + participationId, "2480:" + continuity, "2480:" + id(waiting));
        assertThat(audited).contains("UPDATE LOCAL_GOAL title", "UPDATE LOCAL_RISK risk", "DELETE LOCAL_RISK ",
                "DELETE LOCAL_GOAL ");
        assertThat(audited.stream().filter(a -> a.startsWith("DELETE"))).hasSize(4);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String title(PortalApi api, long planId) {
        return api.get("lokala-planer/" + planId).object().getJsonArray("goals").getJsonObject(0).getString("title");
    }

    private static long count(String sql, Object... parameters) {
        return Long.parseLong(TestDatabase.column(sql, parameters).get(0));
    }
}
