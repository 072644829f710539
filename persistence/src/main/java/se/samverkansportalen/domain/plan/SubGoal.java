package se.samverkansportalen.domain.plan;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A delmål ("3.5") of a förbättringsområde: its aktiviteter, and the ansvariga and tidsram that
 * apply to all of them unless an aktivitet names its own.
 */
@Entity
@Table(name = "sub_goal")
public class SubGoal {

    public static final int NUMBER_MAX = 10;
    public static final int TEXT_MAX = 2000;
    public static final int TIMEFRAME_MAX = WrittenTimeframe.WORDS_MAX;
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 36)
    @Column(name = "item_key", nullable = false, length = 36)
    private String itemKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private ImprovementArea area;

    @Column(name = "position", nullable = false)
    private int position;

    @Size(max = NUMBER_MAX)
    @Column(name = "number", nullable = false, length = NUMBER_MAX)
    private String number;

    @Size(max = TEXT_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "text", nullable = false)
    private String text;


    /** Tidsram as people write it ("Våren 2017", "Årligen"), with its meaning in dates. */
    @Valid
    @Embedded
    private WrittenTimeframe timeframe = WrittenTimeframe.of(null);

    @Size(max = NOTE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "responsible_note", length = NOTE_MAX)
    private String responsibleNote;

    @ElementCollection
    @CollectionTable(name = "sub_goal_responsible", joinColumns = @JoinColumn(name = "sub_goal_id"))
    @OrderColumn(name = "position")
    private List<@Valid ResponsibleParty> responsible = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "subGoal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Activity> activities = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected SubGoal() {
    }

    SubGoal(ImprovementArea area, int position, String number, String text, String timeframe, String itemKey) {
        this.area = area;
        this.position = position;
        this.itemKey = itemKey != null ? itemKey : UUID.randomUUID().toString();
        this.number = Texts.required(number, NUMBER_MAX, "number");
        this.text = Texts.required(text, TEXT_MAX, "text");
        setTimeframe(timeframe);
    }

    /** Changes the delmål's number, text and tidsram; the number stays unique within the area. */
    public void revise(String number, String text, String timeframe) {
        requireDraft();
        area.requireFreeNumber(number, this);
        this.number = Texts.required(number, NUMBER_MAX, "number");
        this.text = Texts.required(text, TEXT_MAX, "text");
        setTimeframe(timeframe);
    }

    /** Gives the delmål a number nobody else has while delmål swap numbers (see ImprovementArea). */
    void holdInterimNumber(String interim) {
        this.number = interim;
    }

    /** Gives the delmål the number of its new place in the area. */
    void renumber(String newNumber) {
        this.number = Texts.required(newNumber, NUMBER_MAX, "number");
    }

    public Activity addActivity(String text, boolean perKommun) {
        requireDraft();
        Activity activity = new Activity(this, nextPosition(), text, perKommun, null);
        activities.add(activity);
        return activity;
    }

    public void removeActivity(Activity activity) {
        requireDraft();
        if (activities.remove(activity)) {
            renumberPositions();
        }
    }

    /** Moves an aktivitet up (negative steps) or down (positive) in this delmål's list. */
    public void moveActivity(Activity activity, int steps) {
        requireDraft();
        int from = activities.indexOf(activity);
        if (from < 0) {
            throw new IllegalArgumentException("The aktivitet is not under delmål " + number);
        }
        int to = Math.max(0, Math.min(activities.size() - 1, from + steps));
        activities.remove(from);
        activities.add(to, activity);
        renumberPositions();
    }

    /**
     * Moves an aktivitet to the end of another delmål of the same version. It keeps its item key,
     * so its history, discussion and reports follow it.
     */
    public Activity transferActivity(Activity activity, SubGoal target) {
        requireDraft();
        if (target == this || target.area.getPlanVersion() != area.getPlanVersion()) {
            throw new IllegalArgumentException("An aktivitet moves to another delmål of the same version");
        }
        if (!activities.remove(activity)) {
            throw new IllegalArgumentException("The aktivitet is not under delmål " + number);
        }
        renumberPositions();
        Activity moved = activity.copyInto(target);
        moved.moveTo(target.nextPosition());
        target.activities.add(moved);
        return moved;
    }

    public void assignResponsible(List<ResponsibleParty> parties, String note) {
        requireDraft();
        responsible.clear();
        if (parties != null) {
            responsible.addAll(parties);
        }
        responsibleNote = Texts.optional(note, NOTE_MAX, "responsibleNote");
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
        area.getPlanVersion().requireDraft();
    }

    private int nextPosition() {
        return activities.stream().mapToInt(Activity::getPosition).max().orElse(-1) + 1;
    }

    private void renumberPositions() {
        for (int i = 0; i < activities.size(); i++) {
            activities.get(i).moveTo(i);
        }
    }

    SubGoal copyInto(ImprovementArea newArea) {
        SubGoal copy = new SubGoal(newArea, position, number, text, timeframe.words(), itemKey);
        copy.responsibleNote = responsibleNote;
        copy.responsible.addAll(responsible);
        activities.forEach(a -> copy.activities.add(a.copyInto(copy)));
        return copy;
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public ImprovementArea getArea() {
        return area;
    }

    public int getPosition() {
        return position;
    }

    public String getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getTimeframe() {
        return timeframe.words();
    }

    public String getResponsibleNote() {
        return responsibleNote;
    }

    public List<ResponsibleParty> getResponsible() {
        return List.copyOf(responsible);
    }

    public List<Activity> getActivities() {
        return List.copyOf(activities);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
