package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.AsNetworkReviewer;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.service.plan.PlanFilter;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;

/**
 * The LBU network looks for what concerns it: one förbättringsområde, one ansvarig, one year, the
 * work every kommun carries out, or a word.
 */
@ExtendWith(ArquillianExtension.class)
class PlanFilterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PlanFilterIT.class);
    }

    @EJB
    RegionalPlanService plans;

    @EJB
    AsNetworkReviewer reviewer;

    @Test
    void area_three_with_only_per_kommun_work_leaves_delmal_3_4_and_its_one_aktivitet() throws Exception {
        RegionalPlanView plan = filtered(new PlanFilter(null, 3, null, null, true));

        assertThat(plan.areas()).extracting(RegionalPlanView.Area::number).containsExactly(3);
        assertThat(numbers(plan)).containsExactly("3.4");
        assertThat(plan.areas().get(0).subGoals().get(0).lines()).flatExtracting(RegionalPlanView.Line::activities)
                .extracting(RegionalPlanView.ActivityItem::text)
                .containsExactly("Skapa möjligheter för familjehemssekreterarna att ge mer kvalificerat stöd till familjehemmen.");
    }

    @Test
    void a_year_keeps_the_work_whose_tidsram_touches_it_including_yearly_work() throws Exception {
        List<String> in2016 = numbers(filtered(new PlanFilter(null, null, null, 2016, false)));

        assertThat(in2016).contains("3.1", "1.3").doesNotContain("3.5", "3.2");
    }

    @Test
    void an_ansvarig_keeps_the_work_it_is_responsible_for() throws Exception {
        List<String> forFamilyHomeGroup = numbers(filtered(new PlanFilter(null, null,
                "Arbetsgruppen familjehemsvård VB", null, false)));

        assertThat(forFamilyHomeGroup).containsExactly("3.2", "3.3");
    }

    @Test
    void a_word_finds_delmal_and_aktiviteter_containing_it_whatever_the_case() throws Exception {
        List<String> found = numbers(filtered(new PlanFilter("MEDLEFORS", null, null, null, false)));

        assertThat(found).containsExactly("3.3");
    }

    private RegionalPlanView filtered(PlanFilter filter) throws Exception {
        return reviewer.call(() -> plans.currentPlan(filter)).orElseThrow();
    }

    private static List<String> numbers(RegionalPlanView plan) {
        return plan.areas().stream().flatMap(a -> a.subGoals().stream()).map(RegionalPlanView.SubGoalRow::number).toList();
    }
}
