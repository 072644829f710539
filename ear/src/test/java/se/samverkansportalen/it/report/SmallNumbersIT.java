package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
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
import se.samverkansportalen.it.support.RiskBasedPlanFile;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Small numbers ("< 5") never leave the server for anyone but the kommun itself. Umeå reads in a
 * fastställd risk-based plan of its own whose count indicator is 3 in the first month of a free
 * tertial and 12 in the second, with a share computed from that count. Umeå sees 3 and 15 % in
 * its plan and its report; the LBU network and the region, reading Umeå's plan through the API,
 * the review of Umeå's report (API and PDF) and Umeå's plan page, get "< 5" (no value, marked as
 * withheld) for the small count and for the share built on it, and the exact 12 and 60 %. The
 * status matrix and its cell carry statuses and traffic lights only, never an indicator value.
 */
@ExtendWith(ArquillianExtension.class)
class SmallNumbersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private final PortalApi lbu = PortalApi.as("granskare.lbu");
    private final PortalApi region = PortalApi.as("samordnare");

    private final String placed = TestRun.unique("Antal barn placerade utanför hemmet");
    private final String supported = TestRun.unique("Antal barn med pågående insats");
    private final String share = TestRun.unique("Andel placerade av barn med insats");
    private final String measure = TestRun.unique("Hemmaplanslösningar före placering");

    @Test
    void lbu_and_the_region_read_umeas_plan_with_a_count_of_three_as_withheld_while_umea_sees_three() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long plan = umeaReadsInItsPlan(slot);
        String small = month(slot, 0);
        String large = month(slot, 1);

        JsonObject own = umea.get("lokala-planer/" + plan).object();
        assertThat(reading(own, placed, small).getJsonNumber("value").intValue()).isEqualTo(3);
        assertThat(reading(own, placed, small).getBoolean("suppressed")).isFalse();
        assertThat(reading(own, share, small).getJsonNumber("value").doubleValue()).isEqualTo(15.0);

        for (PortalApi reader : List.of(lbu, region)) {
            JsonObject read = reader.get("kommuner/2480/lokala-planer/" + plan).object();
            assertThat(reading(read, placed, small).getBoolean("suppressed")).isTrue();
            assertThat(reading(read, placed, small).get("value")).as("the 3 never leaves the server")
                    .isIn(null, jakarta.json.JsonValue.NULL);
            assertThat(reading(read, share, small).getBoolean("suppressed")).as("15 % of 20 tells the 3").isTrue();
            assertThat(reading(read, share, small).get("value")).isIn(null, jakarta.json.JsonValue.NULL);
            assertThat(reading(read, placed, large).getJsonNumber("value").intValue()).isEqualTo(12);
            assertThat(reading(read, placed, large).getBoolean("suppressed")).isFalse();
            assertThat(reading(read, share, large).getJsonNumber("value").doubleValue()).isEqualTo(60.0);
            assertThat(reading(read, supported, small).getJsonNumber("value").intValue()).as("20 is no small number").isEqualTo(20);
        }
    }

    @Test
    void umeas_plan_page_shows_lbu_less_than_five_where_umea_sees_three() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long plan = umeaReadsInItsPlan(slot);

        PortalApi.Download page = lbu.download("lokal/plan.xhtml?kommun=2480&id=" + plan);
        assertThat(page.status()).isEqualTo(200);
        String html = new String(page.content(), StandardCharsets.UTF_8);
        assertThat(html).contains(placed).contains("&lt; 5");
        PortalApi.Download ownPage = umea.download("lokal/plan.xhtml?id=" + plan);
        assertThat(ownPage.status()).isEqualTo(200);
        assertThat(new String(ownPage.content(), StandardCharsets.UTF_8)).contains(placed).doesNotContain("&lt; 5");
    }

    @Test
    void the_review_of_umeas_report_withholds_the_small_count_in_the_api_and_the_pdf_while_umeas_own_report_has_it() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        umeaReadsInItsPlan(slot);
        long period = open(slot);
        String small = month(slot, 0);

        JsonObject report = umea.get("rapporter/" + period).object();
        assertThat(value(item(report), placed, small).getJsonNumber("value").intValue()).isEqualTo(3);
        JsonObject sent = umea.post("rapporter/" + period + "/inskickning", answered(report)).object();
        assertThat(sent.getString("status")).isEqualTo("SUBMITTED");
        assertThat(value(item(sent), placed, small).getJsonNumber("value").intValue()).as("Umeå's own, exact").isEqualTo(3);

        for (PortalApi reader : List.of(lbu, region)) {
            JsonObject reviewed = reader.get("granskning/" + period + "/2480").object();
            JsonObject withheld = value(item(reviewed), placed, small);
            assertThat(withheld.getBoolean("suppressed")).isTrue();
            assertThat(withheld.get("value")).isIn(null, jakarta.json.JsonValue.NULL);
            assertThat(value(item(reviewed), share, small).getBoolean("suppressed")).isTrue();
            assertThat(value(item(reviewed), placed, month(slot, 1)).getJsonNumber("value").intValue()).isEqualTo(12);
        }

        String reviewPdf = lbu.download("rapport/export?period=" + period + "&format=pdf&kommun=2480").pdfText();
        assertThat(reviewPdf).contains(small).contains("< 5").contains("< 5 fall");
        String ownPdf = umea.download("rapport/export?period=" + period + "&format=pdf").pdfText();
        assertThat(ownPdf).contains(small).doesNotContain("< 5");

        String matrix = lbu.get("matris/" + period).body();
        assertThat(matrix).as("the matrix carries statuses only").doesNotContain(placed).doesNotContain("\"value\"");
        String activity = TestDatabase.column("SELECT i.item_key FROM report_item i JOIN progress_report r ON r.id = i.report_id "
                + "WHERE r.period_id = ? AND r.kommun_code = '2480' AND i.item_type = 'REGIONAL_ACTIVITY' ORDER BY i.position LIMIT 1",
                period).get(0);
        Answer cell = lbu.get("granskning/" + period + "/2480/punkter/" + activity);
        assertThat(cell.status()).isEqualTo(200);
        assertThat(cell.body()).as("the matrix cell carries no indicator values").doesNotContain(placed).doesNotContain("\"value\"");
    }

    @Test
    void the_part_of_a_total_whose_rest_is_below_five_and_a_small_baseline_and_target_are_withheld_from_lbu() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long plan = umeaReadsInItsPlan(slot, 9, 12, 12, 30, 3);
        TestDatabase.update("UPDATE local_indicator SET target = 2 WHERE plan_id = ? AND name = ?", plan, supported);
        String rest = month(slot, 0);
        String large = month(slot, 1);

        JsonObject own = umea.get("lokala-planer/" + plan).object();
        assertThat(reading(own, placed, rest).getJsonNumber("value").intValue()).isEqualTo(9);
        assertThat(indicator(own, supported).getJsonNumber("baseline").intValue()).isEqualTo(3);
        assertThat(indicator(own, supported).getJsonNumber("target").intValue()).isEqualTo(2);

        JsonObject read = lbu.get("kommuner/2480/lokala-planer/" + plan).object();
        assertThat(reading(read, placed, rest).getBoolean("suppressed")).as("12 − 9 tells the 3 others").isTrue();
        assertThat(reading(read, placed, rest).get("value")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(reading(read, share, rest).getBoolean("suppressed")).as("75 % of 12 tells the 9").isTrue();
        assertThat(reading(read, supported, rest).getJsonNumber("value").intValue()).as("the total stays").isEqualTo(12);
        assertThat(reading(read, placed, large).getJsonNumber("value").intValue()).as("12 of 30: a rest of 18").isEqualTo(12);
        JsonObject total = indicator(read, supported);
        assertThat(total.getBoolean("baselineSuppressed")).as("an earlier count of 3").isTrue();
        assertThat(total.get("baseline")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(total.getBoolean("targetSuppressed")).isTrue();
        assertThat(total.get("target")).isIn(null, jakarta.json.JsonValue.NULL);

        String html = new String(lbu.download("lokal/plan.xhtml?kommun=2480&id=" + plan).content(), StandardCharsets.UTF_8);
        assertThat(html).contains(supported).contains("&lt; 5")
                .doesNotContainPattern("\\[3(\\.0+)?,3").doesNotContainPattern("\\[2(\\.0+)?,2");
        String ownHtml = new String(umea.download("lokal/plan.xhtml?id=" + plan).content(), StandardCharsets.UTF_8);
        assertThat(ownHtml).as("Umeå's chart draws its baseline and target").containsPattern("\\[3(\\.0+)?,3")
                .containsPattern("\\[2(\\.0+)?,2");
    }

    private static JsonObject indicator(JsonObject plan, String name) {
        return plan.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("name").equals(name)).findFirst().orElseThrow();
    }

    /** Umeå reads in a fastställd risk-based plan: one risk, one measure, a count of 3 then 12 of 20, and their share. */
    private long umeaReadsInItsPlan(PeriodSlots.Slot slot) {
        return umeaReadsInItsPlan(slot, 3, 12, 20, 20, null);
    }

    /**
     * Umeå reads in a fastställd risk-based plan: one risk, one measure, a count (the part), a base
     * (the total, with its baseline) in the first two months of the tertial, and their share.
     */
    private long umeaReadsInItsPlan(PeriodSlots.Slot slot, int partFirst, int partSecond, int totalFirst, int totalSecond,
            Integer totalBaseline) {
        String first = month(slot, 0);
        String second = month(slot, 1);
        return RiskBasedPlanFile.decidedOn(slot.start(), "Placeringar utanför hemmet", measure)
                .count("placerade", placed, null, first, partFirst, second, partSecond)
                .count("insats", supported, totalBaseline, first, totalFirst, second, totalSecond)
                .share(share, "placerade", "insats")
                .readInBy(umea).getJsonNumber("id").longValue();
    }

    private long open(PeriodSlots.Slot slot) {
        return Periods.open(slot);
    }

    /** The n:th month (from 0) of a tertial, as indicators key their values ("2001-02"). */
    private static String month(PeriodSlots.Slot slot, int n) {
        return YearMonth.from(slot.start()).plusMonths(n).toString();
    }

    private static JsonObject reading(JsonObject plan, String indicator, String period) {
        JsonObject found = plan.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("name").equals(indicator)).findFirst().orElseThrow();
        return found.getJsonArray("readings").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("period").equals(period)).findFirst().orElseThrow();
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
            var item = se.samverkansportalen.it.support.ReportBodies.row(row);
            if (row.getString("type").equals("RISK_MEASURE") && row.getString("label").endsWith(measure)) {
                item.add("status", "ONGOING").add("light", "YELLOW").add("narrative", "Två familjer har fått stöd på hemmaplan.");
                item.add("indicators", row.getJsonArray("indicators"));
            }
            items.add(item);
        }
        return Json.createObjectBuilder().add("lockVersion", report.getInt("lockVersion")).add("items", items).build();
    }
}
