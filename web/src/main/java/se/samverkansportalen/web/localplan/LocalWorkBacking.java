package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.service.localplan.LocalWorkLinks;

/** For the regional plan page: which kommuner have linked local work to a delmål. */
@Named
@RequestScoped
public class LocalWorkBacking {

    @EJB
    LocalWorkLinks links;

    private Map<String, List<String>> kommuner;

    /** The kommuner with local measures linked to the delmål, by name; empty when none. */
    public List<String> kommunerFor(String subGoalItemKey) {
        if (kommuner == null) {
            kommuner = links.kommunerBySubGoal();
        }
        return kommuner.getOrDefault(subGoalItemKey, List.of());
    }
}
