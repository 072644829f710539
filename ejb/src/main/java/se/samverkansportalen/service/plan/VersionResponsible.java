package se.samverkansportalen.service.plan;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.ResponsibleParty;
import se.samverkansportalen.domain.plan.SubGoal;

/**
 * The ansvariga of every delmål and aktivitet of one version of the regional plan, read in two
 * statements (one for the delmål's, one for the aktiviteter's) instead of one per item. Ansvariga
 * are an element collection of embeddables, which EclipseLink 4.0 cannot batch fetch: parts read
 * that way break the change detection at commit (eclipse-ee4j/eclipselink#921, seen here as a
 * NullPointerException in the flush); these queries read their columns only. The rules of which
 * ansvariga apply stay {@link Activity}'s. Reads only; refuses nothing.
 */
final class VersionResponsible {

    /** The ansvariga as the entities hold them: for a version in memory (read from the database, one statement per item). */
    static final VersionResponsible OF_ENTITIES = new VersionResponsible(SubGoal::getResponsible, Activity::getResponsible);

    private final Function<SubGoal, List<ResponsibleParty>> ofSubGoal;
    private final Function<Activity, List<ResponsibleParty>> ofActivity;

    private VersionResponsible(Function<SubGoal, List<ResponsibleParty>> ofSubGoal, Function<Activity, List<ResponsibleParty>> ofActivity) {
        this.ofSubGoal = ofSubGoal;
        this.ofActivity = ofActivity;
    }

    /** The ansvariga of {@code version}'s delmål and aktiviteter, each list in its order, read in two statements. */
    static VersionResponsible read(EntityManager em, PlanVersion version) {
        Map<Long, List<ResponsibleParty>> bySubGoal = byItem(em.createQuery("SELECT s.id, r.name, r.dependsOnDecision "
                + "FROM SubGoal s JOIN s.responsible r WHERE s.area.planVersion = :version ORDER BY s.id, INDEX(r)", Object[].class)
                .setParameter("version", version).getResultList());
        Map<Long, List<ResponsibleParty>> byActivity = byItem(em.createQuery("SELECT a.id, r.name, r.dependsOnDecision "
                + "FROM Activity a JOIN a.responsible r WHERE a.subGoal.area.planVersion = :version ORDER BY a.id, INDEX(r)", Object[].class)
                .setParameter("version", version).getResultList());
        return new VersionResponsible(s -> bySubGoal.getOrDefault(s.getId(), List.of()), a -> byActivity.getOrDefault(a.getId(), List.of()));
    }

    private static Map<Long, List<ResponsibleParty>> byItem(List<Object[]> rows) {
        Map<Long, List<ResponsibleParty>> byItem = new HashMap<>();
        for (Object[] row : rows) {
            byItem.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new ResponsibleParty((String) row[1], Boolean.TRUE.equals(row[2])));
        }
        return byItem;
    }

    /** The delmål's ansvariga. */
    List<ResponsibleParty> of(SubGoal subGoal) {
        return ofSubGoal.apply(subGoal);
    }

    /** The ansvariga the aktivitet names itself (none when its delmål's apply). */
    List<ResponsibleParty> ownOf(Activity activity) {
        return ofActivity.apply(activity);
    }

    /** The ansvariga that apply to the aktivitet ({@link Activity#effectiveResponsible}). */
    List<ResponsibleParty> effectiveOf(Activity activity) {
        return Activity.effectiveResponsible(ownOf(activity), of(activity.getSubGoal()));
    }

    /** Whether the aktivitet names ansvariga or a tidsram of its own ({@link Activity#hasOwnResponsibleOrTimeframe(List)}). */
    boolean namesOwn(Activity activity) {
        return activity.hasOwnResponsibleOrTimeframe(ownOf(activity));
    }
}
