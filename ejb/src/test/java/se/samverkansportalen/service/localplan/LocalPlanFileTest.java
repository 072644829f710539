package se.samverkansportalen.service.localplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * A socialchef uploads a local plan file: Uppsala's 2015 plan reads as nine measures costing
 * exactly its 5 mnkr budget; a broken file is refused with where in the file the problem is.
 */
class LocalPlanFileTest {

    @Test
    void uppsalas_plan_has_nine_measures_that_cost_exactly_the_five_million_budget() throws IOException {
        LocalPlanFile.Contents uppsala = LocalPlanFile.read(seed("seed/local-plan-measures-uppsala-2015.json"));

        assertThat(uppsala.measures()).hasSize(9);
        assertThat(uppsala.budgetSek()).isEqualTo(5_000_000L);
        assertThat(uppsala.totalCostSek()).isEqualTo(5_000_000L);
        assertThat(uppsala.decidedOn()).isEqualTo(LocalDate.of(2015, 4, 7));
        assertThat(uppsala.focusAreas()).containsExactly("Personal", "Rättssäkerhet", "Metod och utveckling", "Arbetsmiljö",
                "Administration");
        assertThat(uppsala.sourceLabel()).isEqualTo("Uppsala (SCN-2015-0081)");

        LocalPlan plan = uppsala.toPlan(true);
        assertThat(plan.totalCostSek()).isEqualTo(plan.getBudgetSek());
        assertThat(plan.getMeasures().get(2).getTitle()).isEqualTo("Trainee");
    }

    @Test
    void nackas_risk_plan_reads_with_its_risks_levels_and_the_computed_jourhem_share() throws IOException {
        LocalPlanFile.Contents nacka = LocalPlanFile.read(seed("seed/local-plan-risks-nacka-2020.json"));
        LocalPlan plan = nacka.toPlan(true);

        assertThat(plan.getShape()).isEqualTo(se.samverkansportalen.domain.localplan.LocalPlanShape.RISK_BASED);
        assertThat(plan.getGoals()).hasSize(2);
        assertThat(plan.risks()).extracting(r -> r.getNumber()).containsExactly("1.1", "2.1", "2.2", "3.1", "4.1", "5.1", "5.2");
        assertThat(plan.risks().get(1).assessment("2020-T2")).get().extracting(a -> a.getLevel())
                .isEqualTo(se.samverkansportalen.domain.localplan.RiskLevel.GREEN);
        var share = plan.getIndicators().stream().filter(i -> i.isDerived()).findFirst().orElseThrow();
        assertThat(java.util.stream.Stream.of("2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06")
                .map(m -> share.valueFor(m).map(java.math.BigDecimal::intValue).orElse(null)).toList())
                .containsExactly(40, 67, 44, 44, null, 43);
        assertThat(nacka.sourceLabel()).isEqualTo("Nacka");
    }

    @Test
    void a_cost_written_as_text_is_refused_naming_the_measure_and_field() {
        String broken = """
                {"plan": {"shape": "measures", "title": "Plan", "measures": [
                  {"number": 1, "title": "Första", "costSek": 100},
                  {"number": 2, "title": "Andra", "costSek": "tvåhundra"}]}}
                """;
        assertRefused(broken, "localplan.import.notWholeNumber", "plan.measures[2].costSek");
    }

    @Test
    void a_file_that_is_not_json_or_repeats_a_measure_number_or_lacks_a_title_is_refused() {
        assertRefused("Handlingsplan 2027\n1. Rekrytera", "localplan.import.notJson");
        assertRefused("""
                {"plan": {"shape": "measures", "title": "Plan", "measures": [
                  {"number": 1, "title": "A"}, {"number": 1, "title": "B"}]}}
                """, "localplan.import.duplicateNumber", "plan.measures[2].number", "1");
        assertRefused("""
                {"plan": {"shape": "measures", "measures": []}}
                """, "localplan.import.missingText", "plan.title");
        assertRefused("""
                {"plan": {"shape": "measures", "title": "Plan", "date": "7 april 2015", "measures": []}}
                """, "localplan.import.notDate", "plan.date", "7 april 2015");
    }

    private static void assertRefused(String file, String key, String... arguments) {
        assertThatThrownBy(() -> LocalPlanFile.read(file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getArguments()).containsExactly(arguments);
                });
    }

    private static byte[] seed(String resource) throws IOException {
        try (InputStream in = LocalPlanFileTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
