package se.samverkansportalen.domain.localplan;

/** Utkast, fastställd or avslutad. */
public enum LocalPlanStatus {
    DRAFT, ADOPTED, CLOSED
}
