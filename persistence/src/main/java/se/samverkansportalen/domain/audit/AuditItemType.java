package se.samverkansportalen.domain.audit;

import java.util.Optional;

/**
 * The kinds of item the audit trail records changes of. Stored by name in
 * {@code audit_entry.item_type}; each has a label pattern in the web layer's bundle
 * ({@code audit.item.SUB_GOAL=Delmål {0}}), where {@code {0}} is the entry's item label, which is a
 * reference (the delmål's number, the plan's title), never a sentence in one language.
 */
public enum AuditItemType {
    AREA, SUB_GOAL, ACTIVITY, PLAN_VERSION, ACTOR, COMMENT,
    LOCAL_PLAN, LOCAL_MEASURE, LOCAL_INDICATOR, LOCAL_GOAL, LOCAL_RISK, LOCAL_RISK_MEASURE,
    REPORTING_PERIOD, PROGRESS_REPORT, REPORT_ITEM, REMINDER_PREFERENCE, AUDIT_ENTRY,
    QUALITY_REPORT, KEY_FIGURE;

    /** The kind of this name (as a page or the API names it), or empty for no such kind. */
    public static Optional<AuditItemType> named(String name) {
        for (AuditItemType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
