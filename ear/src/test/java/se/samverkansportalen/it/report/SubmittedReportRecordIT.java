package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.RiskBasedPlanFile;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * A submitted report is a record. Umeå submits its report, the LBU network (Anders Holmgren) marks
 * it granskad, and Umeå then changes an indicator value on its Indikator page: the review (API and
 * page), Umeå's own report and both PDFs still show the value Umeå submitted, with the change beside it ("Ändrat efter
 * inlämning: 12 → 14, <today>"). And every komplettering round is kept: LBU asks twice with two
 * comments and returned items, Umeå answers twice, LBU marks it granskad; the review, Umeå's own
 * report, the matrix cell (API and pages), the PDF, the kept rounds and the audit trail all hold
 * both comments and the returned items, in order. Real Keycloak tokens through the API; each test
 * opens its own free period and brings its own plan.
 */
@ExtendWith(ArquillianExtension.class)
class SubmittedReportRecordIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private final PortalApi lbu = PortalApi.as("granskare.lbu");
    private final PortalApi region = PortalApi.as("samordnare");

    private final String placed = TestRun.unique("Antal familjehemsplacerade barn");
    private final String measure = TestRun.unique("Rekrytera fler familjehem");

    @Test
    void an_indicator_value_changed_after_granskad_is_shown_as_a_later_change_beside_the_submitted_value() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        String first = YearMonth.from(slot.start()).toString();
        String second = YearMonth.from(slot.start()).plusMonths(1).toString();
        String third = YearMonth.from(slot.start()).plusMonths(2).toString();
        long plan = umeaReadsInItsPlan(slot, first, second);
        long period = open(slot);
        String review = "granskning/" + period + "/2480";

        JsonObject report = umea.get("rapporter/" + period).object();
        Answer sent = umea.post("rapporter/" + period + "/inskickning", answered(report));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        Answer reviewed = lbu.post(review + "/granskad", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);

        JsonObject indicator = umea.get("lokala-planer/" + plan).object().getJsonArray("indicators").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("name").equals(placed)).findFirst().orElseThrow();
        Answer changed = umea.post("lokala-planer/" + plan + "/indikatorer", Json.createObjectBuilder()
                .add("id", indicator.getJsonNumber("id")).add("lockVersion", indicator.getInt("lockVersion")).add("name", placed)
                .add("unit", "COUNT").add("periodicity", "MONTH")
                .add("rows", Json.createArrayBuilder().add(row(first, 14)).add(row(second, 20)).add(row(third, 3))).build());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

        for (PortalApi reader : List.of(lbu, region)) {
            JsonObject read = reader.get(review).object();
            assertThat(read.getString("status")).isEqualTo("REVIEWED");
            JsonObject value = value(item(read), placed, first);
            assertThat(value.getJsonNumber("value").intValue()).as("the value Umeå submitted, not today's").isEqualTo(12);
            assertThat(value.getBoolean("changedAfterSubmission")).isTrue();
            assertThat(value.getJsonNumber("laterValue").intValue()).isEqualTo(14);
            assertThat(value.getString("changedOn")).isEqualTo(today);
            JsonObject missingWhenSent = value(item(read), placed, third);
            assertThat(missingWhenSent.getBoolean("suppressed")).as("submitted as missing: nothing to withhold").isFalse();
            assertThat(missingWhenSent.get("value")).isIn(null, JsonValue.NULL);
            assertThat(missingWhenSent.getBoolean("changedAfterSubmission")).isTrue();
            assertThat(missingWhenSent.getBoolean("laterSuppressed")).as("the 3 typed later is a small number").isTrue();
            JsonObject untouched = value(item(read), placed, second);
            assertThat(untouched.getJsonNumber("value").intValue()).isEqualTo(20);
            assertThat(untouched.getBoolean("changedAfterSubmission")).isFalse();
        }

        PortalApi.Download page = lbu.download("rapport/granska.xhtml?period=" + period + "&kommun=2480");
        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.content(), StandardCharsets.UTF_8)).contains("Ändrat efter inlämning: 12 → 14, " + today);
        String pdf = lbu.download("rapport/export?period=" + period + "&format=pdf&kommun=2480").pdfText().replaceAll("\\s+", " ");
        assertThat(pdf).as("the granskad report's PDF").contains("Ändrat efter inlämning: 12 -> 14, " + today);
        JsonObject own = umea.get("rapporter/" + period).object();
        assertThat(own.getString("status")).isEqualTo("REVIEWED");
        assertThat(value(item(own), placed, first).getJsonNumber("value").intValue()).as("Umeå's own granskad report").isEqualTo(12);
        assertThat(value(item(own), placed, first).getJsonNumber("laterValue").intValue()).isEqualTo(14);
        assertThat(umea.download("rapport/export?period=" + period + "&format=pdf").pdfText().replaceAll("\\s+", " "))
                .as("Umeå's own PDF").contains("Ändrat efter inlämning: 12 -> 14, " + today);
    }

    @Test
    void two_komplettering_rounds_and_their_answers_are_all_kept_and_shown_in_order_everywhere() {
        long period = openFreeMonth();
        String review = "granskning/" + period + "/2480";
        String firstComment = TestRun.unique("Beskriv vilka enheter som har börjat");
        String secondComment = TestRun.unique("Ange när de övriga enheterna börjar");

        JsonObject draft = umea.get("rapporter/" + period).object();
        Answer submitted = umea.post("rapporter/" + period + "/inskickning", ReportBodies.withFirstItem(draft, "GREEN", "Arbetet har startat."));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonObject firstItem = submitted.object().getJsonArray("items").getJsonObject(0);
        long itemId = firstItem.getJsonNumber("id").longValue();
        String label = firstItem.getString("label");
        Answer firstRound = lbu.post(review + "/komplettering", Json.createObjectBuilder().add("comment", firstComment)
                .add("itemIds", Json.createArrayBuilder().add(itemId)).build());
        assertThat(firstRound.status()).as(firstRound.body()).isEqualTo(200);
        assertThat(firstRound.body()).as("LBU sees its own comment after sending").contains(firstComment).contains(label);
        JsonObject reopened = umea.get("rapporter/" + period).object();
        assertThat(umea.post("rapporter/" + period + "/inskickning",
                ReportBodies.withFirstItem(reopened, "GREEN", "Arbetet har startat i två enheter.")).status()).isEqualTo(200);
        Answer secondRound = lbu.post(review + "/komplettering", Json.createObjectBuilder().add("comment", secondComment)
                .add("itemIds", Json.createArrayBuilder().add(itemId)).build());
        assertThat(secondRound.status()).as(secondRound.body()).isEqualTo(200);
        assertThat(secondRound.body()).as("the first round is still there").contains(firstComment).contains(secondComment);
        JsonObject again = umea.get("rapporter/" + period).object();
        assertThat(umea.post("rapporter/" + period + "/inskickning",
                ReportBodies.withFirstItem(again, "GREEN", "Alla enheter har börjat.")).status()).isEqualTo(200);
        assertThat(lbu.post(review + "/granskad", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);

        List<String> expected = List.of("SUBMITTED 1 Maria Lundgren", "COMPLETION_REQUESTED 1 Anders Holmgren " + firstComment + " [" + label + "]",
                "SUBMITTED 2 Maria Lundgren", "COMPLETION_REQUESTED 2 Anders Holmgren " + secondComment + " [" + label + "]",
                "SUBMITTED 3 Maria Lundgren", "REVIEWED 3 Anders Holmgren");
        assertThat(steps(lbu.get(review).object())).as("the review").containsExactlyElementsOf(expected);
        assertThat(steps(umea.get("rapporter/" + period).object())).as("Umeå's own report").containsExactlyElementsOf(expected);

        String activity = TestDatabase.column("SELECT i.item_key FROM report_item i WHERE i.id = ?", itemId).get(0);
        Answer cell = lbu.get(review + "/punkter/" + activity);
        assertThat(cell.status()).as(cell.body()).isEqualTo(200);
        assertThat(steps(cell.object())).as("the matrix cell").containsExactlyElementsOf(expected);

        for (String page : List.of("rapport/granska.xhtml?period=" + period + "&kommun=2480",
                "rapport/punkt.xhtml?period=" + period + "&kommun=2480&item=" + activity)) {
            String html = new String(lbu.download(page).content(), StandardCharsets.UTF_8);
            assertThat(html).as(page).contains(firstComment).contains(secondComment);
            // The review shows the latest comment above the history too; in the history, oldest first.
            String history = html.substring(html.indexOf("id=\"report-history\""));
            assertThat(history.indexOf(firstComment)).as(page + ": the history, in order").isNotNegative()
                    .isLessThan(history.indexOf(secondComment));
        }
        String umeasPage = new String(umea.download("rapport/rapport.xhtml?period=" + period).content(), StandardCharsets.UTF_8);
        assertThat(umeasPage).contains(firstComment).contains(secondComment);
        String pdf = lbu.download("rapport/export?period=" + period + "&format=pdf&kommun=2480").pdfText().replaceAll("\\s+", " ");
        assertThat(pdf).contains(firstComment).contains(secondComment).contains("Granskad (runda 3)");
        assertThat(pdf.indexOf(firstComment)).isLessThan(pdf.indexOf(secondComment));

        assertThat(TestDatabase.column("SELECT CONCAT(r.number, ' ', r.outcome, ' ', r.reviewer_name, ' ', IFNULL(r.comment, '-')) "
                + "FROM report_review_round r JOIN progress_report p ON p.id = r.report_id "
                + "WHERE p.period_id = ? AND p.kommun_code = '2480' ORDER BY r.number", period)).as("the kept rounds").containsExactly(
                        "1 COMPLETION_REQUESTED Anders Holmgren " + firstComment, "2 COMPLETION_REQUESTED Anders Holmgren " + secondComment,
                        "3 REVIEWED Anders Holmgren -");
        assertThat(TestDatabase.column("SELECT CONCAT(field, ' | ', IFNULL(old_value, 'null'), ' | ', new_value, ' | ', actor_username) "
                + "FROM audit_entry WHERE item_type = 'PROGRESS_REPORT' AND item_key = ? AND field <> 'status' ORDER BY id",
                "2480:" + draft.getString("periodCode"))).as("the audit trail").containsExactly(
                        "reviewComment | null | " + firstComment + " | granskare.lbu", "returnedItems | null | " + label + " | granskare.lbu",
                        "reviewComment | null | " + secondComment + " | granskare.lbu", "returnedItems | null | " + label + " | granskare.lbu");
    }

    /** A report's history as "KIND number by comment [returned labels]". */
    private static List<String> steps(JsonObject withHistory) {
        assertThat(withHistory.containsKey("history")).as("a history in " + withHistory).isTrue();
        return withHistory.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(s -> {
            String text = s.getString("kind") + " " + s.getInt("number") + " " + s.getString("by");
            if (s.getString("kind").equals("COMPLETION_REQUESTED")) {
                text += " " + s.getString("comment") + " " + s.getJsonArray("returned").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("label")).toList();
            }
            return text;
        }).toList();
    }

    /** Umeå reads in a fastställd risk-based plan: one risk, one measure and a count indicator of 12 and 20. */
    private long umeaReadsInItsPlan(PeriodSlots.Slot slot, String first, String second) {
        return RiskBasedPlanFile.decidedOn(slot.start(), "Brist på familjehem", measure)
                .count("placerade", placed, null, first, 12, second, 20)
                .readInBy(umea).getJsonNumber("id").longValue();
    }

    private long open(PeriodSlots.Slot slot) {
        return Periods.open(slot);
    }

    private long openFreeMonth() {
        return open(TestDatabase.freePeriod("MONTH"));
    }

    private static JsonObject row(String period, int value) {
        return Json.createObjectBuilder().add("period", period).add("value", value).build();
    }

    /** The report's item for our risk measure. */
    private JsonObject item(JsonObject report) {
        return report.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("type").equals("RISK_MEASURE") && i.getString("label").endsWith(measure))
                .findFirst().orElseThrow(() -> new AssertionError("no item for " + measure + " in " + report));
    }

    private static JsonObject value(JsonObject item, String indicator, String period) {
        return item.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("name").equals(indicator) && v.getString("period").equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + indicator + " " + period + " in " + item));
    }

    /** The report as Umeå submits it: our measure answered, the values as they stand. */
    private JsonObject answered(JsonObject report) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (JsonObject row : report.getJsonArray("items").getValuesAs(JsonObject.class)) {
            var item = ReportBodies.row(row);
            if (row.getString("type").equals("RISK_MEASURE") && row.getString("label").endsWith(measure)) {
                item.add("status", "ONGOING").add("light", "GREEN").add("narrative", "Tre nya familjehem har rekryterats.");
                item.add("indicators", row.getJsonArray("indicators"));
            }
            items.add(item);
        }
        return Json.createObjectBuilder().add("lockVersion", report.getInt("lockVersion")).add("items", items).build();
    }
}
