package se.samverkansportalen.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/** A förbättringsområde of a plan version, with its utvecklingsmål and delmål. */
@Entity
@Table(name = "improvement_area")
public class ImprovementArea {

    public static final int TITLE_MAX = 300;
    public static final int GOAL_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The same in every version of the plan: what discussions, history and comparisons follow. */
    @Size(max = 36)
    @Column(name = "item_key", nullable = false, length = 36)
    private String itemKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private PlanVersion planVersion;

    @Column(name = "number", nullable = false)
    private int number;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = GOAL_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "development_goal", nullable = false)
    private String developmentGoal;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SubGoal> subGoals = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected ImprovementArea() {
    }

    ImprovementArea(PlanVersion planVersion, int number, String title, String developmentGoal, String itemKey) {
        if (number < 1) {
            throw new IllegalArgumentException("An area number starts at 1");
        }
        this.planVersion = planVersion;
        this.number = number;
        this.itemKey = itemKey != null ? itemKey : UUID.randomUUID().toString();
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.developmentGoal = Texts.required(developmentGoal, GOAL_MAX, "developmentGoal");
    }

    public void revise(String title, String developmentGoal) {
        planVersion.requireDraft();
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.developmentGoal = Texts.required(developmentGoal, GOAL_MAX, "developmentGoal");
    }

    /**
     * Moves a delmål up (negative steps) or down (positive) in the area. Delmål numbers belong to
     * the places in the list, like a numbered list in a document: the moved delmål take the
     * numbers of their new places. {@code writeInterim} writes the interim numbers the database's
     * uniqueness rule needs while two delmål swap numbers.
     */
    public void moveSubGoal(SubGoal subGoal, int steps, Runnable writeInterim) {
        planVersion.requireDraft();
        int from = subGoals.indexOf(subGoal);
        if (from < 0) {
            throw new IllegalArgumentException("The delmål is not in area " + number);
        }
        List<String> numbersByPlace = subGoals.stream().map(SubGoal::getNumber).toList();
        int to = Math.max(0, Math.min(subGoals.size() - 1, from + steps));
        subGoals.remove(from);
        subGoals.add(to, subGoal);
        renumberPositions();
        List<SubGoal> moved = new ArrayList<>();
        for (int i = 0; i < subGoals.size(); i++) {
            if (!subGoals.get(i).getNumber().equals(numbersByPlace.get(i))) {
                subGoals.get(i).holdInterimNumber("~" + i);
                moved.add(subGoals.get(i));
            }
        }
        if (!moved.isEmpty()) {
            writeInterim.run();
            moved.forEach(s -> s.renumber(numbersByPlace.get(subGoals.indexOf(s))));
        }
    }

    /** Gives the area a number nobody else has while areas swap numbers (see PlanVersion). */
    void holdInterimNumber(int interim) {
        this.number = interim;
    }

    /**
     * Gives the area its new number; delmål numbered after the old one ("3.2" in area 3) follow it
     * ("2.2"), unless the area already has a delmål with that number.
     */
    void renumber(int newNumber, int oldNumber) {
        this.number = newNumber;
        String oldPrefix = oldNumber + ".";
        for (SubGoal subGoal : subGoals) {
            if (subGoal.getNumber().startsWith(oldPrefix)) {
                String renumbered = newNumber + "." + subGoal.getNumber().substring(oldPrefix.length());
                if (subGoals.stream().noneMatch(s -> s.getNumber().equals(renumbered))) {
                    subGoal.renumber(renumbered);
                }
            }
        }
    }

    public SubGoal addSubGoal(String number, String text, String timeframe) {
        planVersion.requireDraft();
        requireFreeNumber(number, null);
        SubGoal subGoal = new SubGoal(this, nextPosition(), number, text, timeframe, null);
        subGoals.add(subGoal);
        return subGoal;
    }

    public void removeSubGoal(SubGoal subGoal) {
        planVersion.requireDraft();
        subGoals.remove(subGoal);
        renumberPositions();
    }

    /** Refuses a delmål number another delmål of this area already has. */
    void requireFreeNumber(String number, SubGoal except) {
        String wanted = number == null ? "" : number.strip();
        if (subGoals.stream().anyMatch(s -> s != except && s.getNumber().equals(wanted))) {
            throw new DuplicateNumberException(wanted);
        }
    }

    private int nextPosition() {
        return subGoals.stream().mapToInt(SubGoal::getPosition).max().orElse(-1) + 1;
    }

    private void renumberPositions() {
        for (int i = 0; i < subGoals.size(); i++) {
            subGoals.get(i).moveTo(i);
        }
    }

    ImprovementArea copyInto(PlanVersion version) {
        ImprovementArea copy = new ImprovementArea(version, number, title, developmentGoal, itemKey);
        subGoals.forEach(s -> copy.subGoals.add(s.copyInto(copy)));
        return copy;
    }

    /** A delmål of this area by its number ("3.5"). */
    public Optional<SubGoal> subGoal(String number) {
        return subGoals.stream().filter(s -> s.getNumber().equals(number)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDevelopmentGoal() {
        return developmentGoal;
    }

    public List<SubGoal> getSubGoals() {
        return List.copyOf(subGoals);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
