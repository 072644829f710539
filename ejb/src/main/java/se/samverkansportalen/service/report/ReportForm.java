package se.samverkansportalen.service.report;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A kommun's report for a period as its form holds it: per item the status, traffic light and
 * narrative the kommun types; the workflow state and the reviewer's comment are shown, not typed.
 */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long periodId;
    private String periodCode;
    private boolean periodOpen;
    private int lockVersion;
    private ReportStatus status;
    private String reviewComment;
    private int submissions;
    @NotNull
    @Valid
    private List<@NotNull Item> items = new ArrayList<>();

    /** One item's row. */
    public static class Item implements Serializable {

        private static final long serialVersionUID = 1L;

        private long id;
        private ItemType type;
        private String itemKey;
        private String label;
        private ItemStatus status;
        private TrafficLight light;
        @Size(max = ReportItem.NARRATIVE_MAX)
        @PlainText
        private String narrative;
        private boolean returned;
        private boolean changedSinceLastSubmission;
        @NotNull
        @Valid
        private List<@NotNull IndicatorValue> indicators = new ArrayList<>();

        public Item() {
        }

        Item(long id, ItemType type, String label, ItemStatus status, TrafficLight light, String narrative, boolean returned,
                boolean changedSinceLastSubmission) {
            this(id, type, null, label, status, light, narrative, returned, changedSinceLastSubmission);
        }

        Item(long id, ItemType type, String itemKey, String label, ItemStatus status, TrafficLight light, String narrative,
                boolean returned, boolean changedSinceLastSubmission) {
            this.id = id;
            this.type = type;
            this.itemKey = itemKey;
            this.label = label;
            this.status = status;
            this.light = light;
            this.narrative = narrative;
            this.returned = returned;
            this.changedSinceLastSubmission = changedSinceLastSubmission;
        }

        /** Whether the latest submission says something else about this item than the one before it. */
        public boolean isChangedSinceLastSubmission() {
            return changedSinceLastSubmission;
        }

        public void setId(long id) {
            this.id = id;
        }

        /** The item's id, or 0 for an item the report does not hold yet (the save that stores it matches it by type and key). */
        public long getId() {
            return id;
        }

        public ItemType getType() {
            return type;
        }

        public void setType(ItemType type) {
            this.type = type;
        }

        /** What the item reports on within its type (the aktivitet's item key, the measure's id). */
        public String getItemKey() {
            return itemKey;
        }

        public void setItemKey(String itemKey) {
            this.itemKey = itemKey;
        }

        public String getLabel() {
            return label;
        }

        public ItemStatus getStatus() {
            return status;
        }

        public void setStatus(ItemStatus status) {
            this.status = status;
        }

        public TrafficLight getLight() {
            return light;
        }

        public void setLight(TrafficLight light) {
            this.light = light;
        }

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        /** Whether the reviewer returned this item for completion. */
        public boolean isReturned() {
            return returned;
        }

        /** The period's values of the indicators linked to the item (its risk's indicators). */
        public List<IndicatorValue> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<IndicatorValue> indicators) {
            this.indicators = indicators == null ? new ArrayList<>() : new ArrayList<>(indicators);
        }

        Item withIndicators(List<IndicatorValue> values) {
            setIndicators(values);
            return this;
        }
    }

    /**
     * One linked indicator's value for one period the report covers (a tertial report covers a
     * monthly indicator's four months). The kommun types it unless it is computed; anyone else
     * sees a small count as withheld ({@code suppressed}, value absent).
     */
    public static class IndicatorValue implements Serializable {

        private static final long serialVersionUID = 1L;

        private long indicatorId;
        private String name;
        private IndicatorUnit unit;
        private String period;
        private BigDecimal value;
        private BigDecimal valueAsRead;
        private boolean savedByOther;
        private boolean derived;
        private boolean suppressed;

        public IndicatorValue() {
        }

        IndicatorValue(long indicatorId, String name, IndicatorUnit unit, String period, BigDecimal value, boolean derived,
                boolean suppressed) {
            this.indicatorId = indicatorId;
            this.name = name;
            this.unit = unit;
            this.period = period;
            this.value = value;
            this.valueAsRead = value;
            this.derived = derived;
            this.suppressed = suppressed;
        }

        public long getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(long indicatorId) {
            this.indicatorId = indicatorId;
        }

        public String getName() {
            return name;
        }

        public IndicatorUnit getUnit() {
            return unit;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        /**
         * The value as the form was read (null for none): the version of this one value. A save
         * leaves a value the user did not change alone, and refuses a changed one when the stored
         * value is no longer this (someone else saved it meanwhile, on the Indikator page or in
         * another period's report).
         */
        public BigDecimal getValueAsRead() {
            return valueAsRead;
        }

        public void setValueAsRead(BigDecimal valueAsRead) {
            this.valueAsRead = valueAsRead;
        }

        /**
         * Whether someone else saved this value after the form was read; {@link #getValueAsRead}
         * is then what they saved, shown beside what the user typed. Shown on the page only.
         */
        @JsonbTransient
        public boolean isSavedByOther() {
            return savedByOther;
        }

        /** Computed from two other indicators; shown, not typed. */
        public boolean isDerived() {
            return derived;
        }

        public boolean isSuppressed() {
            return suppressed;
        }
    }

    public ReportForm() {
    }

    ReportForm(long periodId, String periodCode, boolean periodOpen, int lockVersion, ReportStatus status,
            String reviewComment, int submissions, List<Item> items) {
        this.periodId = periodId;
        this.periodCode = periodCode;
        this.periodOpen = periodOpen;
        this.lockVersion = lockVersion;
        this.status = status;
        this.reviewComment = reviewComment;
        this.submissions = submissions;
        this.items = new ArrayList<>(items);
    }

    /**
     * The form of {@code report}, also the reviewers' read-only view: per item its answer, whether
     * the latest submission says something else of it than the one before, and the values of the
     * indicators {@code linked} to it (per report item id) for the periods the report covers;
     * {@code exact} only for the kommun itself, otherwise small counts are withheld. Refuses nothing.
     */
    static ReportForm of(ProgressReport report, Map<Long, List<Indicator>> linked, boolean exact) {
        ReportingPeriod period = report.getPeriod();
        Set<ReportSubmissions.ItemRef> changed = ReportSubmissions.changedSincePrevious(report.getSubmissions());
        return new ReportForm(period.getId(), period.code(), period.isOpen(), report.getLockVersion(), report.getStatus(),
                report.getReviewComment(), report.getSubmissions().size(),
                report.getItems().stream().map(i -> new Item(i.getId() == null ? 0 : i.getId(), i.getType(), i.getItemKey(), i.getLabel(), i.getStatus(), i.getLight(),
                        i.getNarrative(), i.isReturned(), changed.contains(ReportSubmissions.ItemRef.of(i)))
                        .withIndicators(ReportIndicators.values(linked.getOrDefault(i.getId(), List.of()), period.code(), exact)))
                        .toList());
    }

    /**
     * The form of a kommun's report that is not started yet (nothing stored): a draft with no
     * answers whose rows are the {@code items} the first save will store, each with the values of
     * its {@code linked} indicators. Refuses nothing.
     */
    static ReportForm unsaved(ReportingPeriod period, List<ReportItems.NewItem> items,
            Map<ReportSubmissions.ItemRef, List<Indicator>> linked) {
        return new ReportForm(period.getId(), period.code(), period.isOpen(), 0, ReportStatus.DRAFT, null, 0, List.of())
                .withNewItems(items, linked);
    }

    /**
     * This form with rows (id 0) added for {@code items} that the report does not hold yet, each with
     * the values of its {@code linked} indicators; the first save stores them.
     */
    ReportForm withNewItems(List<ReportItems.NewItem> newItems, Map<ReportSubmissions.ItemRef, List<Indicator>> linked) {
        for (ReportItems.NewItem item : newItems) {
            items.add(new Item(0, item.ref().type(), item.ref().key(), item.label(), null, null, null, false, false)
                    .withIndicators(ReportIndicators.values(linked.getOrDefault(item.ref(), List.of()), periodCode, true)));
        }
        return this;
    }

    /**
     * An indicator value someone else saved after a form was read (the {@code current} value of
     * the indicator for the period, null for none): what a conflicting save is refused with.
     */
    public record ChangedValue(long indicatorId, String period, BigDecimal current) implements Serializable {
    }

    /**
     * Takes another person's saved value as the one this form was read at and marks it to be shown
     * beside the user's own input, which stays: a second save replaces it deliberately.
     */
    public void rebaseOn(ChangedValue changed) {
        items.stream().flatMap(i -> i.getIndicators().stream())
                .filter(v -> v.getIndicatorId() == changed.indicatorId() && changed.period().equals(v.getPeriod()))
                .forEach(v -> {
                    v.valueAsRead = changed.current();
                    v.savedByOther = true;
                });
    }

    /** Whether the kommun may change the report now. */
    public boolean isEditable() {
        return periodOpen && status != null && status.editableByKommun();
    }

    public long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(long periodId) {
        this.periodId = periodId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public boolean isPeriodOpen() {
        return periodOpen;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(int lockVersion) {
        this.lockVersion = lockVersion;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public int getSubmissions() {
        return submissions;
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }
}
