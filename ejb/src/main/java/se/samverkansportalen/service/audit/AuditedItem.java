package se.samverkansportalen.service.audit;

/**
 * The item an audit entry is about: its kind ("SUB_GOAL"), its stable key (the plan item's
 * item key, the same in every version) and a label people recognise ("Delmål 3.5").
 */
public record AuditedItem(String type, String key, String label) {
}
