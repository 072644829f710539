package se.samverkansportalen.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.DuplicateNumberException;
import se.samverkansportalen.domain.plan.ImprovementArea;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.domain.plan.ResponsibleParty;
import se.samverkansportalen.domain.plan.SubGoal;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.validation.CalendarDate;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * The regional coordinators' changes to the shared plan. Only {@code regional-coordinator} may
 * call it: a kommun editor or reviewer who posts an edit form or calls it directly is refused by
 * the container and nothing changes. Every change is audited in the same transaction; a change to
 * a fastställd version goes into a new utkast made from it; a change to a delmål someone else
 * changed since the form was opened is refused with what the other person saved.
 */
@Stateless
@RolesAllowed(PortalRole.COORDINATOR)
public class RegionalPlanEditor {

    public static final String SUB_GOAL = "SUB_GOAL";
    public static final String ACTIVITY = "ACTIVITY";
    public static final String PLAN_VERSION = "PLAN_VERSION";
    public static final String AREA = "AREA";

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    PlanChanges changes;

    @EJB
    ActivityReports reportReferences;

    Clock clock = Clock.system(java.time.ZoneId.of("Europe/Stockholm"));

    /** The delmål as it stands in the version coordinators edit (the latest one). */
    public SubGoalForm subGoalForm(String itemKey) {
        return form(find(plan().latestVersion(), itemKey));
    }

    /**
     * Saves the delmål's number, text and tidsram and its aktiviteter's texts and flags.
     *
     * @throws ConflictRefusal (carrying the delmål's current form and who changed it) when someone else changed the delmål since the form was opened
     * @throws InvalidInputRefusal when the input is not valid
     */
    public SubGoalForm reviseSubGoal(@NotNull @Valid SubGoalForm input) {
        RegionalPlan plan = plan();
        PlanVersion before = plan.latestVersion();
        SubGoal current = find(before, input.getItemKey());
        if (changedSinceOpened(input, current, before)) {
            String changedBy = changes.lastChangedBy(input.getItemKey());
            throw ConflictRefusal.withCurrent(form(current), changedBy, "plan.error.concurrentChange", changedBy == null ? "" : changedBy);
        }
        SubGoal subGoal = find(editableVersionAudited(), input.getItemKey());
        String oldNumber = subGoal.getNumber();
        String oldText = subGoal.getText();
        String oldTimeframe = subGoal.getTimeframe();
        try {
            subGoal.revise(input.getNumber(), input.getText(), input.getTimeframe());
        } catch (DuplicateNumberException e) {
            throw new InvalidInputRefusal("plan.error.duplicateNumber", e.getNumber(),
                    String.valueOf(subGoal.getArea().getNumber()));
        }
        changes.changed(subGoal, "number", oldNumber, subGoal.getNumber());
        changes.changed(subGoal, "text", oldText, subGoal.getText());
        changes.changed(subGoal, "timeframe", oldTimeframe, subGoal.getTimeframe());
        reviseResponsible(subGoal, input.getResponsible());
        List<Activity> added = new java.util.ArrayList<>();
        for (SubGoalForm.ActivityForm row : input.getActivities()) {
            if (row.getItemKey() == null) {
                // added in the form since it was opened ("Lägg till aktivitet"): stored now, with Spara
                Activity activity = subGoal.addActivity(row.getText(), row.isPerKommun());
                activity.revise(row.getText(), row.isPerKommun(), row.isDependsOnDecision());
                added.add(activity);
                continue;
            }
            Activity activity = subGoal.getActivities().stream().filter(a -> a.getItemKey().equals(row.getItemKey()))
                    .findFirst().orElseThrow(() -> new NotFoundRefusal("plan.error.notFound"));
            reviseActivity(activity, row);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictRefusal("plan.error.concurrentChange", "");
        }
        for (Activity activity : added) {
            changes.created(activity);
        }
        return form(subGoal);
    }

    /**
     * Adds an aktivitet at the end of a delmål and stores it at once. The delmål's page adds new
     * aktiviteter to its form instead (stored by {@link #reviseSubGoal} with the rest, when the user
     * saves); this serves callers that add one on its own.
     */
    public SubGoalForm addActivity(@NotNull String subGoalItemKey,
            @NotBlank(message = "{plan.error.activityTextRequired}") @Size(max = Activity.TEXT_MAX) @PlainText @NoPersonalData String text,
            boolean perKommun, boolean dependsOnDecision) {
        SubGoal subGoal = find(editableVersionAudited(), subGoalItemKey);
        Activity activity = subGoal.addActivity(text, perKommun);
        activity.revise(text, perKommun, dependsOnDecision);
        em.flush();
        changes.created(activity);
        return form(subGoal);
    }

