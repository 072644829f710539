package se.samverkansportalen.it.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.discussion.DiscussionService;
import se.samverkansportalen.service.discussion.DiscussionService.CommentView;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;

/**
 * The author may withdraw a comment for a quarter of an hour after posting it: 14 minutes after,
 * Umeå's socialchef deletes her comment and it is gone from the thread (and the deletion audited);
 * 16 minutes after, the deletion is refused ("discussion.error.tooLate", 15 minutes) and the
 * comment stands. Each test posts a comment of its own and moves its posting time back.
 */
@ExtendWith(ArquillianExtension.class)
class CommentDeletionWindowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(CommentDeletionWindowIT.class);
    }

    @EJB
    DiscussionService discussion;

    @EJB
    RegionalPlanService plans;

    @EJB
    se.samverkansportalen.service.audit.AuditTrail audit;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor socialchef;

    @EJB
    DatabaseProbe db;

    @Test
    void fourteen_minutes_after_posting_the_author_deletes_her_comment_and_it_is_gone() throws Exception {
        String delmal = firstSubGoal();
        CommentView posted = socialchef.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal,
                TestRun.unique("Vi skickar underlaget i morgon")));
        db.ageComment(posted.id(), 14);

        socialchef.call(() -> {
            discussion.delete(posted.id());
            return null;
        });

        assertThat(socialchef.call(() -> discussion.thread(RegionalPlanEditor.SUB_GOAL, delmal))).extracting(CommentView::id)
                .doesNotContain(posted.id());
        assertThat(actions(posted.id())).containsExactly("CREATE", "DELETE");
    }

    @Test
    void sixteen_minutes_after_posting_the_authors_deletion_is_refused_and_the_comment_stands() throws Exception {
        String delmal = firstSubGoal();
        String text = TestRun.unique("Vi har bjudit in skolan");
        CommentView posted = socialchef.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal, text));
        db.ageComment(posted.id(), 16);

        assertThatThrownBy(() -> socialchef.call(() -> {
            discussion.delete(posted.id());
            return null;
        })).isInstanceOfSatisfying(WrongStateRefusal.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("discussion.error.tooLate");
            assertThat(e.getArguments()).containsExactly("15");
        });

        assertThat(socialchef.call(() -> discussion.thread(RegionalPlanEditor.SUB_GOAL, delmal)))
                .filteredOn(c -> c.id() == posted.id()).singleElement().satisfies(c -> {
                    assertThat(c.body()).isEqualTo(text);
                    assertThat(c.changeable()).isFalse();
                });
        assertThat(actions(posted.id())).containsExactly("CREATE");
    }

    /** What the audit trail says happened to the comment, oldest first. */
    private java.util.List<String> actions(long commentId) {
        return audit.history(se.samverkansportalen.domain.audit.AuditItemType.COMMENT, String.valueOf(commentId)).stream()
                .sorted(java.util.Comparator.comparing(se.samverkansportalen.domain.audit.AuditEntry::getId))
                .map(e -> e.getAction().name()).toList();
    }

    private String firstSubGoal() throws Exception {
        return coordinator.call(() -> plans.currentPlan()).orElseThrow().areas().get(0).subGoals().get(0).itemKey();
    }
}
