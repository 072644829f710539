package se.samverkansportalen.domain.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * An aktivitet under a delmål. It may name its own ansvariga and tidsram; when it does not, the
 * delmål's apply. {@code perKommun} marks work each kommun carries out and reports on itself;
 * {@code dependsOnDecision} work that depends on decisions and resources.
 */
@Entity
@Table(name = "activity")
public class Activity {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 36)
    @Column(name = "item_key", nullable = false, length = 36)
    private String itemKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sub_goal_id", nullable = false)
    private SubGoal subGoal;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "per_kommun", nullable = false)
    private boolean perKommun;

    @Column(name = "depends_on_decision", nullable = false)
    private boolean dependsOnDecision;


    /** Tidsram as people write it ("Våren 2017", "Årligen"), with its meaning in dates. */
    @Valid
    @Embedded
    private WrittenTimeframe timeframe = WrittenTimeframe.of(null);

    @ElementCollection
    @CollectionTable(name = "activity_responsible", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<@Valid ResponsibleParty> responsible = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Activity() {
    }

    Activity(SubGoal subGoal, int position, String text, boolean perKommun, String itemKey) {
        this.subGoal = subGoal;
        this.position = position;
        this.itemKey = itemKey != null ? itemKey : UUID.randomUUID().toString();
        this.text = Texts.required(text, TEXT_MAX, "text");
        this.perKommun = perKommun;
    }

    /** Changes what the aktivitet says and its flags. */
    public void revise(String text, boolean perKommun, boolean dependsOnDecision) {
        requireDraft();
        this.text = Texts.required(text, TEXT_MAX, "text");
        this.perKommun = perKommun;
        this.dependsOnDecision = dependsOnDecision;
    }

    /** Gives this aktivitet ansvariga and a tidsram of its own, instead of its delmål's. */
    public void assignOwn(List<ResponsibleParty> parties, String timeframe) {
        requireDraft();
        responsible.clear();
        if (parties != null) {
            responsible.addAll(parties);
        }
        setTimeframe(timeframe);
    }

    /** True when this aktivitet names ansvariga or a tidsram of its own. */
    public boolean hasOwnResponsibleOrTimeframe() {
        return hasOwnResponsibleOrTimeframe(responsible);
    }

    /**
     * As {@link #hasOwnResponsibleOrTimeframe()}, with {@code own}, this aktivitet's ansvariga as
     * read apart from the entity (a reading of a whole plan version reads every item's ansvariga at once).
     */
    public boolean hasOwnResponsibleOrTimeframe(List<ResponsibleParty> own) {
        return !own.isEmpty() || timeframe.words() != null;
    }

    /** The ansvariga that apply to this aktivitet: see {@link #effectiveResponsible}. */
    public List<ResponsibleParty> getEffectiveResponsible() {
        return effectiveResponsible(responsible, subGoal.getResponsible());
    }

    /** The ansvariga that apply to an aktivitet: its own ({@code own}) when it names any, else its delmål's. */
    public static List<ResponsibleParty> effectiveResponsible(List<ResponsibleParty> own, List<ResponsibleParty> ofSubGoal) {
        return own.isEmpty() ? List.copyOf(ofSubGoal) : List.copyOf(own);
    }

    /** What the tidsram that applies to this aktivitet (its own, else its delmål's) means in dates. */
    public Timeframe getEffectiveTimeframeMeaning() {
        return timeframe.words() != null ? getTimeframeMeaning() : subGoal.getTimeframeMeaning();
    }

    public String getEffectiveTimeframe() {
        return timeframe.words() != null ? timeframe.words() : subGoal.getTimeframe();
    }

    private void setTimeframe(String words) {
        this.timeframe = WrittenTimeframe.of(words);
    }

    /** What the tidsram's words mean in dates; not understood words are flagged, never lost. */
    public Timeframe getTimeframeMeaning() {
        return timeframe.meaning();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    private void requireDraft() {
        subGoal.getArea().getPlanVersion().requireDraft();
    }

    Activity copyInto(SubGoal newSubGoal) {
        Activity copy = new Activity(newSubGoal, position, text, perKommun, itemKey);
        copy.dependsOnDecision = dependsOnDecision;
        copy.timeframe = WrittenTimeframe.of(timeframe.words());
        copy.responsible.addAll(responsible);
        return copy;
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public SubGoal getSubGoal() {
        return subGoal;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isPerKommun() {
        return perKommun;
    }

    public boolean isDependsOnDecision() {
        return dependsOnDecision;
    }

    public String getTimeframe() {
        return timeframe.words();
    }

    public List<ResponsibleParty> getResponsible() {
        return List.copyOf(responsible);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
