package se.samverkansportalen.it.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.AsKommunEditor;
import se.samverkansportalen.it.support.AsNetworkReviewer;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.TestArea;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.service.discussion.DiscussionService;
import se.samverkansportalen.service.discussion.DiscussionService.CommentView;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;

/**
 * An aktivitet has a discussion thread of its own, not only its delmål: in a förbättringsområde of
 * the test's own, Umeå's socialchef asks about the first aktivitet and the LBU network answers; the
 * first aktivitet's thread holds both in order, with author and organisation, while the second
 * aktivitet's thread and the delmål's thread hold neither. An aktivitet that does not exist has no
 * thread to post in. The area is removed again at the end.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityDiscussionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(ActivityDiscussionIT.class);
    }

    @EJB
    DiscussionService discussion;

    @EJB
    RegionalPlanEditor editor;

    @EJB
    RegionalPlanService plans;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsKommunEditor socialchef;

    @EJB
    AsNetworkReviewer reviewer;

    @Test
    void a_question_and_its_answer_on_an_aktivitet_are_in_that_aktivitets_thread_only() throws Exception {
        TestArea area = TestArea.create(coordinator, editor, plans, "Diskussion om aktivitet", 1, 2);
        try {
            List<String> aktiviteter = area.activityKeys(1);
            String question = TestRun.unique("Vilka kommuner har börjat med utbildningen?");
            String answer = TestRun.unique("Umeå och Skellefteå har börjat.");
            socialchef.call(() -> discussion.post(RegionalPlanEditor.ACTIVITY, aktiviteter.get(0), question));
            reviewer.call(() -> discussion.post(RegionalPlanEditor.ACTIVITY, aktiviteter.get(0), answer));

            List<CommentView> thread = coordinator.call(() -> discussion.thread(RegionalPlanEditor.ACTIVITY, aktiviteter.get(0)));
            assertThat(thread).extracting(CommentView::body).containsExactly(question, answer);
            assertThat(thread).extracting(CommentView::authorName).containsExactly("socialchef.umea", "granskare.lbu");
            assertThat(thread.get(1).organisation()).isEqualTo("Länsgrupp barn och unga (LBU)");
            assertThat(socialchef.call(() -> discussion.thread(RegionalPlanEditor.ACTIVITY, aktiviteter.get(0))))
                    .extracting(CommentView::changeable).as("the author may still change her own, not LBU's").containsExactly(true, false);

            assertThat(coordinator.call(() -> discussion.thread(RegionalPlanEditor.ACTIVITY, aktiviteter.get(1))))
                    .as("the other aktivitet's thread").isEmpty();
            assertThat(coordinator.call(() -> discussion.thread(RegionalPlanEditor.SUB_GOAL, area.subGoalKey(1))))
                    .as("the delmål's thread").isEmpty();
            assertThat(coordinator.call(() -> discussion.thread(RegionalPlanEditor.SUB_GOAL, aktiviteter.get(0))))
                    .as("the aktivitet's key is no delmål's thread").isEmpty();
        } finally {
            area.remove();
        }
    }

    @Test
    void no_comment_is_posted_on_an_aktivitet_that_does_not_exist() {
        assertThatThrownBy(() -> socialchef.call(() -> discussion.post(RegionalPlanEditor.ACTIVITY,
                TestRun.unique("ingen-aktivitet"), "Finns den här?"))).isInstanceOfSatisfying(NotFoundRefusal.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("discussion.error.notFound"));
    }
}
