package se.samverkansportalen.it.support;

import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.service.plan.AreaForm;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.service.plan.SubGoalForm;

/**
 * A förbättringsområde of a test's own in the regional plan's utkast, so that a test that edits
 * the plan changes only what it made and leaves the Västerbotten seed as it was. Its title carries
 * the run's mark ({@link TestRun}); {@link #remove()} takes it out again, and {@link #create}
 * first removes what an interrupted earlier test left (titles starting with {@value #PREFIX} but
 * another mark: each test deployment has a mark of its own).
 * For in-container tests: the coordinator and the editor are the test's injected EJBs.
 */
public final class TestArea {

    /** How every test area's title starts. */
    public static final String PREFIX = "Testområde ";

    private final AsCoordinator coordinator;
    private final RegionalPlanEditor editor;
    private final RegionalPlanService plans;
    private final String title;
    private final List<SubGoalForm> subGoals = new ArrayList<>();

    private TestArea(AsCoordinator coordinator, RegionalPlanEditor editor, RegionalPlanService plans, String title) {
        this.coordinator = coordinator;
        this.editor = editor;
        this.plans = plans;
        this.title = title;
    }

    /**
     * Adds an area named after the test with the given delmål; each delmål gets the given number
     * of aktiviteter ("Aktivitet 1", ...), none of them per kommun.
     */
    public static TestArea create(AsCoordinator coordinator, RegionalPlanEditor editor, RegionalPlanService plans,
            String name, int subGoalCount, int activitiesEach) throws Exception {
        TestArea area = new TestArea(coordinator, editor, plans, TestRun.unique(PREFIX + name));
        area.removeLeftovers();
        AreaForm form = new AreaForm();
        form.setTitle(area.title);
        form.setDevelopmentGoal("Utvecklingsmål för " + area.title + ".");
        int number = coordinator.call(() -> editor.saveArea(form)).getNumber();
        for (int s = 1; s <= subGoalCount; s++) {
            String subGoalNumber = number + "." + s;
            String key = coordinator.call(() -> editor.addSubGoal(number, subGoalNumber,
                    "Delmål " + subGoalNumber + " i " + area.title + ".", "2027")).getItemKey();
            for (int a = 1; a <= activitiesEach; a++) {
                String text = "Aktivitet " + a + " under delmål " + subGoalNumber + ".";
                coordinator.call(() -> editor.addActivity(key, text, false, false));
            }
            area.subGoals.add(coordinator.call(() -> editor.subGoalForm(key)));
        }
        return area;
    }

    public String title() {
        return title;
    }

    /** The area's number now (areas are numbered by their place, which other tests may change). */
    public int number() throws Exception {
        return numberOf(title);
    }

    /** The item key of the area's n:th delmål (from 1); item keys stay the same across versions. */
    public String subGoalKey(int n) {
        return subGoals.get(n - 1).getItemKey();
    }

    /** The item keys of the n:th delmål's aktiviteter as created. */
    public List<String> activityKeys(int n) {
        return subGoals.get(n - 1).getActivities().stream().map(SubGoalForm.ActivityForm::getItemKey).toList();
    }

    /** Removes the area with its delmål and aktiviteter from the plan's utkast. */
    public void remove() throws Exception {
        int number = numberOf(title);
        if (number > 0) {
            coordinator.call(() -> {
                editor.removeArea(number);
                return null;
            });
        }
    }

    private void removeLeftovers() throws Exception {
        for (RegionalPlanView.Area area : coordinator.call(() -> plans.currentPlan()).orElseThrow().areas()) {
            if (area.title().startsWith(PREFIX) && !area.title().contains(TestRun.MARK)) {
                int number = numberOf(area.title());
                try {
                    coordinator.call(() -> {
                        editor.removeArea(number);
                        return null;
                    });
                } catch (se.samverkansportalen.domain.refusal.Refusal kept) {
                    // reported on: it stays, numbered after the seed's areas
                }
            }
        }
    }

    private int numberOf(String areaTitle) throws Exception {
        return coordinator.call(() -> plans.currentPlan()).orElseThrow().areas().stream()
                .filter(a -> a.title().equals(areaTitle)).mapToInt(RegionalPlanView.Area::number).findFirst().orElse(0);
    }
}
