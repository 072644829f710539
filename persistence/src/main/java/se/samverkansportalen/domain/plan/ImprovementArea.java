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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;

/** A förbättringsområde of the regional plan, with its utvecklingsmål and delmål. */
@Entity
@Table(name = "improvement_area")
public class ImprovementArea {

    public static final int TITLE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private RegionalPlan plan;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "development_goal", nullable = false)
    private String developmentGoal;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SubGoal> subGoals = new ArrayList<>();

    @Version
    private int version;

    protected ImprovementArea() {
    }

    ImprovementArea(RegionalPlan plan, int number, String title, String developmentGoal) {
        if (number < 1) {
            throw new IllegalArgumentException("An area number starts at 1");
        }
        this.plan = plan;
        this.number = number;
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.developmentGoal = Texts.required(developmentGoal, Integer.MAX_VALUE, "development goal");
    }

    public SubGoal addSubGoal(String number, String text, String timeframe) {
        if (subGoals.stream().anyMatch(s -> s.getNumber().equals(number))) {
            throw new IllegalArgumentException("Delmål " + number + " already exists in area " + this.number);
        }
        SubGoal subGoal = new SubGoal(this, subGoals.size(), number, text, timeframe);
        subGoals.add(subGoal);
        return subGoal;
    }

    /** A delmål of this area by its number ("3.5"). */
    public java.util.Optional<SubGoal> subGoal(String number) {
        return subGoals.stream().filter(s -> s.getNumber().equals(number)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public RegionalPlan getPlan() {
        return plan;
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

    public int getVersion() {
        return version;
    }
}
