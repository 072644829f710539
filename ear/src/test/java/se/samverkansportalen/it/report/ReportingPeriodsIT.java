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
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.report.ReportingPeriods;

/**
 * FoU Välfärd opens the reporting periods every kommun reports for, and closes them; a kommun
 * cannot, a period is opened once, and a closed period stays closed. Each step is audited. Each
 * test takes periods no one has opened yet in this database.
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
    void the_coordinator_opens_a_tertial_and_closes_it_and_everyone_sees_it() throws Exception {
        PeriodSlots.Slot slot = db.freePeriod("TERTIAL");
        LocalDate deadline = slot.end().plusDays(15);
        ReportingPeriods.Period tertial = coordinator.call(() -> periods.open(PeriodKind.TERTIAL, slot.year(), slot.number(), deadline));

        assertThat(tertial.code()).isEqualTo(slot.year() + "-T" + slot.number());
        assertThat(tertial.start()).as("its first day").isEqualTo(LocalDate.of(slot.year(), 4 * slot.number() - 3, 1));
        assertThat(tertial.end()).as("its last day, four months on").isEqualTo(LocalDate.of(slot.year(), 4 * slot.number(), 1).plusMonths(1).minusDays(1));
        assertThat(socialchef.call(() -> periods.all())).extracting(ReportingPeriods.Period::code).contains(slot.code());

        ReportingPeriods.Period closed = coordinator.call(() -> periods.close(tertial.id()));
        assertThat(closed.open()).isFalse();
        assertThat(db.auditedChange(slot.code(), "open")).containsExactly("true", "false");
        assertThat(db.auditedActions(slot.code())).as("opened with its deadline, then closed").containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(db.auditedChange(slot.code(), "deadline")).containsExactly(null, deadline.toString());
        assertRefused(() -> periods.close(tertial.id()), "report.error.periodClosed");
        assertRefused(() -> periods.open(PeriodKind.TERTIAL, slot.year(), slot.number(), deadline.plusDays(15)), "report.error.periodExists");
    }

    @Test
    void a_socialchef_cannot_open_a_period_and_a_period_that_does_not_exist_is_refused() throws Exception {
        PeriodSlots.Slot month = db.freePeriod("MONTH");
        assertThatThrownBy(() -> socialchef.call(() -> periods.open(PeriodKind.MONTH, month.year(), month.number(), month.deadline())))
                .isInstanceOf(EJBAccessException.class);
        assertRefused(() -> periods.open(PeriodKind.TERTIAL, month.year(), 4, month.deadline()), "report.error.noSuchPeriod");
        assertRefused(() -> periods.open(PeriodKind.MONTH, month.year(), month.number(), month.start().minusDays(1)),
                "report.error.deadlineBeforeStart");
        assertRefused(() -> periods.open(PeriodKind.MONTH, month.year(), month.number(), null), "input.required");
        assertRefused(() -> periods.open(PeriodKind.TERTIAL, 2101, 2, LocalDate.of(2101, 9, 30)), "input.tooLarge");
        assertThat(coordinator.call(() -> periods.all())).extracting(ReportingPeriods.Period::code)
                .as("none of the refused openings opened the month").doesNotContain(month.code());
        assertThat(db.freePeriod("MONTH")).isEqualTo(month);
    }

    private void assertRefused(se.samverkansportalen.it.support.Work<?> call, String key) {
        assertThatThrownBy(() -> coordinator.call(call)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
