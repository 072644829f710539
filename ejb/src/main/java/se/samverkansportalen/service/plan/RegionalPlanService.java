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

    @jakarta.ejb.EJB
    se.samverkansportalen.service.identity.CallerPrincipal caller;

    /** The plan as the caller is shown it by default ({@link PlanInForce#shownTo}); empty while no plan is loaded. */
    public Optional<RegionalPlanView> currentPlan() {
        return currentPlan(PlanFilter.NONE);
    }

    /**
     * The version the caller is shown by default ({@link PlanInForce#shownTo}: the plan that applies
     * for kommun users and LBU, the utkast for coordinators) narrowed to what the filter lets through.
     */
    public Optional<RegionalPlanView> currentPlan(PlanFilter filter) {
        return plan().map(p -> view(PlanInForce.shownTo(p, caller.roles()), filter));
    }

    /**
     * What the regional plan page shows, read together in one persistence context: the version the
     * caller is shown narrowed by the filter ({@link #currentPlan(PlanFilter)}), the ansvariga of
     * that version for the filter's choices ({@link #responsibleNames()}), the number of a newer
     * utkast ({@link #newerDraftNumber()}) and of the version that applies
     * ({@link #applyingVersionNumber()}). A constant number of SQL statements whatever the size of
     * the plan and the number of its versions: the plan with its versions, then the shown version's
     * areas, delmål, aktiviteter and the two kinds of ansvariga, one statement each. Refuses nothing.
     */
    public PlanPage page(PlanFilter filter) {
        return plan().map(p -> {
            java.util.Set<PortalRole> roles = caller.roles();
            PlanVersion shown = PlanInForce.shownTo(p, roles);
            VersionResponsible responsible = VersionResponsible.read(em, shown);
            return new PlanPage(view(shown, filter, responsible), responsibleNames(shown, responsible),
                    newerDraft(p, roles).orElse(null), PlanInForce.applying(p).getNumber());
        }).orElse(PlanPage.NONE);
    }

    /**
     * The regional plan page's content (see {@link #page}): {@code plan} null while no plan is
     * loaded, {@code newerDraft} and {@code applyingVersion} null when there is none.
     */
    public record PlanPage(RegionalPlanView plan, List<String> responsibleNames, Integer newerDraft, Integer applyingVersion) {

        static final PlanPage NONE = new PlanPage(null, List.of(), null, null);
    }

    /**
     * The number of an utkast newer than the plan the caller is shown, for the note "a newer utkast
     * exists"; empty for coordinators (they are shown the utkast) and when there is none.
     */
    public Optional<Integer> newerDraftNumber() {
        return plan().flatMap(p -> newerDraft(p, caller.roles()));
    }

    private static Optional<Integer> newerDraft(RegionalPlan plan, java.util.Set<PortalRole> roles) {
        return PlanInForce.worksInDraft(roles) ? Optional.empty() : PlanInForce.newerDraft(plan).map(PlanVersion::getNumber);
    }

    /** The number of the version that applies to kommuner and their reports ({@link PlanInForce#applying}); empty while no plan is loaded. */
    public Optional<Integer> applyingVersionNumber() {
        return plan().map(PlanInForce::applying).map(se.samverkansportalen.domain.plan.PlanVersion::getNumber);
    }

    /** The ansvariga named in the version the caller is shown, for the filter's choices, in Swedish order. */
    public List<String> responsibleNames() {
        return plan().map(p -> {
            PlanVersion shown = PlanInForce.shownTo(p, caller.roles());
            return responsibleNames(shown, VersionResponsible.read(em, shown));
        }).orElse(List.of());
    }

    private static List<String> responsibleNames(PlanVersion version, VersionResponsible responsible) {
        java.text.Collator swedish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv"));
        return version.getAreas().stream().flatMap(a -> a.getSubGoals().stream())
                .flatMap(s -> s.getActivities().stream()).flatMap(a -> responsible.effectiveOf(a).stream())
                .map(ResponsibleParty::getName).distinct().sorted(swedish).toList();
    }

    /**
     * The delmål of the latest version as local work links to them: item key to number
     * ("3.2"), in plan order.
     */
    public java.util.LinkedHashMap<String, String> subGoalNumbers() {
        java.util.LinkedHashMap<String, String> numbers = new java.util.LinkedHashMap<>();
        PlanOutline.latest(em).forEach(a -> a.subGoals().forEach(s -> numbers.put(s.itemKey(), s.number())));
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
        return plan().flatMap(p -> p.version(number)).map(v -> view(v, PlanFilter.NONE));
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

    /**
     * The reading view of a plan version (used also to render exports), read in a constant number
     * of statements: the version's areas, delmål and aktiviteter (one each, by their batch fetch)
     * and their ansvariga ({@link VersionResponsible}: two).
     */
    private RegionalPlanView view(PlanVersion version, PlanFilter filter) {
        return view(version, filter, VersionResponsible.read(em, version));
    }

    /**
     * The reading view of a plan version as held in memory (a pure mapping; its ansvariga are read
     * through the entities, one statement per item for a version read from the database: the
     * service's own readings read them per version instead).
     */
    public static RegionalPlanView view(PlanVersion version) {
        return view(version, PlanFilter.NONE, VersionResponsible.OF_ENTITIES);
    }

    private static RegionalPlanView view(PlanVersion version, PlanFilter filter, VersionResponsible responsible) {
        RegionalPlan plan = version.getPlan();
        return new RegionalPlanView(version.getTitle(), plan.getRegionName(), plan.getCoordinator(),
                version.getNumber(), version.isDraft(), version.getAdoptedOn(), version.getDecidedBy(),
                version.getRegistrationNumber(), version.getAreas().stream().filter(a -> filter.acceptsArea(a.getNumber()))
                        .map(a -> area(a, filter, responsible)).filter(a -> filter.isEmpty() || !a.subGoals().isEmpty()).toList());
    }

    private static RegionalPlanView.Area area(ImprovementArea area, PlanFilter filter, VersionResponsible responsible) {
        return new RegionalPlanView.Area(area.getNumber(), area.getTitle(), area.getDevelopmentGoal(),
                area.getSubGoals().stream().map(s -> row(s, filter, responsible)).flatMap(Optional::stream).toList());
    }

    private static Optional<RegionalPlanView.SubGoalRow> row(SubGoal subGoal, PlanFilter filter, VersionResponsible responsible) {
        List<Activity> activities = subGoal.getActivities().stream()
                .filter(a -> filter.accepts(subGoal, a, responsible.effectiveOf(a))).toList();
        if (!filter.isEmpty() && activities.isEmpty()) {
            return Optional.empty();
        }
        boolean ownPerActivity = activities.stream().anyMatch(responsible::namesOwn);
        List<RegionalPlanView.Line> lines = ownPerActivity
                ? activities.stream().map(a -> new RegionalPlanView.Line(List.of(item(a)),
                        responsible(responsible.effectiveOf(a)), a.getEffectiveTimeframe(),
                        a.getEffectiveTimeframeMeaning().understood())).toList()
                : List.of(new RegionalPlanView.Line(activities.stream().map(RegionalPlanService::item).toList(),
                        responsible(responsible.of(subGoal)), subGoal.getTimeframe(),
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
