package se.samverkansportalen.domain.report;

/** Where a kommun's report for a period is in its workflow. */
public enum ReportStatus {
    /** Utkast: the kommun's editors save as often as they like. */
    DRAFT,
    /** Inskickad: locked for the kommun until the LBU network has looked at it. */
    SUBMITTED,
    /** Granskad by the LBU network. */
    REVIEWED,
    /** Komplettering begärd: reopened for the kommun, with the reviewer's comment. */
    COMPLETION_REQUESTED;

    /** Whether the kommun may change the report in this state. */
    public boolean editableByKommun() {
        return this == DRAFT || this == COMPLETION_REQUESTED;
    }
}
