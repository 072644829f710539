package se.samverkansportalen.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.tenant.KommunOwned;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.domain.validation.PersonalIdentityNumbers;

/**
 * One item of a kommun's report: what it reports on (a regional aktivitet by item key, or a
 * measure of the kommun's plans), its status, traffic light and narrative. The narrative never
 * holds a personnummer.
 */
@Entity
@Table(name = "report_item")
@jakarta.persistence.NamedQuery(name = ReportItem.BY_KEY,
        query = "SELECT i FROM ReportItem i WHERE i.type = :type AND i.itemKey = :key")
public class ReportItem extends KommunOwned {

    public static final String BY_KEY = "ReportItem.byKey";

    public static final int LABEL_MAX = 600;
    /** An item's key: a regional aktivitet's UUID or a local measure's reference. */
    public static final int ITEM_KEY_MAX = 60;
    public static final int NARRATIVE_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ProgressReport report;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ItemType type;

    @Size(max = ITEM_KEY_MAX)
    @Column(name = "item_key", nullable = false, length = ITEM_KEY_MAX)
    private String itemKey;

    @Size(max = LABEL_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 15)
    private ItemStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "light", length = 10)
    private TrafficLight light;

    @Size(max = NARRATIVE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "narrative")
    private String narrative;

    @Column(name = "returned", nullable = false)
    private boolean returned;

    protected ReportItem() {
    }

    ReportItem(ProgressReport report, int position, ItemType type, String itemKey, String label) {
        this.report = report;
        this.position = position;
        this.type = type;
        this.itemKey = Texts.required(itemKey, ITEM_KEY_MAX, "itemKey");
        this.label = Texts.required(label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX - 1) + "…" : label,
                LABEL_MAX, "label");
    }

    /**
     * The kommun's account of the item; refused while the report is locked, and refused at once
     * (before anything changes) when the narrative holds a personnummer.
     *
     * @throws InvalidInputRefusal at {@code narrative} with {@code input.personalData} (whose
     *         argument, like a Bean Validation refusal's, is the field name)
     */
    public void fill(ItemStatus status, TrafficLight light, String narrative) {
        report.requireEditableByKommun();
        if (PersonalIdentityNumbers.containsIn(narrative)) {
            throw InvalidInputRefusal.atField("narrative", "input.personalData", "narrative");
        }
        this.status = status;
        this.light = light;
        this.narrative = Texts.optional(narrative, NARRATIVE_MAX, "narrative");
    }

    /**
     * Puts the item in the words of the plan that applies now (a new fastställd version may word an
     * aktivitet otherwise); refused while the report is locked for the kommun, whose submitted words stay.
     */
    public void relabel(String label) {
        report.requireEditableByKommun();
        this.label = Texts.required(label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX - 1) + "…" : label, LABEL_MAX, "label");
    }

    void markReturned() {
        returned = true;
    }

    void clearReturn() {
        returned = false;
    }

    public Long getId() {
        return id;
    }

    public ProgressReport getReport() {
        return report;
    }

    public int getPosition() {
        return position;
    }

    public ItemType getType() {
        return type;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getLabel() {
        return label;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public TrafficLight getLight() {
        return light;
    }

    public String getNarrative() {
        return narrative;
    }

    public boolean isReturned() {
        return returned;
    }
}