    /** A förbättringsområde of the latest version, for its edit form. */
    public AreaForm areaForm(int number) {
        PlanVersion version = plan().latestVersion();
        ImprovementArea area = version.area(number).orElseThrow(() -> new NotFoundRefusal("plan.error.areaNotFound"));
        return new AreaForm(area.getNumber(), version.getNumber(), area.getLockVersion(), area.getTitle(),
                area.getDevelopmentGoal());
    }

    /**
     * Saves a förbättringsområde's title and utvecklingsmål, or adds a new area (numbered after the
     * last) when the form is new.
     */
    public AreaForm saveArea(@NotNull @Valid AreaForm input) {
        if (input.isNew()) {
            PlanVersion version = editableVersionAudited();
            int number = version.getAreas().stream().mapToInt(ImprovementArea::getNumber).max().orElse(0) + 1;
            ImprovementArea area = version.addArea(number, input.getTitle(), input.getDevelopmentGoal());
            em.flush();
            changes.created(area);
            return areaForm(number);
        }
        PlanVersion latest = plan().latestVersion();
        ImprovementArea current = latest.area(input.getNumber())
                .orElseThrow(() -> new NotFoundRefusal("plan.error.areaNotFound"));
        if (input.getVersionNumber() == latest.getNumber() && input.getLockVersion() != current.getLockVersion()) {
            throw new ConflictRefusal("plan.error.areaChanged");
        }
        ImprovementArea area = editableVersionAudited().area(input.getNumber()).orElseThrow();
        String oldTitle = area.getTitle();
        String oldGoal = area.getDevelopmentGoal();
        area.revise(input.getTitle(), input.getDevelopmentGoal());
        changes.changed(area, "title", oldTitle, area.getTitle());
        changes.changed(area, "developmentGoal", oldGoal, area.getDevelopmentGoal());
        em.flush();
        return areaForm(area.getNumber());
    }

    /**
     * Moves a förbättringsområde up (negative) or down (positive). Areas are numbered by their
     * place; the moved areas' delmål numbers follow. Returns the area's new number.
     */
    public int moveArea(int number, int steps) {
        PlanVersion version = editableVersionAudited();
        ImprovementArea area = version.area(number).orElseThrow(() -> new NotFoundRefusal("plan.error.areaNotFound"));
        PlanChanges.Numbering before = changes.numbering(version);
        version.moveArea(area, steps, em::flush);
        em.flush();
        changes.renumbered(before, version);
        return area.getNumber();
    }

    /**
     * Removes a förbättringsområde with its delmål and aktiviteter; the areas after it move up one
     * number. Refused while kommuner have reported progress on any of its aktiviteter.
     */
    public void removeArea(int number) {
        PlanVersion version = editableVersionAudited();
        ImprovementArea area = version.area(number).orElseThrow(() -> new NotFoundRefusal("plan.error.areaNotFound"));
        long reports = reportReferences.reportsFor(area.getSubGoals().stream()
                .flatMap(s -> s.getActivities().stream()).map(Activity::getItemKey).toList());
        if (reports > 0) {
            throw new WrongStateRefusal("plan.error.areaHasReports", String.valueOf(number), String.valueOf(reports));
        }
        if (version.getAreas().size() == 1) {
            throw new WrongStateRefusal("plan.error.lastArea");
        }
        changes.deleted(area);
        PlanChanges.Numbering before = changes.numbering(version);
        version.removeArea(area, em::flush);
        em.flush();
        changes.renumbered(before, version);
    }

    /**
     * Moves a delmål up (negative) or down (positive) in its area; delmål numbers belong to the
     * places, so the moved delmål take the numbers of their new places.
     */
    public SubGoalForm moveSubGoal(String subGoalItemKey, int steps) {
        PlanVersion version = editableVersionAudited();
        SubGoal subGoal = find(version, subGoalItemKey);
        PlanChanges.Numbering before = changes.numbering(version);
        subGoal.getArea().moveSubGoal(subGoal, steps, em::flush);
        em.flush();
        changes.renumbered(before, version);
        return form(subGoal);
    }


