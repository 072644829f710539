package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.IndikatorPage;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Nothing a kommun typed is lost and nothing it did not do is recorded: a report form read before
 * someone saved an indicator value on the Indikator page keeps that value when it is saved, and a
 * value changed on such a form is refused with 409 naming the other value; only looking at a
 * report (its page, its PDF, the API) stores no report and no audit row, so LBU's overview shows
 * the kommun as not started; and twenty requests at once (first opens, first saves, submits) give
 * one success and conflicts, never a 500 or a second row. Real Keycloak tokens through the API;
 * each test opens its own free period and closes it at the end.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIntegrityIT {

    private static final String LONG = IndikatorPage.LONG_PLACEMENTS;
    private static final int AT_ONCE = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi region = PortalApi.as("samordnare");
    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private final PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
    private final List<Long> openedHere = new ArrayList<>();

    @AfterEach
    void closeThePeriodsThisTestOpened() {
        openedHere.forEach(Periods::close);
    }

    @Test
    void a_report_read_before_a_count_was_saved_on_the_indikator_page_keeps_it_and_a_changed_count_is_refused_with_409()
            throws IOException {
        String planTitle = TestRun.unique("Skellefteås jourhemsplan");
        long plan = IndikatorPage.importNacka(skelleftea, planTitle);
        PeriodSlots.Slot slot = TestDatabase.freePeriod("TERTIAL");
        long period = open(slot);
        String january = slot.start().toString().substring(0, 7);
        String report = "rapporter/" + period;

        JsonObject readBefore = skelleftea.get(report).object();
        assertThat(value(readBefore, planTitle, january)).as("no count for the month yet").isNull();
        saveOnIndikatorPage(plan, january, 7);
        Answer saved = skelleftea.put(report, withNarrative(readBefore, planTitle, "Två familjehem har rekryterats."));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(storedValue(plan, january)).as("the count saved on the Indikator page after the form was read").containsExactly("7.00");
        assertThat(value(saved.object(), planTitle, january)).isEqualTo("7");

        JsonObject readAt7 = skelleftea.get(report).object();
        saveOnIndikatorPage(plan, january, 9);
        Answer refused = skelleftea.put(report, withValue(readAt7, planTitle, january, 8));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.object().getString("error")).isEqualTo("report.error.valueChanged");
        assertThat(refused.object().getString("message")).as("the other change is named").contains("9").contains("8").contains(january);
        assertThat(storedValue(plan, january)).containsExactly("9.00");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE item_type = 'LOCAL_INDICATOR' AND field = ? "
                + "AND new_value LIKE '8%' AND item_key IN (SELECT CONCAT('2482:', id) FROM local_indicator WHERE plan_id = ?)",
                january, plan)).as("nothing of the refused value in the audit trail").containsExactly("0");
    }

    @Test
    void opening_a_report_its_page_and_its_pdf_stores_nothing_and_lbu_sees_the_kommun_as_not_started() {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("MONTH");
        long period = open(slot);

        JsonObject form = umea.get("rapporter/" + period).object();
        PortalApi.Download page = umea.download("rapport/rapport.xhtml?period=" + period);
        PortalApi.Download pdf = umea.download("rapport/export?format=pdf&period=" + period);

        assertThat(form.getString("status")).isEqualTo("DRAFT");
        assertThat(form.getInt("lockVersion")).as("an empty form, not yet stored").isZero();
        assertThat(form.getJsonArray("items")).as("the items the first save will store").isNotEmpty();
        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.content(), StandardCharsets.UTF_8)).contains(slot.code());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM progress_report WHERE period_id = ?", period)).containsExactly("0");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE item_type = 'PROGRESS_REPORT' AND item_key = ?",
                "2480:" + slot.code())).containsExactly("0");
        assertThat(PortalApi.as("granskare.lbu").get("granskning/" + period).array().getValuesAs(JsonObject.class))
                .filteredOn(k -> k.getString("kommunCode").equals("2480")).singleElement()
                .satisfies(k -> assertThat(k.get("status")).as("Umeå only looked").isIn(null, JsonValue.NULL));
    }

    @Test
    void twenty_tabs_opening_a_new_periods_report_at_once_all_get_the_empty_form_and_store_nothing() throws Exception {
        long period = open(TestDatabase.freePeriod("MONTH"));

        List<Answer> answers = atOnce(i -> () -> umea.get("rapporter/" + period));

        assertThat(answers).extracting(Answer::status).as(bodies(answers)).containsOnly(200);
        assertThat(answers).extracting(a -> a.object().getInt("lockVersion")).containsOnly(0);
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM progress_report WHERE period_id = ?", period)).containsExactly("0");
    }

    @Test
    void twenty_first_saves_at_once_store_one_report_and_the_others_get_409() throws Exception {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("MONTH");
        long period = open(slot);
        JsonObject form = umea.get("rapporter/" + period).object();
        String narrative = TestRun.unique("Utbildningen har startat");

        List<Answer> answers = atOnce(i -> () -> umea.put("rapporter/" + period, ReportBodies.withFirstItem(form, "GREEN", narrative + " " + i)));

        assertThat(answers).extracting(Answer::status).as(bodies(answers)).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(answers).filteredOn(a -> a.status() == 409).extracting(a -> a.object().getString("error"))
                .as("each a conflict of the report (met at the same moment, or found saved since with what was saved), "
                        + "never the generic input.changed")
                .isSubsetOf("report.error.changed", "report.error.changedShown");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM progress_report WHERE period_id = ? AND kommun_code = '2480'", period))
                .containsExactly("1");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE item_type = 'PROGRESS_REPORT' AND action = 'CREATE' "
                + "AND item_key = ?", "2480:" + slot.code())).containsExactly("1");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM report_item i JOIN progress_report r ON r.id = i.report_id "
                + "WHERE r.period_id = ? AND i.narrative LIKE ?", period, narrative + "%")).as("one save's narrative").containsExactly("1");
    }

    @Test
    void twenty_submits_and_twenty_draft_saves_at_once_give_one_success_each_and_one_submission() throws Exception {
        long period = open(TestDatabase.freePeriod("MONTH"));
        JsonObject empty = umea.get("rapporter/" + period).object();
        JsonObject saved = umea.put("rapporter/" + period, ReportBodies.withFirstItem(empty, "YELLOW", "Planeringen pågår.")).object();

        List<Answer> drafts = atOnce(i -> () -> umea.put("rapporter/" + period, ReportBodies.withFirstItem(saved, "YELLOW", "Utkast " + i)));
        assertThat(drafts).extracting(Answer::status).as(bodies(drafts)).containsOnly(200, 409).containsOnlyOnce(200);

        JsonObject current = umea.get("rapporter/" + period).object();
        List<Answer> submits = atOnce(i -> () -> umea.post("rapporter/" + period + "/inskickning",
                ReportBodies.withFirstItem(current, "GREEN", "Arbetet har startat.")));

        assertThat(submits).extracting(Answer::status).as(bodies(submits)).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM report_submission s JOIN progress_report r ON r.id = s.report_id "
                + "WHERE r.period_id = ? AND r.kommun_code = '2480'", period)).containsExactly("1");
        assertThat(umea.get("rapporter/" + period).object().getString("status")).isEqualTo("SUBMITTED");
    }

    /** Twenty requests made by as many threads, released together. */
    private static List<Answer> atOnce(IntFunction<Callable<Answer>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                Callable<Answer> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String bodies(List<Answer> answers) {
        return answers.stream().filter(a -> a.status() != 200).map(a -> a.status() + " " + a.body()).distinct().toList().toString();
    }

    private long open(PeriodSlots.Slot slot) {
        long id = Periods.open(slot);
        openedHere.add(id);
        return id;
    }

    private void saveOnIndikatorPage(long plan, String month, int count) {
        IndikatorPage.saveValue(skelleftea, plan, LONG, month, count);
    }

    private static List<String> storedValue(long plan, String month) {
        return IndikatorPage.stored(plan, LONG, month);
    }

    /** The report sent back whole, as the page sends it: the first item of the plan answered, everything else as read. */
    private static JsonObject withNarrative(JsonObject report, String planTitle, String narrative) {
        return transformed(report, planTitle, (item, first) -> first ? item.add("status", "ONGOING").add("light", "GREEN")
                .add("narrative", narrative) : item, null, 0);
    }

    /** The report sent back whole with the month's long-placement count typed. */
    private static JsonObject withValue(JsonObject report, String planTitle, String month, int count) {
        return transformed(report, planTitle, (item, first) -> item, month, count);
    }

    private interface ItemChange {
        JsonObjectBuilder apply(JsonObjectBuilder item, boolean firstOfPlan);
    }

    private static JsonObject transformed(JsonObject report, String planTitle, ItemChange change, String month, int count) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        boolean seen = false;
        for (JsonObject item : report.getJsonArray("items").getValuesAs(JsonObject.class)) {
            boolean ours = item.getString("label").startsWith(planTitle + ":");
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (JsonObject v : item.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
                if (ours && month != null && v.getString("name").equals(LONG) && v.getString("period").equals(month)) {
                    values.add(Json.createObjectBuilder(v).add("value", count));
                } else {
                    values.add(v);
                }
            }
            JsonObjectBuilder copy = Json.createObjectBuilder(item).add("indicators", values);
            items.add(change.apply(copy, ours && !seen));
            seen |= ours;
        }
        return Json.createObjectBuilder(report).add("items", items).build();
    }

    /** The month's long-placement count as the report gives it, or null when it has none. */
    private static String value(JsonObject report, String planTitle, String month) {
        JsonObject value = report.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("label").startsWith(planTitle + ":"))
                .flatMap(i -> i.getJsonArray("indicators").getValuesAs(JsonObject.class).stream())
                .filter(v -> v.getString("name").equals(LONG) && v.getString("period").equals(month)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + month + " value of the plan's indicator in " + report));
        return value.containsKey("value") && !value.isNull("value")
                ? value.getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString() : null;
    }

}
