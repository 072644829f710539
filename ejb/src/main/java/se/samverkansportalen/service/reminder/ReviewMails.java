package se.samverkansportalen.service.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import se.samverkansportalen.domain.reminder.ReminderSent;
import se.samverkansportalen.service.report.ReviewStepTaken;

/**
 * Mails the kommun's editors when LBU has asked for komplettering or marked the report granskad,
 * once that review step is committed (never for a step that was refused or rolled back).
 */
@ApplicationScoped
public class ReviewMails {

    @Inject
    Reminders reminders;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewStepTaken step) {
        reminders.sendReviewStep(step.periodId(), step.kommunCode(),
                step.completion() ? ReminderSent.Kind.COMPLETION : ReminderSent.Kind.REVIEWED,
                step.completion() ? step.occasion() : "");
    }
}
