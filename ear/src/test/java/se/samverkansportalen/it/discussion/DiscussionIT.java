package se.samverkansportalen.it.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.AsNetworkReviewer;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.TestArea;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.service.discussion.DiscussionService;
import se.samverkansportalen.service.discussion.DiscussionService.CommentView;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.plan.RegionalPlanEditor;

/**
 * Socialchefer, the LBU network and FoU Välfärd discuss a delmål in its thread. A comment belongs
 * to its author, who may correct or withdraw it for a quarter of an hour; then it stands.
 */
@ExtendWith(ArquillianExtension.class)
class DiscussionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(DiscussionIT.class);
    }

    @EJB
    DiscussionService discussion;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor socialchef;

    @EJB
    AsNetworkReviewer reviewer;

    @EJB
    DatabaseProbe db;

    @EJB
    RegionalPlanEditor editor;

    @EJB
    RegionalPlanService plans;

    /** A förbättringsområde of the test's own: its delmål's threads hold only this test's comments. */
    private TestArea area;

    @BeforeEach
    void anAreaOfTheTestsOwn() throws Exception {
        area = TestArea.create(coordinator, editor, plans, "Diskussion", 1, 0);
    }

    @AfterEach
    void removeTheArea() throws Exception {
        area.remove();
    }

    @Test
    void everyone_posts_in_a_delmals_thread_and_reads_it_in_order_with_author_and_organisation() throws Exception {
        String delmal = area.subGoalKey(1);
        reviewer.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal, "Hur går det med strukturerna?"));
        socialchef.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal, "Vi har startat en arbetsgrupp."));

        List<CommentView> thread = coordinator.call(() -> discussion.thread(RegionalPlanEditor.SUB_GOAL, delmal));

        assertThat(thread).extracting(CommentView::body)
                .containsExactly("Hur går det med strukturerna?", "Vi har startat en arbetsgrupp.");
        assertThat(thread).extracting(CommentView::authorName).containsExactly("granskare.lbu", "socialchef.umea");
        assertThat(thread.get(0).organisation()).isEqualTo("Länsgrupp barn och unga (LBU)");
        assertThat(thread).as("the coordinator may change neither").noneMatch(CommentView::changeable);
    }

    @Test
    void only_the_author_edits_or_deletes_a_comment() throws Exception {
        String delmal = area.subGoalKey(1);
        CommentView posted = coordinator.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal, "Utkast till text"));

        assertRefused(() -> socialchef.call(() -> discussion.edit(posted.id(), "Kapad")), "discussion.error.notAuthor");
        assertRefused(() -> socialchef.call(() -> {
            discussion.delete(posted.id());
            return null;
        }), "discussion.error.notAuthor");

        CommentView edited = coordinator.call(() -> discussion.edit(posted.id(), "Rättad text"));
        assertThat(edited.body()).isEqualTo("Rättad text");
        assertThat(edited.editedAt()).isNotNull();
        coordinator.call(() -> {
            discussion.delete(posted.id());
            return null;
        });
        assertThat(coordinator.call(() -> discussion.thread(RegionalPlanEditor.SUB_GOAL, delmal)))
                .extracting(CommentView::id).doesNotContain(posted.id());
    }

    @Test
    void after_fifteen_minutes_a_comment_can_no_longer_be_changed_by_its_author() throws Exception {
        String delmal = area.subGoalKey(1);
        CommentView posted = socialchef.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal, "Vi deltar."));
        db.ageComment(posted.id(), 16);

        assertRefused(() -> socialchef.call(() -> discussion.edit(posted.id(), "Vi deltar inte.")),
                "discussion.error.tooLate");
        assertThat(socialchef.call(() -> discussion.thread(RegionalPlanEditor.SUB_GOAL, delmal)))
                .filteredOn(c -> c.id() == posted.id()).singleElement()
                .satisfies(c -> assertThat(c.changeable()).isFalse());
    }

    @Test
    void an_empty_comment_is_refused() {
        assertRefused(() -> socialchef.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL,
                area.subGoalKey(1), "   ")), "input.required");
    }

    @Test
    void a_comment_holding_a_personnummer_is_refused_and_published_nowhere() throws Exception {
        String delmal = area.subGoalKey(1);
        long comments = db.countRows("plan_comment");
        long audit = db.countRows("audit_entry");

        assertRefused(() -> socialchef.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal,
                "Gäller pojken 19121212-1212, se journalen.")), "input.personalData");
        assertRefused(() -> socialchef.call(() -> discussion.post(RegionalPlanEditor.SUB_GOAL, delmal,
                "Gäller 12\u00a012\u00a012–1212.")), "input.personalData");

        assertThat(db.countRows("plan_comment")).isEqualTo(comments);
        assertThat(db.countRows("audit_entry")).as("no audit row holds the refused text").isEqualTo(audit);
        assertThat(coordinator.call(() -> discussion.thread(RegionalPlanEditor.SUB_GOAL, delmal))).extracting(CommentView::body)
                .noneMatch(body -> body.contains("1212"));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
