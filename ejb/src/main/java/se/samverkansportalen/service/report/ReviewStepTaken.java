package se.samverkansportalen.service.report;

/**
 * A CDI event {@link ReportReview} fires when LBU asks a kommun for komplettering or marks its
 * report granskad; observed once the step is committed (the kommun's editors are told by mail).
 *
 * @param periodId   the reporting period
 * @param kommunCode the kommun whose report it is
 * @param completion true for komplettering begärd, false for granskad
 * @param occasion   which request it is (its time), so that each request is told once
 */
public record ReviewStepTaken(long periodId, String kommunCode, boolean completion, String occasion) {
}
