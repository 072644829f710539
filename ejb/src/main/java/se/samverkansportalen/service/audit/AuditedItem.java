package se.samverkansportalen.service.audit;

import se.samverkansportalen.domain.audit.AuditItemType;

/**
 * The item an audit entry is about: its kind, its stable key (the plan item's item key, the same
 * in every version) and a reference people recognise ("3.5" for delmål 3.5, a plan's title). The
 * reference is no sentence: the pages put it into their language's pattern for the kind
 * ({@code audit.item.SUB_GOAL=Delmål {0}}).
 */
public record AuditedItem(AuditItemType type, String key, String label) {
}
