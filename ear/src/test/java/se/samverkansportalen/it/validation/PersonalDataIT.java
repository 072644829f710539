package se.samverkansportalen.it.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * A personnummer typed or imported into any free text is refused with a message naming the
 * field, and is stored nowhere: not in the table, not in the audit trail. Umeå's socialchef tries
 * a local plan's title, a measure's Hur, an indicator's name and a plan file; the LBU reviewer a
 * komplettering comment. The numbers are written as people write them (with an en dash, a
 * no-break space, digit groups).
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");

    @Test
    void a_personnummer_in_a_local_plan_measure_or_indicator_is_refused_naming_the_field_and_stored_nowhere() throws Exception {
        long planId = umea.post("lokala-planer", plan("Plan för skolnärvaro")).object().getJsonNumber("id").longValue();
        long audit = count("audit_entry");
        String lastAudit = TestDatabase.column("SELECT COALESCE(MAX(id), 0) FROM audit_entry").get(0);

        Answer title = umea.post("lokala-planer", plan("Plan för barnet 080807–2391"));
        Answer how = umea.post("lokala-planer/" + planId + "/atgarder", Json.createObjectBuilder().add("title", "Samtal")
                .add("how", "Samtal med 19\u00a0080807-2391 varje vecka").build());
        Answer indicator = umea.post("lokala-planer/" + planId + "/indikatorer", Json.createObjectBuilder()
                .add("name", "Frånvaro för 08 08 07-2391").add("unit", "COUNT").add("periodicity", "YEAR").build());

        assertRefused(title, "title", "Titeln");
        assertRefused(how, "how", "Hur");
        assertRefused(indicator, "name", "Namnet");
        assertThat(count("audit_entry")).as("no audit row of a refused text").isEqualTo(audit);
        // Only rows written since this test began: a used database holds other tests' rows, and a
        // SHA-256 in an adoption's audit row once held "2391" by chance.
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE id > " + Long.parseLong(lastAudit)
                + " AND (new_value LIKE '%2391%' OR old_value LIKE '%2391%')")).containsExactly("0");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM local_plan WHERE title LIKE '%2391%'")).containsExactly("0");
    }

    @Test
    void a_plan_file_holding_a_personnummer_is_refused_whole() throws Exception {
        String file = Files.readString(Path.of("../ejb/src/main/resources/seed/local-plan-measures-uppsala-2015.json"));
        String withNumber = file.replaceFirst("\"title\": \"", "\"title\": \"Gäller 20080807-2391: ");
        assertThat(withNumber).isNotEqualTo(file);
        long plans = count("local_plan");

        Answer refused = umea.postText("lokala-planer/import", withNumber);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("message")).contains("personnummer");
        assertThat(count("local_plan")).isEqualTo(plans);
    }

    @Test
    void a_komplettering_comment_with_a_personnummer_is_refused_and_the_report_stays_submitted() {
        PortalApi region = PortalApi.as("samordnare");
        Answer opened = region.post("rapportperioder", Json.createObjectBuilder().add("kind", "MONTH").add("year", 2098)
                .add("number", 3).add("deadline", "2098-04-10").build());
        long period = opened.status() == 201 ? opened.object().getJsonNumber("id").longValue()
                : Long.parseLong(TestDatabase.column("SELECT id FROM reporting_period WHERE kind='MONTH' AND year=2098 AND number=3").get(0));
        JsonObject report = umea.get("rapporter/" + period).object();
        if (report.getString("status").equals("DRAFT")) {
            umea.post("rapporter/" + period + "/inskickning", report);
        }
        PortalApi reviewer = PortalApi.as("granskare.lbu");

        Answer refused = reviewer.post("granskning/" + period + "/2480/komplettering", Json.createObjectBuilder()
                .add("comment", "Beskriv insatsen för 200808072391.").add("itemIds", Json.createArrayBuilder()).build());

        assertRefused(refused, "comment", "Kommentaren");
        assertThat(umea.get("rapporter/" + period).object().getString("status")).isEqualTo("SUBMITTED");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM progress_report WHERE review_comment LIKE '%2391%'")).containsExactly("0");
    }

    private static void assertRefused(Answer answer, String field, String label) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.object().getString("error")).isEqualTo("input.personalData");
        assertThat(answer.object().getString("field")).isEqualTo(field);
        assertThat(answer.object().getString("message")).startsWith(label + " innehåller ett personnummer");
    }

    private static JsonObject plan(String title) {
        return Json.createObjectBuilder().add("shape", "MEASURES").add("status", "DRAFT").add("title", title).build();
    }

    private static long count(String table) {
        return Long.parseLong(TestDatabase.column("SELECT COUNT(*) FROM " + table).get(0));
    }
}
