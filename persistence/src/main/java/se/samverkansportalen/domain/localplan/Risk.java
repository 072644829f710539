package se.samverkansportalen.domain.localplan;

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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * An identified risk of a risk-based plan ("2.2 Placerade barn i jourhem/familjehem"), in a
 * quality area, assessed period by period on the 4x4 matrix, with its measures.
 */
@Entity
@Table(name = "local_risk")
public class Risk extends KommunOwned {

    public static final int NUMBER_MAX = 10;
    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "goal_id", nullable = false)
    private LocalGoal goal;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = NUMBER_MAX)
    @Column(name = "number", nullable = false, length = NUMBER_MAX)
    private String number;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "quality_area", length = TITLE_MAX)
    private String qualityArea;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "description")
    private String description;

    /*
     * Read in the same statement as the risks (a fetch join of the risk's own rows), as are its
     * links: every page that reads risks reads them, and a statement each would add up. A fetch
     * join keeps no order, so getMeasures() orders them. The joined measures and links have no
     * collections of their own (EclipseLink cannot batch-read those from joined objects).
     */
    @JoinFetch(JoinFetchType.OUTER)
    @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RiskMeasure> measures = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period")
    private List<RiskAssessment> assessments = new ArrayList<>();

    @JoinFetch(JoinFetchType.OUTER)
    @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RiskLink> links = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Risk() {
    }

    Risk(LocalGoal goal, int position, String number, String qualityArea, String title, String description) {
        this.goal = goal;
        this.position = position;
        this.number = Texts.required(number, NUMBER_MAX, "number");
        this.qualityArea = Texts.optional(qualityArea, TITLE_MAX, "qualityArea");
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.description = Texts.optional(description, TEXT_MAX, "description");
    }

    /**
     * Changes the risk's number, quality area, title and description; the number's uniqueness in the
     * plan is the caller's to check. Refused (IllegalArgumentException) for a blank number or title or
     * a text over its length.
     */
    public void revise(String number, String qualityArea, String title, String description) {
        this.number = Texts.required(number, NUMBER_MAX, "number");
        this.qualityArea = Texts.optional(qualityArea, TITLE_MAX, "qualityArea");
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.description = Texts.optional(description, TEXT_MAX, "description");
    }

    public RiskMeasure addMeasure(String title, String description, TrafficLight status) {
        RiskMeasure measure = new RiskMeasure(this, measures.size(), title, description, status);
        measures.add(measure);
        return measure;
    }

    /** Assesses the risk for a period on the matrix; a new assessment of the same period replaces the old. */
    public RiskAssessment assess(String period, int likelihood, int severity) {
        RiskLevel.of(likelihood, severity);
        RiskAssessment assessment = assessment(period).orElseGet(() -> add(new RiskAssessment(this, period)));
        assessment.place(likelihood, severity);
        return assessment;
    }

    /** Records a level the source states without its cell in the matrix (only the colour is known). */
    public RiskAssessment stateLevel(String period, RiskLevel level) {
        RiskAssessment assessment = assessment(period).orElseGet(() -> add(new RiskAssessment(this, period)));
        assessment.stateOnly(level);
        return assessment;
    }

    private RiskAssessment add(RiskAssessment assessment) {
        assessments.add(assessment);
        return assessment;
    }

    /** Links the risk to exactly these regional delmål (by item key); others are unlinked. */
    public void linkTo(java.util.Collection<String> subGoalItemKeys) {
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>(subGoalItemKeys);
        links.removeIf(l -> !wanted.contains(l.getSubGoalItemKey()));
        java.util.Set<String> had = new java.util.HashSet<>(getLinkedSubGoals());
        wanted.stream().filter(k -> !had.contains(k)).forEach(k -> links.add(new RiskLink(this, k)));
    }

    public List<String> getLinkedSubGoals() {
        return links.stream().map(RiskLink::getSubGoalItemKey).toList();
    }

    public Optional<RiskAssessment> assessment(String period) {
        return assessments.stream().filter(a -> a.getPeriod().equals(period)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public LocalGoal getGoal() {
        return goal;
    }

    public int getPosition() {
        return position;
    }

    public String getNumber() {
        return number;
    }

    public String getQualityArea() {
        return qualityArea;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    /** The risk's measures in their order (by position). */
    public List<RiskMeasure> getMeasures() {
        return measures.stream().sorted(java.util.Comparator.comparingInt(RiskMeasure::getPosition)).toList();
    }

    public List<RiskAssessment> getAssessments() {
        return List.copyOf(assessments);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
