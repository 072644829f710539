package se.samverkansportalen.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.service.identity.PortalRole;

/** Which version of the regional plan applies, and which one each kind of user is shown. */
class PlanInForceTest {

    private static final Set<PortalRole> KOMMUN = EnumSet.of(PortalRole.KOMMUN_EDITOR);
    private static final Set<PortalRole> LBU = EnumSet.of(PortalRole.NETWORK_REVIEWER);
    private static final Set<PortalRole> COORDINATOR = EnumSet.of(PortalRole.REGIONAL_COORDINATOR);

    @Test
    void a_plan_never_adopted_applies_as_first_drafted_and_everyone_is_shown_it() {
        RegionalPlan plan = new RegionalPlan("24", "Västerbottens län", "FoU Välfärd");
        PlanVersion first = plan.startFirstVersion("Regional plan");

        assertThat(PlanInForce.applying(plan)).isSameAs(first);
        assertThat(PlanInForce.shownTo(plan, KOMMUN)).isSameAs(first);
        assertThat(PlanInForce.shownTo(plan, COORDINATOR)).isSameAs(first);
        assertThat(PlanInForce.newerDraft(plan)).as("the only version is not a newer utkast").isEmpty();
    }

    @Test
    void once_adopted_the_fastställd_version_applies_to_kommuner_and_lbu_while_coordinators_work_in_the_newer_utkast() {
        RegionalPlan plan = new RegionalPlan("24", "Västerbottens län", "FoU Välfärd");
        PlanVersion first = plan.startFirstVersion("Regional plan");
        first.adopt(LocalDate.of(2026, 3, 1), "Socialchefsnätverket", "FoU 2026/1");

        assertThat(PlanInForce.newerDraft(plan)).as("nothing changed since the adoption").isEmpty();
        PlanVersion draft = plan.editableVersion();

        assertThat(draft.getNumber()).isEqualTo(2);
        assertThat(PlanInForce.applying(plan)).isSameAs(first);
        assertThat(PlanInForce.shownTo(plan, KOMMUN)).isSameAs(first);
        assertThat(PlanInForce.shownTo(plan, LBU)).isSameAs(first);
        assertThat(PlanInForce.shownTo(plan, COORDINATOR)).isSameAs(draft);
        assertThat(PlanInForce.newerDraft(plan)).contains(draft);

        draft.adopt(LocalDate.of(2026, 9, 1), "Socialchefsnätverket", "FoU 2026/2");
        assertThat(PlanInForce.applying(plan)).as("the latest fastställd version").isSameAs(draft);
        assertThat(PlanInForce.newerDraft(plan)).isEmpty();
    }
}
