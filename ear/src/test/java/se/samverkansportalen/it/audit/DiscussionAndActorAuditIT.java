package se.samverkansportalen.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.domain.audit.AuditEntry;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.discussion.DiscussionService;
import se.samverkansportalen.service.discussion.DiscussionService.CommentView;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;

/**
 * The discussion and the actor catalogue write their audit rows with the item's type and key, the
 * action, the field and the old and new value, and who took the step: a comment posted, corrected
 * and removed by its author; an actor added to the catalogue, renamed and removed by FoU Välfärd.
 * Each test makes the items it audits (a comment, an actor with this run's mark). Local plans and
 * the review steps are kommun-bound, so their rows are told by {@link LocalPlanAndReviewAuditIT}
 * through the API with real tokens.
 */
@ExtendWith(ArquillianExtension.class)
class DiscussionAndActorAuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(DiscussionAndActorAuditIT.class);
    }

    @EJB
    AuditTrail audit;

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
        assertThat(rows).extracting(DiscussionAndActorAuditIT::row).containsExactly(
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
        assertThat(rows).extracting(DiscussionAndActorAuditIT::row).containsExactly(
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
}