    /** Adds a delmål at the end of a förbättringsområde; its number must be free in the area. */
    public SubGoalForm addSubGoal(int areaNumber,
            @NotBlank(message = "{plan.error.numberRequired}")
            @Pattern(regexp = "\\s*\\d{1,2}\\.\\d{1,2}\\s*", message = "{plan.error.numberFormat}") String number,
            @NotBlank(message = "{plan.error.textRequired}") @Size(max = SubGoal.TEXT_MAX) @PlainText @NoPersonalData String text,
            @Size(max = SubGoal.TIMEFRAME_MAX) @PlainText @NoPersonalData String timeframe) {
        return addSubGoal(areaNumber, number, text, timeframe, List.of());
    }

    /**
     * Adds a delmål at the end of a förbättringsområde with its ansvariga (names, as the actor
     * catalogue offers them; none is allowed), in one transaction; its number must be free in the area.
     */
    public SubGoalForm addSubGoal(int areaNumber,
            @NotBlank(message = "{plan.error.numberRequired}")
            @Pattern(regexp = "\\s*\\d{1,2}\\.\\d{1,2}\\s*", message = "{plan.error.numberFormat}") String number,
            @NotBlank(message = "{plan.error.textRequired}") @Size(max = SubGoal.TEXT_MAX) @PlainText @NoPersonalData String text,
            @Size(max = SubGoal.TIMEFRAME_MAX) @PlainText @NoPersonalData String timeframe,
            @NotNull List<@Size(max = ResponsibleParty.NAME_MAX) @PlainText @NoPersonalData String> responsible) {
        ImprovementArea area = editableVersionAudited().area(areaNumber)
                .orElseThrow(() -> new NotFoundRefusal("plan.error.notFound"));
        SubGoal subGoal;
        try {
            subGoal = area.addSubGoal(number.strip(), text, timeframe);
        } catch (DuplicateNumberException e) {
            throw new InvalidInputRefusal("plan.error.duplicateNumber", e.getNumber(), String.valueOf(areaNumber));
        }
        em.flush();
        changes.created(subGoal);
        if (!responsible.isEmpty()) {
            reviseResponsible(subGoal, responsible);
            em.flush();
        }
        return form(subGoal);
    }

    /**
     * Removes an aktivitet from the plan's utkast. Refused while kommuner have reported progress on
     * it: the reports would lose what they report on.
     */
    public SubGoalForm removeActivity(String activityItemKey) {
        Activity activity = findActivity(editableVersionAudited(), activityItemKey);
        long reports = reportReferences.reportsFor(List.of(activityItemKey));
        if (reports > 0) {
            throw new WrongStateRefusal("plan.error.activityHasReports", String.valueOf(reports));
        }
        SubGoal subGoal = activity.getSubGoal();
        changes.deleted(activity);
        subGoal.removeActivity(activity);
        em.flush();
        return form(subGoal);
    }

    /** Moves an aktivitet up (negative) or down (positive) within its delmål. */
    public SubGoalForm moveActivity(String activityItemKey, int steps) {
        Activity activity = findActivity(editableVersionAudited(), activityItemKey);
        SubGoal subGoal = activity.getSubGoal();
        int before = activity.getPosition();
        subGoal.moveActivity(activity, steps);
        changes.changed(activity, "position", before + 1, activity.getPosition() + 1);
        em.flush();
        return form(subGoal);
    }

    /** Moves an aktivitet to another delmål; it keeps its history, discussion and reports. */
    public SubGoalForm moveActivityTo(String activityItemKey, String targetSubGoalItemKey) {
        PlanVersion version = editableVersionAudited();
        Activity activity = findActivity(version, activityItemKey);
        SubGoal from = activity.getSubGoal();
        SubGoal target = find(version, targetSubGoalItemKey);
        if (target == from) {
            return form(from);
        }
        Activity moved = from.transferActivity(activity, target);
        em.flush();
        changes.changed(moved, "subGoal", from.getNumber(), target.getNumber());
        return form(from);
    }

    private static Activity findActivity(PlanVersion version, String itemKey) {
        return version.getAreas().stream().flatMap(a -> a.getSubGoals().stream())
                .flatMap(s -> s.getActivities().stream()).filter(a -> a.getItemKey().equals(itemKey))
                .findFirst().orElseThrow(() -> new NotFoundRefusal("plan.error.notFound"));
    }

