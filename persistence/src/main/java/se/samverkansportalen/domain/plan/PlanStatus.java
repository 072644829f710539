package se.samverkansportalen.domain.plan;

/** Where a version of the regional plan stands: an utkast being worked on, or fastställd (adopted). */
public enum PlanStatus {
    /** Utkast: coordinators may change it. */
    DRAFT,
    /** Fastställd: decided, frozen; changing the plan starts a new utkast from it. */
    ADOPTED
}
