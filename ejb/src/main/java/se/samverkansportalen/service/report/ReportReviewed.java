package se.samverkansportalen.service.report;

import java.time.LocalDateTime;

/**
 * The LBU network has marked a kommun's report granskad: round {@code round} of the review, by
 * {@code reviewer} (stored display name) at {@code at} (Swedish time). Fired by {@link ReportReview}
 * inside the step's transaction, the one place this happens; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once it is committed.
 */
public record ReportReviewed(String kommunCode, long periodId, String periodCode, int round, String reviewer, LocalDateTime at) {
}