    /** The delmål of the version being edited, as choices for moving an aktivitet. */
    public List<SubGoalChoice> subGoalChoices() {
        return plan().latestVersion().getAreas().stream().flatMap(a -> a.getSubGoals().stream())
                .map(s -> new SubGoalChoice(s.getItemKey(), s.getNumber())).toList();
    }

    /**
     * Where the latest version names this ansvarig ("delmål 3.2", "aktivitet 1 under delmål 3.2"),
     * for refusing to remove a catalogue actor the plan still uses.
     */
    public List<String> responsibleUsage(String name) {
        List<String> usage = new java.util.ArrayList<>();
        for (ImprovementArea area : plan().latestVersion().getAreas()) {
            for (SubGoal subGoal : area.getSubGoals()) {
                if (ResponsibleParties.names(subGoal.getResponsible()).contains(name)) {
                    usage.add("delmål " + subGoal.getNumber());
                }
                subGoal.getActivities().stream().filter(a -> ResponsibleParties.names(a.getResponsible()).contains(name))
                        .forEach(a -> usage.add("aktivitet " + (a.getPosition() + 1) + " under delmål " + subGoal.getNumber()));
            }
        }
        return usage;
    }

    /**
     * Renames an ansvarig throughout the plan's utkast, when the catalogue renames the actor. A
     * fastställd version keeps the names it was decided with (a rename alone does not open a new
     * utkast); the delmål edit form then offers the old name beside the new until it is changed.
     */
    public int renameResponsible(String oldName, String newName) {
        PlanVersion latest = plan().latestVersion();
        if (!latest.isDraft() || oldName.equals(newName)) {
            return 0;
        }
        int renamed = 0;
        for (ImprovementArea area : latest.getAreas()) {
            for (SubGoal subGoal : area.getSubGoals()) {
                if (ResponsibleParties.names(subGoal.getResponsible()).contains(oldName)) {
                    List<ResponsibleParty> before = subGoal.getResponsible();
                    subGoal.assignResponsible(ResponsibleParties.renamed(before, oldName, newName), subGoal.getResponsibleNote());
                    changes.changed(subGoal, "responsible", ResponsibleParties.joined(before),
                            ResponsibleParties.joined(subGoal.getResponsible()));
                    renamed++;
                }
                for (Activity activity : subGoal.getActivities()) {
                    if (ResponsibleParties.names(activity.getResponsible()).contains(oldName)) {
                        List<ResponsibleParty> before = activity.getResponsible();
                        activity.assignOwn(ResponsibleParties.renamed(before, oldName, newName), activity.getTimeframe());
                        changes.changed(activity, "responsible", ResponsibleParties.joined(before),
                                ResponsibleParties.joined(activity.getResponsible()));
                        renamed++;
                    }
                }
            }
        }
        em.flush();
        return renamed;
    }

    /** A delmål to move an aktivitet to. */
    public record SubGoalChoice(String itemKey, String number) implements Serializable {
    }

    /** Removes a delmål and its aktiviteter; refused while any of them has progress reports. */
    public void removeSubGoal(String subGoalItemKey) {
        SubGoal subGoal = find(editableVersionAudited(), subGoalItemKey);
        long reports = reportReferences.reportsFor(subGoal.getActivities().stream().map(Activity::getItemKey).toList());
        if (reports > 0) {
            throw new WrongStateRefusal("plan.error.subGoalHasReports", subGoal.getNumber(), String.valueOf(reports));
        }
        changes.deleted(subGoal);
        subGoal.getArea().removeSubGoal(subGoal);
        em.flush();
    }

    /** Fastställer the plan's utkast: from now on that version is frozen. */
    public void adopt(@NotNull(message = "{plan.error.adoptionDateRequired}") @CalendarDate LocalDate adoptedOn,
            @NotBlank(message = "{plan.error.decidedByRequired}") @Size(max = PlanVersion.DECIDED_BY_MAX) @PlainText @NoPersonalData String decidedBy,
            @Size(max = PlanVersion.REGISTRATION_NUMBER_MAX) @PlainText @NoPersonalData String registrationNumber) {
        PlanVersion latest = plan().latestVersion();
        if (!latest.isDraft()) {
            throw new WrongStateRefusal("plan.error.alreadyAdopted", String.valueOf(latest.getNumber()));
        }
        if (adoptedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputRefusal("plan.error.adoptionDateInFuture");
        }
        latest.adopt(adoptedOn, decidedBy, registrationNumber);
        changes.adopted(latest, "ADOPTED " + adoptedOn + ", " + decidedBy.strip()
                        + (registrationNumber == null || registrationNumber.isBlank() ? "" : ", " + registrationNumber.strip()));
        em.flush();
    }

