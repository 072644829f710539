package se.samverkansportalen.service.report;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.SmallNumbers;
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
    private List<Step> history = new ArrayList<>();
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
        /** The answer as stored when the form was read (null in a form sent in): what a conflict is judged against. */
        private StoredAnswer asRead;
        /** What someone else saved since the form was read, shown beside the user's input after a conflict; else null. */
        private StoredAnswer savedByOther;

        public Item() {
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
            this.asRead = new StoredAnswer(status, light, narrative);
        }

        /**
         * What someone else saved for this item after the form was read: set by
         * {@link ReportForm#rebaseOn(ReportForm)} for the page to show beside the user's input; null
         * when nobody did. Not part of the API's form (a 409 carries the whole current report).
         */
        @JsonbTransient
        public StoredAnswer getSavedByOther() {
            return savedByOther;
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

        /**
         * Whether the item is answered: a status and a traffic light are chosen (the narrative and
         * indicator values are not required). What the form's progress ("8 av 14 ifyllda") counts.
         */
        @JsonbTransient
        public boolean isAnswered() {
            return status != null && light != null;
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
        private boolean changedAfterSubmission;
        private BigDecimal laterValue;
        private boolean laterSuppressed;
        private LocalDate changedOn;

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

        /**
         * In the view of a submitted or granskad report, whose {@link #getValue() value} is the one
         * submitted: whether the indicator's value has been changed since (on the Indikator page or
         * in another period's report). The change is shown beside the submitted value, never in its place.
         */
        public boolean isChangedAfterSubmission() {
            return changedAfterSubmission;
        }

        /** The value as it stands now, when {@link #isChangedAfterSubmission() changed after submission}; null when withheld or missing. */
        public BigDecimal getLaterValue() {
            return laterValue;
        }

        /** Whether the value as it stands now is a small count withheld from the reader. */
        public boolean isLaterSuppressed() {
            return laterSuppressed;
        }

        /** The day (in Sweden) of the latest change after submission, when the audit trail has it; null otherwise. */
        public LocalDate getChangedOn() {
            return changedOn;
        }

        /**
         * This value as submitted ({@code sent}, withheld when {@code sentWithheld}), with the value
         * now standing beside it as a later change when it differs.
         */
        IndicatorValue asSubmitted(BigDecimal sent, boolean sentWithheld, boolean changed, LocalDate on) {
            IndicatorValue submitted = new IndicatorValue(indicatorId, name, unit, period, sentWithheld ? null : sent, derived, sentWithheld);
            if (changed) {
                submitted.changedAfterSubmission = true;
                submitted.laterValue = value;
                submitted.laterSuppressed = suppressed;
                submitted.changedOn = on;
            }
            return submitted;
        }
    }

    /** An item a review round returned to the kommun: its type, key and label as they stood then. */
    public record ReturnedItem(ItemType type, String key, String label) implements Serializable {
    }

    /**
     * One step in the report's history, oldest first: a submission ({@code SUBMITTED}, its number
     * and who sent it), a request for komplettering ({@code COMPLETION_REQUESTED}: the reviewer,
     * the comment and the items returned) or granskad ({@code REVIEWED}). {@code by} is the stored
     * display name (empty when not known); {@code number} counts the submissions, or the review rounds.
     */
    public record Step(ReportStatus kind, int number, String by, LocalDateTime at, String comment, List<ReturnedItem> returned)
            implements Serializable {

        /** Whether this step returned the item of {@code type} and {@code key} to the kommun. */
        public boolean returns(ItemType type, String key) {
            return returned.stream().anyMatch(r -> r.type() == type && r.key().equals(key));
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
        ReportForm form = new ReportForm(period.getId(), period.code(), period.isOpen(), report.getLockVersion(), report.getStatus(),
                report.getReviewComment(), report.getSubmissions().size(),
                report.getItems().stream().map(i -> new Item(i.getId() == null ? 0 : i.getId(), i.getType(), i.getItemKey(), i.getLabel(), i.getStatus(), i.getLight(),
                        i.getNarrative(), i.isReturned(), changed.contains(ReportSubmissions.ItemRef.of(i)))
                        .withIndicators(ReportIndicators.values(linked.getOrDefault(i.getId(), List.of()), period.code(), exact)))
                        .toList());
        form.history = history(report);
        return form;
    }

    /**
     * A report as a record: a submitted or granskad report shows the indicator values as they were
     * submitted (kept in its latest submission), each value changed since carrying the value now
     * and the day of the change ({@code changedOn}, per indicator, see {@link LaterChanges}; empty
     * when not known) as a later change. Unless {@code exact} (the kommun itself), small counts are
     * withheld as in {@link #of}: a submitted value by the rule applied to the submitted figures,
     * the value now by the rule applied to today's. A report in another state reads as
     * {@link #of}. Refuses nothing.
     */
    static ReportForm asSubmitted(ProgressReport report, Map<Long, List<Indicator>> linked, boolean exact,
            java.util.function.Function<Indicator, java.util.Optional<LocalDate>> changedOn) {
        ReportForm form = of(report, linked, exact);
        List<se.samverkansportalen.domain.report.ReportSubmission> sent = report.getSubmissions();
        if (sent.isEmpty() || (report.getStatus() != ReportStatus.SUBMITTED && report.getStatus() != ReportStatus.REVIEWED)) {
            return form;
        }
        ReportSubmissions.Sent latest = ReportSubmissions.read(sent.get(sent.size() - 1).getContent());
        Map<Long, ReportItem> byId = new java.util.HashMap<>();
        report.getItems().forEach(i -> byId.put(i.getId(), i));
        for (Item item : form.items) {
            List<Indicator> indicators = linked.getOrDefault(item.getId(), List.of());
            List<IndicatorValue> submitted = new ArrayList<>();
            for (IndicatorValue now : item.getIndicators()) {
                Indicator indicator = indicators.stream().filter(i -> i.getId() == now.getIndicatorId()).findFirst().orElse(null);
                if (indicator == null) {
                    submitted.add(now);
                    continue;
                }
                BigDecimal then = latest.value(indicator, now.getPeriod()).map(ReportSubmissions.SentValue::value).orElse(null);
                BigDecimal exactNow = indicator.valueFor(now.getPeriod()).orElse(null);
                boolean changed = then == null ? exactNow != null : exactNow == null || then.compareTo(exactNow) != 0;
                boolean withheld = !exact && (changed ? smallWhenSent(indicator, now.getPeriod(), latest) : now.isSuppressed());
                submitted.add(now.asSubmitted(then, withheld, changed, changed ? changedOn.apply(indicator).orElse(null) : null));
            }
            item.setIndicators(submitted);
        }
        return form;
    }

    /**
     * The small-number rule ({@link SmallNumbers}) applied to the figures as submitted: a figure
     * submitted as missing hides nothing (it is "uppgift saknas", whatever was typed later); a
     * figure the submission did not carry is judged by its value now.
     */
    private static boolean smallWhenSent(Indicator indicator, String period, ReportSubmissions.Sent latest) {
        return SmallNumbers.withheld(indicator, period, (i, p) -> {
            Optional<ReportSubmissions.SentValue> sent = latest.value(i, p);
            return sent.isPresent() ? Optional.ofNullable(sent.get().value()) : i.valueFor(p);
        });
    }

    /** The report's submissions and review rounds as one history, oldest first (a round after the submission it answers). */
    static List<Step> history(ProgressReport report) {
        List<Step> steps = new ArrayList<>();
        report.getSubmissions().forEach(s -> steps.add(new Step(ReportStatus.SUBMITTED, s.getNumber(), s.getSubmittedBy(),
                s.getSubmittedAt(), null, List.of())));
        report.getReviewRounds().forEach(r -> steps.add(new Step(r.getOutcome(), r.getNumber(), r.getReviewerName(), r.getReviewedAt(),
                r.getComment(), ReportSubmissions.returned(r.getReturnedItems()))));
        steps.sort(java.util.Comparator.comparing(Step::at).thenComparing(s -> s.kind() == ReportStatus.SUBMITTED ? 0 : 1));
        return List.copyOf(steps);
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

    /** An item's answer as stored: status, traffic light and narrative (any may be null). */
    public record StoredAnswer(ItemStatus status, TrafficLight light, String narrative) implements Serializable {

        /** The same answer, a narrative's surrounding blanks and an empty narrative not counting. */
        boolean sameAs(StoredAnswer other) {
            return status == other.status && light == other.light && text(narrative).equals(text(other.narrative));
        }

        private static String text(String narrative) {
            return narrative == null ? "" : narrative.strip();
        }
    }

    /**
     * Takes the report as someone else saved it ({@code current}, read after this form) as the
     * version this form was read at, and marks each item and indicator value they changed to be
     * shown beside the user's own input, which stays: a second save then replaces theirs
     * deliberately. An item this form did not read from the database (a form sent in) is rebased
     * without marks.
     */
    public void rebaseOn(ReportForm current) {
        lockVersion = current.lockVersion;
        for (Item mine : items) {
            current.items.stream().filter(c -> c.type == mine.type && java.util.Objects.equals(c.itemKey, mine.itemKey)).findFirst()
                    .ifPresent(theirs -> {
                        StoredAnswer stored = new StoredAnswer(theirs.status, theirs.light, theirs.narrative);
                        mine.savedByOther = mine.asRead != null && !mine.asRead.sameAs(stored) ? stored : null;
                        mine.asRead = stored;
                        mine.id = theirs.id;
                        theirs.indicators.forEach(v -> rebaseOn(new ChangedValue(v.indicatorId, v.period, v.value), mine));
                    });
        }
    }

    private static void rebaseOn(ChangedValue changed, Item item) {
        item.getIndicators().stream()
                .filter(v -> v.getIndicatorId() == changed.indicatorId() && changed.period().equals(v.getPeriod()))
                .filter(v -> v.valueAsRead == null ? changed.current() != null
                        : changed.current() == null || v.valueAsRead.compareTo(changed.current()) != 0)
                .forEach(v -> {
                    v.valueAsRead = changed.current();
                    v.savedByOther = true;
                });
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

    /** An item not answered yet ({@link Item#isAnswered()}): its place in {@link #getItems()} (from 0) and its label. */
    public record Unanswered(int index, String label) implements Serializable {
    }

    /** How many items are answered ({@link Item#isAnswered()}). */
    @JsonbTransient
    public int getAnsweredCount() {
        return (int) getItems().stream().filter(Item::isAnswered).count();
    }

    /** The items not answered yet, in the form's order. */
    @JsonbTransient
    public List<Unanswered> getUnanswered() {
        List<Unanswered> missing = new ArrayList<>();
        for (int index = 0; index < getItems().size(); index++) {
            if (!getItems().get(index).isAnswered()) {
                missing.add(new Unanswered(index, getItems().get(index).getLabel()));
            }
        }
        return missing;
    }

    /**
     * The number of the latest review round that asked for komplettering and returned this item,
     * when the latest such round did; 0 otherwise (none returned it, or a later round did not).
     * What the reviewer sees of the items it returned, also after the kommun has resubmitted (when
     * {@link Item#isReturned()} is cleared).
     */
    public int returnedInLatestRequest(Item item) {
        Step latest = null;
        for (Step step : history == null ? List.<Step>of() : history) {
            if (step.kind() == ReportStatus.COMPLETION_REQUESTED) {
                latest = step;
            }
        }
        return latest != null && latest.returns(item.getType(), item.getItemKey()) ? latest.number() : 0;
    }

    /** The latest komplettering comment; every round's comment is in {@link #getHistory()}. */
    public String getReviewComment() {
        return reviewComment;
    }

    /** Every submission and every review round, oldest first. */
    public List<Step> getHistory() {
        return history;
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
