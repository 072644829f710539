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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * A numbered measure (åtgärd) of a local plan: what is done (Hur), what it should give
 * (Resultat), by when (När) and what it costs (Kostnad, SEK); linked to regional delmål.
 */
@Entity
@Table(name = "local_measure")
public class LocalMeasure extends KommunOwned {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;
    /** The cost's column, BIGINT of whole kronor: 0 to 999 999 999 999 kr ({@link NumberRule#KRONOR}). */
    public static final NumberRule COST = NumberRule.KRONOR;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private LocalPlan plan;

    @Column(name = "number", nullable = false)
    private int number;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "how")
    private String how;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "result")
    private String result;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "cost_sek")
    private Long costSek;

    /* Read in the same statement as the measures (a fetch join): every page that shows measures shows their links. */
    @JoinFetch(JoinFetchType.OUTER)
    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MeasureLink> links = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected LocalMeasure() {
    }

    LocalMeasure(LocalPlan plan, int number, String title) {
        this.plan = plan;
        this.number = number;
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    /** Changes the measure; its number stays unique within the plan. */
    public void revise(int number, String title, String how, String result, LocalDate dueOn, Long costSek) {
        SwedishNumbers.requireWithin(costSek, COST, "costSek");
        plan.requireFreeNumber(number, this);
        this.number = number;
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.how = Texts.optional(how, TEXT_MAX, "how");
        this.result = Texts.optional(result, TEXT_MAX, "result");
        this.dueOn = dueOn;
        this.costSek = costSek;
    }

    /** Links the measure to exactly these regional delmål (by item key); others are unlinked. */
    public void linkTo(Collection<String> subGoalItemKeys) {
        Set<String> wanted = new LinkedHashSet<>(subGoalItemKeys);
        links.removeIf(l -> !wanted.contains(l.getSubGoalItemKey()));
        Set<String> had = new LinkedHashSet<>(getLinkedSubGoals());
        wanted.stream().filter(k -> !had.contains(k)).forEach(k -> links.add(new MeasureLink(this, k)));
    }

    public List<String> getLinkedSubGoals() {
        return links.stream().map(MeasureLink::getSubGoalItemKey).toList();
    }

    public Long getId() {
        return id;
    }

    public LocalPlan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getHow() {
        return how;
    }

    public String getResult() {
        return result;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Long getCostSek() {
        return costSek;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
