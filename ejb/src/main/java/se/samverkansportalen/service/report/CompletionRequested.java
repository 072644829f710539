package se.samverkansportalen.service.report;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The LBU network has asked a kommun to complete its report: round {@code round} of the review,
 * by {@code reviewer} (stored display name) at {@code at} (Swedish time), with the comment and the
 * items returned. Fired by {@link ReportReview} inside the step's transaction, the one place this
 * happens; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only
 * once the round is committed (a reminder mail to the kommun, say).
 */
public record CompletionRequested(String kommunCode, long periodId, String periodCode, int round, String reviewer,
        LocalDateTime at, String comment, List<ReportForm.ReturnedItem> returnedItems) {
}
