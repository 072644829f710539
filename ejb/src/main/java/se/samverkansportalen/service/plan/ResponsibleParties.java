package se.samverkansportalen.service.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkansportalen.domain.plan.ResponsibleParty;

/** Pure rules for a delmål's or an aktivitet's ansvariga as the edit form chooses them. */
final class ResponsibleParties {

    private ResponsibleParties() {
    }

    /**
     * The ansvariga after choosing these names (blank names ignored, surrounding space stripped,
     * each name once), or null when the choice is the same set as before: a form lists its choices
     * in its own order, which is no change. Those kept keep their place and their "beroende av
     * beslut och resurser" marking; new ones follow them, unmarked.
     */
    static List<ResponsibleParty> merged(List<ResponsibleParty> before, List<String> chosen) {
        Set<String> wanted = chosen == null ? Set.of() : chosen.stream().filter(n -> n != null && !n.isBlank())
                .map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> had = before.stream().map(ResponsibleParty::getName).collect(Collectors.toSet());
        if (wanted.equals(had)) {
            return null;
        }
        List<ResponsibleParty> after = new ArrayList<>(before.stream().filter(b -> wanted.contains(b.getName())).toList());
        wanted.stream().filter(n -> !had.contains(n)).map(n -> new ResponsibleParty(n, false)).forEach(after::add);
        return after;
    }

    /** The parties with one name replaced by another, each keeping its marking. */
    static List<ResponsibleParty> renamed(List<ResponsibleParty> parties, String oldName, String newName) {
        return parties.stream().map(p -> p.getName().equals(oldName) ? new ResponsibleParty(newName, p.isDependsOnDecision()) : p)
                .toList();
    }

    /** The names, in order. */
    static List<String> names(List<ResponsibleParty> parties) {
        return parties.stream().map(ResponsibleParty::getName).toList();
    }

    /** The parties as the history shows them: names in order, a marked one with its marking. */
    static String joined(List<ResponsibleParty> parties) {
        return parties.stream().map(ResponsibleParty::toString).collect(Collectors.joining(", "));
    }
}
