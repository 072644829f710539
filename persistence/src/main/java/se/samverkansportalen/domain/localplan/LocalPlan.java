package se.samverkansportalen.domain.localplan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.NumberRule;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * A kommun's own local plan: its title, decision (diarienummer, date, decided by), status,
 * budget, objectives and focus areas, and its numbered measures. Bound to the kommun that owns
 * it: the kommunkod is written and filtered by EclipseLink, never taken from input.
 */
@Entity
@Table(name = "local_plan")
@NamedQuery(name = LocalPlan.ALL, query = "SELECT p FROM LocalPlan p ORDER BY p.decidedOn DESC, p.title")
@NamedQuery(name = LocalPlan.BY_ID, query = "SELECT p FROM LocalPlan p WHERE p.id = :id")
public class LocalPlan extends KommunOwned {

    public static final String ALL = "LocalPlan.all";
    public static final String BY_ID = "LocalPlan.byId";
    public static final int TITLE_MAX = 300;
    public static final int REGISTRATION_NUMBER_MAX = 60;
    public static final int DECIDED_BY_MAX = 200;
    public static final int TEXT_MAX = 20_000;
    public static final int SOURCE_MAX = 300;
    /** The budget's column, BIGINT of whole kronor: 0 to 999 999 999 999 kr ({@link NumberRule#KRONOR}). */
    public static final NumberRule BUDGET = NumberRule.KRONOR;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "shape", nullable = false, length = 20)
    private LocalPlanShape shape;

    @Size(max = TITLE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = REGISTRATION_NUMBER_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "registration_number", length = REGISTRATION_NUMBER_MAX)
    private String registrationNumber;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Size(max = DECIDED_BY_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "decided_by", length = DECIDED_BY_MAX)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LocalPlanStatus status = LocalPlanStatus.DRAFT;

    @Column(name = "budget_sek")
    private Long budgetSek;

    /** One objective per line. */
    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "objectives")
    private String objectives;

    /** One focus area per line. */
    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "focus_areas")
    private String focusAreas;

    /** Where an imported plan comes from ("Exempel från Uppsala kommun, SCN-2015-0081"). */
    @Size(max = SOURCE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "source_label", length = SOURCE_MAX)
    private String sourceLabel;

    /**
     * Whether the plan is an example shown for demonstration (another kommun's real plan the demo
     * start puts into a demo kommun): read only, and never items of the kommun's reports.
     */
    @Column(name = "example", nullable = false)
    private boolean example;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<LocalMeasure> measures = new ArrayList<>();

    /** The goals of a risk-based plan, with their risks. */
    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LocalGoal> goals = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    /** A short summary of where the plan stands ("Ingen risk kvarstår som röd."). */
    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "summary")
    private String summary;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected LocalPlan() {
    }

    public LocalPlan(LocalPlanShape shape, String title) {
        this.shape = Objects.requireNonNull(shape, "shape");
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    /** Changes what the plan says about itself. */
    public void describe(String title, String registrationNumber, LocalDate decidedOn, String decidedBy,
            LocalPlanStatus status, Long budgetSek, List<String> objectives, List<String> focusAreas) {
        SwedishNumbers.requireWithin(budgetSek, BUDGET, "budgetSek");
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.registrationNumber = Texts.optional(registrationNumber, REGISTRATION_NUMBER_MAX, "registrationNumber");
        this.decidedOn = decidedOn;
        this.decidedBy = Texts.optional(decidedBy, DECIDED_BY_MAX, "decidedBy");
        this.status = Objects.requireNonNull(status, "status");
        this.budgetSek = budgetSek;
        this.objectives = lines(objectives);
        this.focusAreas = lines(focusAreas);
    }

    /** Marks the plan as an example shown for demonstration (see {@link #isExample}); there is no way back. */
    public void markAsExample() {
        this.example = true;
    }

    /** True for an example plan shown for demonstration: read only, never items of the kommun's reports. */
    public boolean isExample() {
        return example;
    }

    public void labelSource(String sourceLabel) {
        this.sourceLabel = Texts.optional(sourceLabel, SOURCE_MAX, "sourceLabel");
    }

    public LocalGoal addGoal(String title, String focusArea) {
        LocalGoal goal = new LocalGoal(this, goals.size(), title, focusArea);
        goals.add(goal);
        return goal;
    }

    /** Adds an indicator to the plan, about one of its risks or (risk null) the plan as a whole. */
    public Indicator addIndicator(Risk risk, String name, IndicatorUnit unit, Periodicity periodicity) {
        if (risk != null && risk.getGoal().getPlan() != this) {
            throw new IllegalArgumentException("The risk is not in this plan");
        }
        Indicator indicator = new Indicator(this, risk, indicators.size(), name, unit, periodicity);
        indicators.add(indicator);
        return indicator;
    }

    /** Removes a goal that holds no risks; refused (IllegalStateException) while it holds any. */
    public void removeGoal(LocalGoal goal) {
        if (!goal.getRisks().isEmpty()) {
            throw new IllegalStateException("A goal is removed only when it holds no risks");
        }
        goals.remove(goal);
    }

    public void removeIndicator(Indicator indicator) {
        indicators.remove(indicator);
    }

    public void summarise(String summary) {
        this.summary = Texts.optional(summary, TEXT_MAX, "summary");
    }

    /**
     * How many measures the plan holds: a measures plan's own measures, and for a risk-based plan
     * the measures under its risks as well (a plan's list shows this number, never 0 for a
     * risk-based plan with measures).
     */
    public int measureCount() {
        return measures.size() + risks().stream().mapToInt(r -> r.getMeasures().size()).sum();
    }

    /** Every risk of the plan, goal by goal. */
    public List<Risk> risks() {
        return goals.stream().flatMap(g -> g.getRisks().stream()).toList();
    }

    /** Adds a measure numbered after the last, or with the number given when it is free. */
    public LocalMeasure addMeasure(Integer number, String title) {
        int chosen = number != null ? number : measures.stream().mapToInt(LocalMeasure::getNumber).max().orElse(0) + 1;
        requireFreeNumber(chosen, null);
        LocalMeasure measure = new LocalMeasure(this, chosen, title);
        measures.add(measure);
        return measure;
    }

    public void removeMeasure(LocalMeasure measure) {
        measures.remove(measure);
    }

    void requireFreeNumber(int number, LocalMeasure except) {
        if (number < 1) {
            throw new IllegalArgumentException("A measure number starts at 1");
        }
        if (measures.stream().anyMatch(m -> m != except && m.getNumber() == number)) {
            throw new DuplicateMeasureNumberException(number);
        }
    }

    /**
     * The sum of the measures' costs, exact; measures without a cost add nothing. Refused
     * ({@link SwedishNumbers#SUM_TOO_LARGE}) rather than wrapped round should costs stored before
     * {@link LocalMeasure#COST} bounded them add up beyond a {@code long}.
     */
    public long totalCostSek() {
        return SwedishNumbers.sumKronor(measures.stream().map(LocalMeasure::getCostSek).toList(), "costSek");
    }

    private static String lines(List<String> values) {
        if (values == null) {
            return null;
        }
        String joined = String.join("\n", values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
        return joined.isEmpty() ? null : Texts.optional(joined, TEXT_MAX, "text");
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public Long getId() {
        return id;
    }

    public LocalPlanShape getShape() {
        return shape;
    }

    public String getTitle() {
        return title;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalPlanStatus getStatus() {
        return status;
    }

    public Long getBudgetSek() {
        return budgetSek;
    }

    public List<String> getObjectives() {
        return split(objectives);
    }

    public List<String> getFocusAreas() {
        return split(focusAreas);
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public List<LocalGoal> getGoals() {
        return List.copyOf(goals);
    }

    public List<Indicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public String getSummary() {
        return summary;
    }

    public List<LocalMeasure> getMeasures() {
        return List.copyOf(measures);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
