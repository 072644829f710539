package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Umeå reports for a tertial: the report lists the regional plan's four aktiviteter done in each
 * kommun (as the Västerbotten seed file names them), a narrative with a child's personnummer is
 * refused and nothing is saved, a draft is saved and submitted and is then locked for Umeå; Skellefteå's report is its own; a closed period refuses
 * writes; a reviewer reads what Umeå said of an aktivitet in an earlier period. Each test opens
 * reporting periods no one has opened yet and closes them when it ends. Real Keycloak tokens
 * through the API.
 */
@ExtendWith(ArquillianExtension.class)
class KommunReportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi region = PortalApi.as("samordnare");
    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private final List<Long> openedHere = new ArrayList<>();

    /** Closes this test's periods, so that they do not stay open and late for other tests' reminders. */
    @AfterEach
    void closeThePeriodsThisTestOpened() {
        for (long period : openedHere) {
            Periods.close(period);
        }
    }

    @Test
    void umea_saves_a_draft_submits_and_is_then_locked_out_while_a_personnummer_is_never_stored() throws IOException {
        long period = open(TestDatabase.freePeriod("TERTIAL"));
        JsonObject report = umea.get("rapporter/" + period).object();
        assertThat(report.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("type").equals("REGIONAL_ACTIVITY")).map(i -> textOf(i.getString("label"))).toList())
                .as("the seed plan's aktiviteter done in each kommun, each once")
                .containsExactlyInAnyOrderElementsOf(perKommunActivitiesOfTheSeedPlan());
        assertThat(report.getString("status")).isEqualTo("DRAFT");

        Answer refused = umea.put("rapporter/" + period, ReportBodies.withFirstItem(report, "GREEN", "Barnet 811218-9876 har fått stöd."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("error")).isEqualTo("report.error.personnummer");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM report_item i JOIN progress_report r ON r.id = i.report_id "
                + "WHERE r.period_id = ? AND i.narrative LIKE '%811218%'", period)).containsExactly("0");

        JsonObject saved = umea.put("rapporter/" + period, ReportBodies.withFirstItem(report, "GREEN", "Utbildningen är genomförd i två enheter.")).object();
        assertThat(saved.getJsonArray("items").getJsonObject(0).getString("narrative")).isEqualTo("Utbildningen är genomförd i två enheter.");
        JsonObject submitted = umea.post("rapporter/" + period + "/inskickning", saved).object();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getInt("submissions")).isEqualTo(1);

        Answer locked = umea.put("rapporter/" + period, ReportBodies.withFirstItem(submitted, "GREEN", "Ändrad i efterhand"));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.object().getString("error")).isEqualTo("report.error.locked");

        JsonObject skelleftea = PortalApi.as("socialchef.skelleftea").get("rapporter/" + period).object();
        assertThat(skelleftea.getJsonArray("items").getJsonObject(0).containsKey("narrative")).as("Skellefteå's own, empty report").isFalse();
        assertThat(TestDatabase.column("SELECT DISTINCT i.kommun_code FROM report_item i JOIN progress_report r ON r.id = i.report_id "
                + "WHERE r.period_id = ? ORDER BY i.kommun_code", period)).as("Skellefteå only looked: it has no report yet")
                .containsExactly("2480");
    }

    @Test
    void a_closed_period_refuses_writes_and_a_kommun_cannot_open_periods() {
        long period = open(TestDatabase.freePeriod("TERTIAL"));
        JsonObject report = umea.get("rapporter/" + period).object();
        assertThat(region.post("rapportperioder/" + period + "/stangning", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);

        Answer refused = umea.put("rapporter/" + period, ReportBodies.withFirstItem(report, "GREEN", "För sent"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.object().getString("error")).isEqualTo("report.error.periodClosed");
        PeriodSlots.Slot month = TestDatabase.freePeriod("MONTH");
        assertThat(umea.post("rapportperioder", Json.createObjectBuilder().add("kind", "MONTH").add("year", month.year())
                .add("number", month.number()).add("deadline", month.deadline().toString()).build()).status()).isEqualTo(403);
        assertThat(TestDatabase.freePeriod("MONTH")).as("Umeå opened nothing").isEqualTo(month);
    }

    @Test
    void only_the_kommuns_editors_write_its_report_and_only_a_submitted_report_is_reviewed() {
        long period = open(TestDatabase.freePeriod("MONTH"));
        JsonObject draft = umea.get("rapporter/" + period).object();
        PortalApi reviewer = PortalApi.as("granskare.lbu");
        assertThat(reviewer.put("rapporter/" + period, ReportBodies.withFirstItem(draft, "GREEN", "Skrivet av LBU")).status()).as("LBU writes no report").isEqualTo(403);
        assertThat(region.post("rapporter/" + period + "/inskickning", ReportBodies.withFirstItem(draft, "GREEN", "Skrivet av regionen")).status())
                .as("the region submits nothing").isEqualTo(403);
        assertThat(umea.post("granskning/" + period + "/2480/komplettering", Json.createObjectBuilder().add("comment", "Själv")
                .add("itemIds", Json.createArrayBuilder()).build()).status()).as("a kommun asks no completion").isEqualTo(403);
        assertThat(umea.put("rapporter/" + period, Json.createObjectBuilder().add("lockVersion", draft.getInt("lockVersion"))
                .add("items", Json.createArrayBuilder()).build()).status()).as("Umeå saves its draft unanswered").isEqualTo(200);

        Answer early = reviewer.post("granskning/" + period + "/2480/granskad", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.object().getString("error")).as("a draft is not reviewed").isEqualTo("report.error.notSubmitted");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM report_item i JOIN progress_report r ON r.id = i.report_id "
                + "WHERE r.period_id = ? AND i.narrative IS NOT NULL", period)).containsExactly("0");
        assertThat(TestDatabase.column("SELECT status FROM progress_report WHERE period_id = ?", period)).containsExactly("DRAFT");
    }

    /** The coordinator opens the slot's period for every kommun, with the slot's deadline. */
    private long open(PeriodSlots.Slot slot) {
        long id = Periods.open(slot);
        openedHere.add(id);
        return id;
    }

    /** An item's label is "Delmål 1.2, aktivitet 2: <the aktivitet's text>"; the text. */
    private static String textOf(String label) {
        return label.substring(label.indexOf(": ") + 2);
    }

    /** The texts of the aktiviteter marked per kommun in the Västerbotten seed file (four of them). */
    private static List<String> perKommunActivitiesOfTheSeedPlan() throws IOException {
        try (InputStream in = KommunReportIT.class.getResourceAsStream("/seed/vasterbotten-regional-plan.json");
                var reader = Json.createReader(in)) {
            List<String> texts = reader.readObject().getJsonArray("improvementAreas").getValuesAs(JsonObject.class).stream()
                    .flatMap(a -> a.getJsonArray("subGoals").getValuesAs(JsonObject.class).stream())
                    .flatMap(s -> s.getJsonArray("activities").getValuesAs(JsonObject.class).stream())
                    .filter(a -> a.getBoolean("perKommun", false)).map(a -> a.getString("text")).toList();
            assertThat(texts).as("the seed file as read").hasSize(4);
            return texts;
        }
    }


    @Test
    void the_lbu_network_asks_umea_to_complete_one_item_umea_resubmits_and_the_report_is_reviewed() {
        PeriodSlots.Slot earlierSlot = TestDatabase.freePeriod("TERTIAL");
        long earlier = open(earlierSlot);
        JsonObject earlierDraft = umea.get("rapporter/" + earlier).object();
        assertThat(umea.put("rapporter/" + earlier, ReportBodies.withFirstItem(earlierDraft, "GREEN", "Arbetet planeras.")).status()).isEqualTo(200);
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long period = open(slot);
        PortalApi reviewer = PortalApi.as("granskare.lbu");
        JsonObject draft = umea.get("rapporter/" + period).object();
        JsonObject sent = umea.post("rapporter/" + period + "/inskickning", ReportBodies.withFirstItem(draft, "GREEN", "Arbetet har startat.")).object();
        long firstItem = sent.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String umeaReport = "granskning/" + period + "/2480";

        assertThat(umea.post(umeaReport + "/granskad", JsonValue.EMPTY_JSON_OBJECT).status()).as("a kommun reviews nothing").isEqualTo(403);
        assertThat(region.post(umeaReport + "/granskad", JsonValue.EMPTY_JSON_OBJECT).status()).as("the region reads, LBU reviews").isEqualTo(403);
        assertThat(region.get("granskning/" + period).array().getValuesAs(JsonObject.class))
                .anySatisfy(k -> assertThat(k.getString("kommunName") + " " + k.getString("status", "")).isEqualTo("Umeå SUBMITTED"));

        JsonObject returned = reviewer.post(umeaReport + "/komplettering", Json.createObjectBuilder()
                .add("comment", "Beskriv vilka enheter som har börjat.").add("itemIds", Json.createArrayBuilder().add(firstItem))
                .build()).object();
        assertThat(returned.getString("status")).isEqualTo("COMPLETION_REQUESTED");

        JsonObject reopened = umea.get("rapporter/" + period).object();
        assertThat(reopened.getString("reviewComment")).isEqualTo("Beskriv vilka enheter som har börjat.");
        assertThat(reopened.getJsonArray("items").getJsonObject(0).getBoolean("returned")).isTrue();
        assertThat(reopened.getJsonArray("items").getJsonObject(1).getBoolean("returned")).isFalse();
        JsonObject resent = umea.post("rapporter/" + period + "/inskickning",
                ReportBodies.withFirstItem(reopened, "GREEN", "Arbetet har startat i två enheter: familjehem och mottagning.")).object();
        assertThat(resent.getInt("submissions")).isEqualTo(2);
        JsonObject underReview = reviewer.get(umeaReport).object();
        assertThat(underReview.getJsonArray("items").getJsonObject(0).getBoolean("changedSinceLastSubmission")).isTrue();
        assertThat(underReview.getJsonArray("items").getJsonObject(1).getBoolean("changedSinceLastSubmission")).isFalse();
        assertThat(TestDatabase.column("SELECT content FROM report_submission s JOIN progress_report r ON r.id = s.report_id "
                + "WHERE r.period_id = ? AND s.number = 1", period).get(0))
                .as("the first submission stays as it was sent").contains("Arbetet har startat.").doesNotContain("mottagning");

        JsonObject reviewed = reviewer.post(umeaReport + "/granskad", JsonValue.EMPTY_JSON_OBJECT).object();
        assertThat(reviewed.getString("status")).isEqualTo("REVIEWED");
        assertThat(reviewer.post(umeaReport + "/granskad", JsonValue.EMPTY_JSON_OBJECT).status()).as("reviewed once").isEqualTo(409);
        assertThat(TestDatabase.column("SELECT new_value FROM audit_entry WHERE item_key = ? AND field = 'status' ORDER BY id",
                "2480:" + slot.code())).containsExactly("SUBMITTED", "COMPLETION_REQUESTED", "SUBMITTED", "REVIEWED");
        assertThat(sent.getString("status")).isEqualTo("SUBMITTED");

        String activity = TestDatabase.column("SELECT item_key FROM report_item WHERE id = ?", firstItem).get(0);
        JsonObject cell = reviewer.get(umeaReport + "/punkter/" + activity).object();
        assertThat(cell.getJsonArray("submissions").getValuesAs(JsonObject.class)).as("the cell's history: both submissions")
                .extracting(a -> a.getInt("submission") + " " + a.getString("narrative"))
                .containsExactly("1 Arbetet har startat.", "2 Arbetet har startat i två enheter: familjehem och mottagning.");
        assertThat(cell.getJsonArray("earlierPeriods").getValuesAs(JsonObject.class))
                .as("what Umeå said of the aktivitet in the earlier tertial, and nothing of this one")
                .extracting(a -> a.getString("periodCode") + " " + a.getString("narrative", ""))
                .contains(earlierSlot.code() + " Arbetet planeras.")
                .noneSatisfy(answer -> assertThat(answer).startsWith(slot.code() + " "));
        assertThat(umea.get(umeaReport + "/punkter/" + activity).status()).as("the matrix is the network's and the region's").isEqualTo(403);

        JsonObject trend = region.get("trend/" + activity).object();
        int column = trend.getJsonArray("periods").getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).toList()
                .indexOf(slot.code());
        JsonObject umeaRow = trend.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kommunName").equals("Umeå")).findFirst().orElseThrow();
        assertThat(umeaRow.getJsonArray("cells").getJsonObject(column).getString("light")).isEqualTo("GREEN");
        assertThat(trend.getJsonArray("rows")).as("every kommun has a row").hasSize(15);
    }
}
