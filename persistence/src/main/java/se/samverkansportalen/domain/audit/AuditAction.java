package se.samverkansportalen.domain.audit;

/** What kind of change an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    ADOPT,
    NEW_VERSION,
    /** An administrator removed the values of an earlier entry (the entry's key names it; the new value is the reason). */
    REDACT
}
