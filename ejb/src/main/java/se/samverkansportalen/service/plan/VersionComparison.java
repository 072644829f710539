package se.samverkansportalen.service.plan;

import java.io.Serializable;
import java.util.List;

/** What differs between two versions of the regional plan, item by item. */
public record VersionComparison(int fromVersion, int toVersion, List<ItemDifference> differences) implements Serializable {

    /** How an item differs: added in the later version, removed from it, or changed. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /** One item's difference; for a changed item, each field that changed. */
    public record ItemDifference(String itemType, String label, Change change, List<FieldDifference> fields) implements Serializable {
    }

    /** A field's value in the earlier and the later version. */
    public record FieldDifference(String field, String before, String after) implements Serializable {
    }

    public boolean identical() {
        return differences.isEmpty();
    }
}
