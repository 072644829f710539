package se.samverkansportalen.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.domain.audit.AuditEntry;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.AsNetworkReviewer;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.discussion.DiscussionService;
import se.samverkansportalen.service.discussion.DiscussionService.CommentView;
import se.samverkansportalen.service.localplan.LocalPlanForm;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.report.KommunReports;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.service.report.ReportReview;
import se.samverkansportalen.service.report.ReportingPeriods;

/**
 * Every step writes its audit rows, in the same transaction, with the item's type and key, the
 * action, the field and the old and new value, and who took the step: a local plan created,
 * fastställd with its decision, objectives and focus areas, and removed; a report submitted, sent
 * back for komplettering, submitted again and granskad; a discussion comment posted, corrected and
 * removed; an actor added to the catalogue, renamed and removed. Each test makes the items it
 * audits (a free period, a plan, a comment, an actor with this run's mark).
 */
@ExtendWith(ArquillianExtension.class)
class AuditRowsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(AuditRowsIT.class);
    }

    @EJB
    AuditTrail audit;

    @EJB
    LocalPlans localPlans;

    @EJB
    ReportingPeriods periods;

    @EJB
    KommunReports reports;

    @EJB
    ReportReview review;

    @EJB
    DiscussionService discussion;

    @EJB
    ActorCatalogue actors;

    @EJB
    RegionalPlanService plans;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor socialchef;

    @EJB
    AsNetworkReviewer reviewer;

    @EJB
    DatabaseProbe db;

    @Test
    void a_local_plan_created_adopted_and_removed_leaves_its_rows_field_by_field() throws Exception {
        String title = TestRun.unique("Handlingsplan för familjehemsvården");
        LocalPlanForm form = new LocalPlanForm();
        form.setShape(LocalPlanShape.MEASURES);
        form.setTitle(title);
        form.setDecidedBy("Socialnämnden");
        form.setObjectives("Fler barn växer upp hos sina föräldrar.");
        form.setFocusAreas("Familjehemsvård");
        LocalPlanView created = socialchef.call(() -> localPlans.savePlan(form));

        LocalPlanForm adopted = socialchef.call(() -> localPlans.planForm(created.id()));
        adopted.setStatus(LocalPlanStatus.ADOPTED);
        adopted.setRegistrationNumber("SN 2026/41");
        adopted.setDecidedOn(LocalDate.of(2026, 11, 2));
        adopted.setBudgetSek(250_000L);
        adopted.setObjectives("Fler barn växer upp hos sina föräldrar.\nFärre akuta placeringar.");
        adopted.setFocusAreas("Familjehemsvård\nJourhem");
        socialchef.call(() -> localPlans.savePlan(adopted));
        socialchef.call(() -> {
            localPlans.removePlan(created.id());
            return null;
        });

        List<AuditEntry> rows = rows(AuditItemType.LOCAL_PLAN, "2480:" + created.id());
        assertThat(rows).extracting(AuditRowsIT::row).containsExactly(
                "CREATE | null | null | " + title,
                "UPDATE | status | DRAFT | ADOPTED",
                "UPDATE | budgetSek | null | 250000",
                "UPDATE | decision | Socialnämnden | SN 2026/41, 2026-11-02, Socialnämnden",
                "UPDATE | objectives | Fler barn växer upp hos sina föräldrar. | Fler barn växer upp hos sina föräldrar.\nFärre akuta placeringar.",
                "UPDATE | focusAreas | Familjehemsvård | Familjehemsvård\nJourhem",
                "DELETE | null | " + title + " | null");
        assertThat(rows).allSatisfy(e -> {
            assertThat(e.getActorUsername()).isEqualTo("socialchef.umea");
            assertThat(e.getActorKommun()).isEqualTo("2480");
        });
    }

    @Test
    void a_report_submitted_sent_back_for_komplettering_resubmitted_and_granskad_leaves_a_status_row_per_step() throws Exception {
        PeriodSlots.Slot slot = db.freePeriod("MONTH");
        long period = coordinator.call(() -> periods.open(PeriodKind.MONTH, slot.year(), slot.number(), slot.deadline())).id();
        ReportForm draft = socialchef.call(() -> reports.report(period));
        long firstItem = answerFirst(draft, "Arbetet har startat.");
        socialchef.call(() -> reports.submit(draft));
        reviewer.call(() -> review.requestCompletion("2480", period, "Beskriv vilka enheter som har börjat.", Set.of(firstItem)));
        ReportForm reopened = socialchef.call(() -> reports.report(period));
        answerFirst(reopened, "Arbetet har startat i två enheter.");
        socialchef.call(() -> reports.submit(reopened));
        reviewer.call(() -> review.review("2480", period));

        List<AuditEntry> rows = rows(AuditItemType.PROGRESS_REPORT, "2480:" + slot.code());
        assertThat(rows).extracting(AuditRowsIT::row).containsExactly(
                "CREATE | null | null | " + slot.code(),
                "UPDATE | status | DRAFT | SUBMITTED",
                "UPDATE | status | SUBMITTED | COMPLETION_REQUESTED",
                "UPDATE | status | COMPLETION_REQUESTED | SUBMITTED",
                "UPDATE | status | SUBMITTED | REVIEWED");
        assertThat(rows).extracting(AuditEntry::getActorUsername)
                .containsExactly("socialchef.umea", "socialchef.umea", "granskare.lbu", "socialchef.umea", "granskare.lbu");
    }

    @Test
    void a_comment_posted_corrected_and_removed_leaves_its_text_in_each_row() throws Exception {
        String delmal = coordinator.call(() -> plans.currentPlan()).orElseThrow().areas().get(0).subGoals().get(0).itemKey();
        String text = TestRun.unique("Vi har startat en arbetsgrupp");
        String corrected = TestRun.unique("Vi har startat två arbetsgrupper");
        CommentView posted = socialchef.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal, text));
        socialchef.call(() -> discussion.edit(posted.id(), corrected));
        socialchef.call(() -> {
            discussion.delete(posted.id());
            return null;
        });

        List<AuditEntry> rows = rows(AuditItemType.COMMENT, String.valueOf(posted.id()));
        assertThat(rows).extracting(AuditRowsIT::row).containsExactly(
                "CREATE | null | null | " + text,
                "UPDATE | text | " + text + " | " + corrected,
                "DELETE | null | " + corrected + " | null");
        assertThat(rows).extracting(AuditEntry::getActorUsername).containsOnly("socialchef.umea");
    }

    @Test
    void an_actor_added_renamed_and_removed_leaves_the_names_in_its_rows() throws Exception {
        String name = TestRun.unique("Barnahus Västerbotten");
        String renamed = TestRun.unique("Barnahus Umeå");
        ActorCatalogue.Entry added = coordinator.call(() -> actors.add(name, ActorKind.REGIONAL_UNIT, "Samverkan kring barn"));
        coordinator.call(() -> actors.revise(new ActorCatalogue.Entry(added.key(), renamed, added.kind(), added.note(),
                added.lockVersion())));
        coordinator.call(() -> {
            actors.remove(added.key());
            return null;
        });

        List<AuditEntry> rows = rows(AuditItemType.ACTOR, added.key());
        assertThat(rows).extracting(AuditRowsIT::row).containsExactly(
                "CREATE | null | null | " + name,
                "UPDATE | name | " + name + " | " + renamed,
                "DELETE | null | " + renamed + " | null");
        assertThat(rows).extracting(AuditEntry::getActorUsername).containsOnly("samordnare");
    }

    /** The item's audit rows, oldest first. */
    private List<AuditEntry> rows(AuditItemType type, String key) {
        return audit.history(type, key).stream().sorted(Comparator.comparing(AuditEntry::getId)).toList();
    }

    private static String row(AuditEntry e) {
        return e.getAction() + " | " + e.getField() + " | " + e.getOldValue() + " | " + e.getNewValue();
    }

    /** Fills in the report's first item; gives its id. */
    private static long answerFirst(ReportForm form, String narrative) {
        ReportForm.Item first = form.getItems().get(0);
        first.setStatus(ItemStatus.ONGOING);
        first.setLight(TrafficLight.GREEN);
        first.setNarrative(narrative);
        return first.getId();
    }
}
