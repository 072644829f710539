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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/** A goal of a risk-based plan ("Bästa utveckling för alla") with its focus area and risks. */
@Entity
@Table(name = "local_goal")
public class LocalGoal extends KommunOwned {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private LocalPlan plan;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "focus_area")
    private String focusArea;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Risk> risks = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected LocalGoal() {
    }

    LocalGoal(LocalPlan plan, int position, String title, String focusArea) {
        this.plan = plan;
        this.position = position;
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.focusArea = Texts.optional(focusArea, TEXT_MAX, "focusArea");
    }

    public Risk addRisk(String number, String qualityArea, String title, String description) {
        Risk risk = new Risk(this, risks.size(), number, qualityArea, title, description);
        risks.add(risk);
        return risk;
    }

    /** Changes the goal's title and focus area; refused (IllegalArgumentException) for a blank title or a text over its length. */
    public void revise(String title, String focusArea) {
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.focusArea = Texts.optional(focusArea, TEXT_MAX, "focusArea");
    }

    /** Removes a risk of this goal with its measures, assessments and links (its indicators are the plan's to keep). */
    public void removeRisk(Risk risk) {
        risks.remove(risk);
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public Long getId() {
        return id;
    }

    public LocalPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getFocusArea() {
        return focusArea;
    }

    public List<Risk> getRisks() {
        return List.copyOf(risks);
    }
}