    private PlanVersion editableVersionAudited() {
        RegionalPlan plan = plan();
        PlanVersion before = plan.latestVersion();
        PlanVersion editable = plan.editableVersion();
        if (editable != before) {
            em.flush();
            changes.newVersion(before, editable);
        }
        return editable;
    }

    /**
     * Sets the delmål's ansvariga to the chosen names: those already there keep their place and
     * their "beroende av beslut och resurser" marking, new ones follow them.
     */
    private void reviseResponsible(SubGoal subGoal, List<String> chosen) {
        List<ResponsibleParty> before = subGoal.getResponsible();
        List<ResponsibleParty> after = ResponsibleParties.merged(before, chosen);
        if (after != null) {
            subGoal.assignResponsible(after, subGoal.getResponsibleNote());
            changes.changed(subGoal, "responsible", ResponsibleParties.joined(before), ResponsibleParties.joined(after));
        }
    }

    private void reviseActivity(Activity activity, SubGoalForm.ActivityForm row) {
        String oldText = activity.getText();
        boolean oldPerKommun = activity.isPerKommun();
        boolean oldDepends = activity.isDependsOnDecision();
        activity.revise(row.getText(), row.isPerKommun(), row.isDependsOnDecision());
        changes.changed(activity, "text", oldText, activity.getText());
        changes.changed(activity, "perKommun", oldPerKommun, activity.isPerKommun());
        changes.changed(activity, "dependsOnDecision", oldDepends, activity.isDependsOnDecision());
        List<ResponsibleParty> oldResponsible = activity.getResponsible();
        List<ResponsibleParty> newResponsible = ResponsibleParties.merged(oldResponsible, row.getResponsible());
        String oldTimeframe = activity.getTimeframe();
        String newTimeframe = row.getTimeframe() == null || row.getTimeframe().isBlank() ? null : row.getTimeframe().strip();
        if (newResponsible != null || !Objects.equals(oldTimeframe, newTimeframe)) {
            activity.assignOwn(newResponsible != null ? newResponsible : oldResponsible, newTimeframe);
            if (newResponsible != null) {
                changes.changed(activity, "responsible", ResponsibleParties.joined(oldResponsible),
                        ResponsibleParties.joined(newResponsible));
            }
            changes.changed(activity, "timeframe", oldTimeframe, activity.getTimeframe());
        }
    }

    private static boolean changedSinceOpened(SubGoalForm input, SubGoal current, PlanVersion latest) {
        if (input.getVersionNumber() == latest.getNumber()) {
            return input.getLockVersion() != current.getLockVersion();
        }
        return !Objects.equals(input.getOriginalNumber(), current.getNumber())
                || !Objects.equals(input.getOriginalText(), current.getText())
                || !Objects.equals(input.getOriginalTimeframe(), current.getTimeframe());
    }

    private RegionalPlan plan() {
        return em.createNamedQuery(RegionalPlan.BY_REGION, RegionalPlan.class)
                .setParameter("regionCode", RegionalPlanService.REGION_CODE)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundRefusal("plan.error.notFound"));
    }

    private static SubGoal find(PlanVersion version, String itemKey) {
        return version.getAreas().stream().flatMap(a -> a.getSubGoals().stream())
                .filter(s -> s.getItemKey().equals(itemKey)).findFirst()
                .orElseThrow(() -> new NotFoundRefusal("plan.error.notFound"));
    }

    private static SubGoalForm form(SubGoal subGoal) {
        return new SubGoalForm(subGoal.getItemKey(), subGoal.getArea().getPlanVersion().getNumber(),
                subGoal.getLockVersion(), subGoal.getArea().getNumber(), subGoal.getArea().getTitle(),
                subGoal.getNumber(), subGoal.getText(), subGoal.getTimeframe(),
                subGoal.getActivities().stream().map(a -> new SubGoalForm.ActivityForm(a.getItemKey(), a.getText(),
                        a.isPerKommun(), a.isDependsOnDecision(), a.getTimeframe(),
                        a.getResponsible().stream().map(ResponsibleParty::getName).toList())).toList(),
                subGoal.getResponsible().stream().map(ResponsibleParty::getName).toList());
    }
}
