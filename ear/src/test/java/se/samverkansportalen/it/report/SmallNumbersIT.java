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
 * The other ways out are tried too: the review page itself, the matrix page and its Excel, the
 * cell page, the trend (page and API) and the regional lägesbild (page, API, PDF and Excel), for
 * the LBU network, the region and another kommun (Skellefteå).
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

    /**
     * Umeå sends its report with the count of 3 and its share of 15 %. The LBU network and the region
     * open the review page: "< 5" and "< 5 fall" in those rows and the exact 12 in the next month,
     * where Umeå's own report page shows 3 and 15 %. The pages and files that carry statuses and
     * traffic lights only (the matrix page and its Excel, the cell page and its API, the trend page
     * and its API) name none of the indicators and hold none of the figures; asked for the measure
     * itself, the cell answers 404. With Umeå's risk linked to a delmål, the regional lägesbild
     * (page, API, PDF and Excel) counts Umeå's work there and names no indicator, for LBU, the
     * region and Skellefteå; Skellefteå is refused the review, the cell, the matrix, its Excel and
     * the trend, and its pages show none of it. The link and the period are removed and closed at the end.
     */
    @Test
    void umeas_count_of_three_reaches_no_one_else_through_the_review_page_the_cell_the_trend_the_matrix_excel_or_the_lagesbild() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long plan = umeaReadsInItsPlan(slot);
        long period = open(slot);
        String small = month(slot, 0);
        String large = month(slot, 1);
        PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
        List<String> labels = List.of(placed, supported, share, measure);
        long risk = umea.get("lokala-planer/" + plan).object().getJsonArray("goals").getJsonObject(0).getJsonArray("risks")
                .getJsonObject(0).getJsonNumber("id").longValue();
        String delmal = null;
        try {
            JsonObject report = umea.get("rapporter/" + period).object();
            JsonObject sent = umea.post("rapporter/" + period + "/inskickning", answered(report)).object();
            assertThat(sent.getString("status")).isEqualTo("SUBMITTED");
            String measureKey = item(sent).getString("itemKey");
            String activity = TestDatabase.column("SELECT i.item_key FROM report_item i JOIN progress_report r ON r.id = i.report_id "
                    + "WHERE r.period_id = ? AND r.kommun_code = '2480' AND i.item_type = 'REGIONAL_ACTIVITY' ORDER BY i.position LIMIT 1",
                    period).get(0);

            String own = page(umea, "rapport/rapport.xhtml?period=" + period);
            assertThat(shown(own, placed, small)).as("Umeå's own report page").isEqualTo("3");
            assertThat(shown(own, share, small)).isEqualTo("15 %");

            for (PortalApi reader : List.of(lbu, region)) {
                String review = page(reader, "rapport/granska.xhtml?period=" + period + "&kommun=2480");
                assertThat(shown(review, placed, small)).as("the review page withholds the 3").isEqualTo("&lt; 5");
                assertThat(shown(review, share, small)).as("and the 15 % that tells it").isEqualTo("&lt; 5 fall");
                assertThat(shown(review, placed, large)).isEqualTo("12");

                String matrixPage = page(reader, "rapport/matris.xhtml?period=" + period);
                assertThat(matrixPage).contains("Umeå");
                assertNamesNone(matrixPage, labels, "the matrix page");
                assertThat(matrixPage).doesNotContain("&lt; 5");

                PortalApi.Download excel = reader.download("rapport/export?format=xlsx&period=" + period);
                assertThat(excel.status()).isEqualTo(200);
                List<List<String>> rows = excel.sheetRows();
                assertThat(rows).as("Umeå's row of the matrix workbook").anySatisfy(r -> assertThat(r.subList(0, 2))
                        .containsExactly("Umeå", "Inskickad"));
                List<String> cells = rows.stream().flatMap(List::stream).toList();
                assertNamesNone(String.join("\n", cells), labels, "the matrix workbook");
                assertThat(cells).as("the matrix workbook holds no figure").doesNotContain("3", "15", "15 %", "< 5", "< 5 fall");

                String cellPage = page(reader, "rapport/punkt.xhtml?period=" + period + "&kommun=2480&item=" + encoded(activity));
                assertThat(cellPage).contains("Umeå, " + slot.code());
                assertNamesNone(cellPage, labels, "the cell page");
                assertThat(cellPage).doesNotContain("&lt; 5").doesNotContain("15 %");
                Answer measureCell = reader.get("granskning/" + period + "/2480/punkter/" + encoded(measureKey));
                assertThat(measureCell.status()).as("the cell is an aktivitet's, never the measure's: " + measureCell.body()).isEqualTo(404);
                assertNamesNone(measureCell.body(), labels, "the cell API asked for the measure");
                assertNamesNone(new String(reader.download("rapport/punkt.xhtml?period=" + period + "&kommun=2480&item=" + encoded(measureKey))
                        .content(), StandardCharsets.UTF_8), labels, "the cell page asked for the measure");

                Answer trend = reader.get("trend/" + encoded(activity));
                assertThat(trend.status()).as(trend.body()).isEqualTo(200);
                assertThat(trend.object().getJsonArray("rows").getValuesAs(JsonObject.class))
                        .anySatisfy(r -> assertThat(r.getString("kommunCode")).isEqualTo("2480"));
                assertNamesNone(trend.body(), labels, "the trend API");
                assertThat(trend.body()).as("the trend carries statuses only").doesNotContain("\"value\"");
                String trendPage = page(reader, "rapport/trend.xhtml?item=" + encoded(activity));
                assertThat(trendPage).contains("Umeå").contains(slot.code());
                assertNamesNone(trendPage, labels, "the trend page");
                assertThat(trendPage).doesNotContain("&lt; 5").doesNotContain("15 %");
            }

            JsonObject picture = lbu.get("lagesbild/" + period).object();
            JsonObject subGoal = picture.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                    .flatMap(a -> a.getJsonArray("subGoals").getValuesAs(JsonObject.class).stream()).findFirst()
                    .orElseThrow(() -> new AssertionError("the lägesbild has no delmål: " + picture));
            delmal = subGoal.getString("itemKey");
            // Umeå links its risk to the delmål (the risk page's link, which the API does not offer), so
            // that the lägesbild counts Umeå's work there: the measure with the 3 behind it.
            assertThat(TestDatabase.update("INSERT INTO local_risk_link (kommun_code, risk_id, sub_goal_item_key) VALUES ('2480', ?, ?)",
                    risk, delmal)).isEqualTo(1);
            String linked = delmal;
            for (PortalApi reader : List.of(lbu, region, skelleftea)) {
                Answer overview = reader.get("lagesbild/" + period);
                assertThat(overview.status()).as(overview.body()).isEqualTo(200);
                JsonObject withUmea = overview.object().getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                        .flatMap(a -> a.getJsonArray("subGoals").getValuesAs(JsonObject.class).stream())
                        .filter(s -> s.getString("itemKey").equals(linked)).findFirst().orElseThrow();
                assertThat(withUmea.getJsonArray("linkedKommuner").getValuesAs(JsonObject.class))
                        .as("the lägesbild counts Umeå's linked work").anySatisfy(k -> assertThat(k.getString("code")).isEqualTo("2480"));
                assertNamesNone(overview.body(), labels, "the lägesbild API");
                assertThat(overview.body()).doesNotContain("\"value\"");

                String overviewPage = page(reader, "rapport/lagesbild.xhtml?period=" + period);
                assertThat(overviewPage).contains("Umeå").contains(slot.code());
                assertNamesNone(overviewPage, labels, "the lägesbild page");
                assertThat(overviewPage).doesNotContain("&lt; 5");

                PortalApi.Download pdf = reader.download("rapport/lagesbild-export?format=pdf&period=" + period);
                assertThat(pdf.status()).isEqualTo(200);
                String pdfText = pdf.pdfText();
                assertThat(pdfText).contains("Lägesbild " + slot.code());
                assertNamesNone(pdfText.replaceAll("\\s+", " "), labels, "the lägesbild's PDF");
                assertThat(pdfText).doesNotContain("< 5");

                PortalApi.Download workbook = reader.download("rapport/lagesbild-export?format=xlsx&period=" + period);
                assertThat(workbook.status()).isEqualTo(200);
                List<String> overviewCells = workbook.sheets().stream().flatMap(List::stream).flatMap(List::stream).toList();
                assertThat(overviewCells).as("the lägesbild workbook names Umeå").anySatisfy(c -> assertThat(c).contains("Umeå"));
                assertNamesNone(String.join("\n", overviewCells), labels, "the lägesbild workbook");
                assertThat(overviewCells).doesNotContain("< 5", "< 5 fall", "15 %");
            }

            for (String api : List.of("granskning/" + period + "/2480", "granskning/" + period + "/2480/punkter/" + encoded(activity),
                    "matris/" + period, "trend/" + encoded(activity))) {
                Answer refused = skelleftea.get(api);
                assertThat(refused.status()).as("Skellefteå asks for " + api).isEqualTo(403);
                assertNamesNone(refused.body(), labels, api + " for Skellefteå");
            }
            assertThat(skelleftea.download("rapport/export?format=xlsx&period=" + period).status()).isEqualTo(403);
            assertThat(skelleftea.download("rapport/export?format=pdf&period=" + period + "&kommun=2480").status()).isEqualTo(403);
            for (String refusedPage : List.of("rapport/granska.xhtml?period=" + period + "&kommun=2480",
                    "rapport/punkt.xhtml?period=" + period + "&kommun=2480&item=" + encoded(activity), "rapport/matris.xhtml?period=" + period,
                    "rapport/trend.xhtml?item=" + encoded(activity))) {
                String html = new String(skelleftea.download(refusedPage).content(), StandardCharsets.UTF_8);
                assertNamesNone(html, labels, refusedPage + " for Skellefteå");
                assertThat(html).as(refusedPage + " for Skellefteå").doesNotContain("&lt; 5").doesNotContain("15 %");
            }
        } finally {
            if (delmal != null) {
                TestDatabase.update("DELETE FROM local_risk_link WHERE risk_id = ? AND sub_goal_item_key = ?", risk, delmal);
            }
            Periods.close(period);
        }
    }

    /** A page of the portal as the reader gets it (200), as text. */
    private static String page(PortalApi reader, String path) {
        PortalApi.Download page = reader.download(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return new String(page.content(), StandardCharsets.UTF_8);
    }

    /** Asserts that none of the indicators' (and the measure's) names is in the text. */
    private static void assertNamesNone(String text, List<String> names, String where) {
        for (String name : names) {
            assertThat(text).as(where + " names no indicator: " + name).doesNotContain(name);
        }
    }

    /**
     * What a read-only report table (the review page, a sent report's own page) shows for an
     * indicator in a month, as the HTML has it: "3", "15 %", "&amp;lt; 5".
     */
    private static String shown(String html, String indicator, String period) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<th scope=\"row\">\\s*" + java.util.regex.Pattern.quote(indicator)
                + "\\s*</th>\\s*<td>\\s*" + java.util.regex.Pattern.quote(period) + "\\s*</td>\\s*<td class=\"amount\">(.*?)</td>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + indicator + " in " + period).isTrue();
        return row.group(1).strip();
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
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
