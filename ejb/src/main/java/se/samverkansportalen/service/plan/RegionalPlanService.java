package se.samverkansportalen.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.ImprovementArea;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.domain.plan.ResponsibleParty;
import se.samverkansportalen.domain.plan.SubGoal;
import se.samverkansportalen.service.identity.PortalRole;

/** Reading the shared regional plan: open to every logged-in role. */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.EDITOR, PortalRole.REVIEWER, PortalRole.ADMINISTRATOR})
public class RegionalPlanService {

    /** The region the portal serves, by its län code; Västerbotten is 24. */
    public static final String REGION_CODE = System.getenv().getOrDefault("SAMVERKAN_REGION", "24");

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    public Optional<RegionalPlanView> currentPlan() {
        return currentPlan(PlanFilter.NONE);
    }

    /** The latest version narrowed to what the filter lets through. */
    public Optional<RegionalPlanView> currentPlan(PlanFilter filter) {
        return plan().map(p -> view(p.latestVersion(), filter));
    }

    /** The ansvariga named in the latest version, for the filter's choices, in Swedish order. */
    public List<String> responsibleNames() {
        java.text.Collator swedish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv"));
        return plan().map(p -> p.latestVersion().getAreas().stream().flatMap(a -> a.getSubGoals().stream())
                .flatMap(s -> s.getActivities().stream()).flatMap(a -> a.getEffectiveResponsible().stream())
                .map(ResponsibleParty::getName).distinct().sorted(swedish).toList()).orElse(List.of());
    }

    /**
     * The delmål of the latest version as local work links to them: item key to number
     * ("3.2"), in plan order.
     */
    public java.util.LinkedHashMap<String, String> subGoalNumbers() {
        java.util.LinkedHashMap<String, String> numbers = new java.util.LinkedHashMap<>();
        plan().ifPresent(p -> p.latestVersion().getAreas().forEach(a -> a.getSubGoals()
                .forEach(s -> numbers.put(s.getItemKey(), s.getNumber()))));
        return numbers;
    }

    /**
     * Whether a delmål ({@link RegionalPlanEditor#SUB_GOAL}) or an aktivitet
     * ({@link RegionalPlanEditor#ACTIVITY}) with this item key stands in any version of the plan;
     * false for any other kind.
     */
    public boolean hasItem(String itemType, String itemKey) {
        String entity = RegionalPlanEditor.SUB_GOAL.equals(itemType) ? "SubGoal"
                : RegionalPlanEditor.ACTIVITY.equals(itemType) ? "Activity" : null;
        return entity != null && em.createQuery("SELECT COUNT(i) FROM " + entity + " i WHERE i.itemKey = :key", Long.class)
                .setParameter("key", itemKey).getSingleResult() > 0;
    }

    /** A version of the plan by its number; earlier versions stay readable. */
    public Optional<RegionalPlanView> version(int number) {
        return plan().flatMap(p -> p.version(number)).map(RegionalPlanService::view);
    }

    /** Every version, oldest first. */
    public List<VersionSummary> versions() {
        return plan().map(p -> p.getVersions().stream().map(v -> new VersionSummary(v.getNumber(), v.isDraft(),
                v.getAdoptedOn(), v.getDecidedBy(), v.getRegistrationNumber())).toList()).orElse(List.of());
    }

    /** What changed from one version to another, item by item. */
    public Optional<VersionComparison> compare(int fromVersion, int toVersion) {
        return plan().flatMap(p -> p.version(fromVersion).flatMap(from -> p.version(toVersion)
                .map(to -> PlanSnapshots.compare(from, to))));
    }

    private Optional<RegionalPlan> plan() {
        return em.createNamedQuery(RegionalPlan.BY_REGION, RegionalPlan.class)
                .setParameter("regionCode", REGION_CODE).getResultStream().findFirst();
    }

    /** The reading view of a plan version (a pure mapping; also used to render exports). */
    public static RegionalPlanView view(PlanVersion version) {
        return view(version, PlanFilter.NONE);
    }

    static RegionalPlanView view(PlanVersion version, PlanFilter filter) {
        RegionalPlan plan = version.getPlan();
        return new RegionalPlanView(version.getTitle(), plan.getRegionName(), plan.getCoordinator(),
                version.getNumber(), version.isDraft(), version.getAdoptedOn(), version.getDecidedBy(),
                version.getRegistrationNumber(), version.getAreas().stream().filter(a -> filter.acceptsArea(a.getNumber()))
                        .map(a -> area(a, filter)).filter(a -> filter.isEmpty() || !a.subGoals().isEmpty()).toList());
    }

    private static RegionalPlanView.Area area(ImprovementArea area, PlanFilter filter) {
        return new RegionalPlanView.Area(area.getNumber(), area.getTitle(), area.getDevelopmentGoal(),
                area.getSubGoals().stream().map(s -> row(s, filter)).flatMap(Optional::stream).toList());
    }

    private static Optional<RegionalPlanView.SubGoalRow> row(SubGoal subGoal, PlanFilter filter) {
        List<Activity> activities = subGoal.getActivities().stream().filter(a -> filter.accepts(subGoal, a)).toList();
        if (!filter.isEmpty() && activities.isEmpty()) {
            return Optional.empty();
        }
        boolean ownPerActivity = activities.stream().anyMatch(Activity::hasOwnResponsibleOrTimeframe);
        List<RegionalPlanView.Line> lines = ownPerActivity
                ? activities.stream().map(a -> new RegionalPlanView.Line(List.of(item(a)),
                        responsible(a.getEffectiveResponsible()), a.getEffectiveTimeframe(),
                        a.getEffectiveTimeframeMeaning().understood())).toList()
                : List.of(new RegionalPlanView.Line(activities.stream().map(RegionalPlanService::item).toList(),
                        responsible(subGoal.getResponsible()), subGoal.getTimeframe(),
                        subGoal.getTimeframeMeaning().understood()));
        return Optional.of(new RegionalPlanView.SubGoalRow(subGoal.getItemKey(), subGoal.getNumber(), subGoal.getText(),
                subGoal.getResponsibleNote(), lines));
    }

    private static RegionalPlanView.ActivityItem item(Activity activity) {
        return new RegionalPlanView.ActivityItem(activity.getItemKey(), activity.getText(), activity.isPerKommun(),
                activity.isDependsOnDecision());
    }

    private static List<RegionalPlanView.Responsible> responsible(List<ResponsibleParty> parties) {
        return parties.stream().map(p -> new RegionalPlanView.Responsible(p.getName(), p.isDependsOnDecision()))
                .toList();
    }
}
