package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.report.ReportingPeriods;

/**
 * FoU Välfärd opens the reporting periods every kommun reports for, and closes them; a kommun
 * cannot, a period is opened once, and a closed period stays closed. Each step is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingPeriodsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(ReportingPeriodsIT.class);
    }

    @EJB
    ReportingPeriods periods;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor socialchef;

    @EJB
    DatabaseProbe db;

    @Test
    void the_coordinator_opens_tertial_2_of_2019_and_closes_it_and_everyone_sees_it() throws Exception {
        ReportingPeriods.Period t2 = coordinator.call(() -> periods.open(PeriodKind.TERTIAL, 2019, 2, LocalDate.of(2019, 9, 15)));

        assertThat(t2.code()).isEqualTo("2019-T2");
        assertThat(t2.start()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(t2.end()).isEqualTo(LocalDate.of(2019, 8, 31));
        assertThat(socialchef.call(() -> periods.all())).extracting(ReportingPeriods.Period::code).contains("2019-T2");

        ReportingPeriods.Period closed = coordinator.call(() -> periods.close(t2.id()));
        assertThat(closed.open()).isFalse();
        assertThat(db.auditedChange("2019-T2", "open")).containsExactly("true", "false");
        assertThat(db.auditedActions("2019-T2")).as("opened with its deadline, then closed").containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(db.auditedChange("2019-T2", "deadline")).containsExactly(null, t2.deadline().toString());
        assertRefused(() -> periods.close(t2.id()), "report.error.periodClosed");
        assertRefused(() -> periods.open(PeriodKind.TERTIAL, 2019, 2, LocalDate.of(2019, 9, 30)), "report.error.periodExists");
    }

    @Test
    void a_socialchef_cannot_open_a_period_and_a_period_that_does_not_exist_is_refused() throws Exception {
        assertThatThrownBy(() -> socialchef.call(() -> periods.open(PeriodKind.MONTH, 2019, 3, LocalDate.of(2019, 4, 10))))
                .isInstanceOf(EJBAccessException.class);
        assertRefused(() -> periods.open(PeriodKind.TERTIAL, 2019, 4, LocalDate.of(2020, 1, 15)), "report.error.noSuchPeriod");
        assertRefused(() -> periods.open(PeriodKind.MONTH, 2019, 6, LocalDate.of(2019, 5, 20)), "report.error.deadlineBeforeStart");
        assertRefused(() -> periods.open(PeriodKind.MONTH, 2019, 6, null), "input.required");
        assertRefused(() -> periods.open(PeriodKind.TERTIAL, 2101, 2, LocalDate.of(2101, 9, 30)), "input.tooLarge");
        assertThat(coordinator.call(() -> periods.all())).extracting(ReportingPeriods.Period::code).doesNotContain("2019-03", "2019-06");
    }

    private void assertRefused(se.samverkansportalen.it.support.Work<?> call, String key) {
        assertThatThrownBy(() -> coordinator.call(call)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
