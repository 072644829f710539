package se.samverkansportalen.domain.quality;

/**
 * The lists a section holds: its items (an improvement followed up, a good example, a
 * fokusområde, per avdelning), notes, the principles of the management system, and the most
 * frequent kinds and cause areas of avvikelser.
 */
public enum EntryList {
    ITEMS, NOTES, PRINCIPLES, FREQUENT_TYPES, FREQUENT_CAUSE_AREAS
}
