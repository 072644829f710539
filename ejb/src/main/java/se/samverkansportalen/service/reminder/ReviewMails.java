package se.samverkansportalen.service.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import se.samverkansportalen.domain.reminder.ReminderSent;
import se.samverkansportalen.service.report.CompletionRequested;
import se.samverkansportalen.service.report.ReportReviewed;

/**
 * Mails the kommun's editors when LBU has asked for komplettering or marked the report granskad,
 * once that review round is committed (never for a step that was refused or rolled back). Each
 * komplettering round is told once (its round number is the occasion), a granskad report once.
 */
@ApplicationScoped
public class ReviewMails {

    @Inject
    Reminders reminders;

    void completionRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompletionRequested round) {
        reminders.sendReviewStep(round.periodId(), round.kommunCode(), ReminderSent.Kind.COMPLETION, "round " + round.round());
    }

    void reviewed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportReviewed round) {
        reminders.sendReviewStep(round.periodId(), round.kommunCode(), ReminderSent.Kind.REVIEWED, "");
    }
}
