package se.samverkansportalen.web.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.service.report.ReportForm;

/**
 * A kommun's report for a period as the API answers it: to the kommun itself ({@code GET, PUT
 * /api/v1/rapporter/{period}}, {@code POST .../inskickning}) with exact values, and to reviewers
 * ({@code /api/v1/granskning/{period}/{kommun}...}) with small counts withheld ({@code suppressed},
 * value absent). The API's own type, made from the service's report; a change to the report page
 * cannot change it.
 *
 * @param periodId    the reporting period's id
 * @param periodCode  the period, e.g. "2026-T2" or "2026-05"
 * @param periodOpen  whether the period takes reports
 * @param editable    whether the kommun may change the report now
 * @param lockVersion the report's version, to send back with a change
 * @param submissions how many times the report has been submitted
 * @param history     every submission and review round, oldest first
 */
@Schema(description = "Kommunens rapport för en period. / The kommun's report for a period.")
public record ReportResponse(long periodId, String periodCode, boolean periodOpen, boolean editable, int lockVersion,
        ReportStatus status, String reviewComment, int submissions, List<Step> history, List<Item> items) implements Serializable {

    /**
     * One step of the report's history: a submission ({@code SUBMITTED}), a request for
     * komplettering ({@code COMPLETION_REQUESTED}, with its comment and the items returned) or
     * granskad ({@code REVIEWED}); {@code number} counts the submissions, or the review rounds.
     */
    @Schema(name = "ReportStep", description = "Ett steg i rapportens historik. / One step of the report's history.")
    public record Step(ReportStatus kind, int number, String by, LocalDateTime at, String comment, List<ReturnedItem> returned) implements Serializable {
    }

    /** An item a review round returned to the kommun, as it stood then. */
    @Schema(name = "ReportReturnedItem", description = "En punkt som skickades tillbaka för komplettering. / An item returned for completion.")
    public record ReturnedItem(ItemType type, String key, String label) implements Serializable {
    }

    /**
     * One item's answer; id 0 for an item the report does not hold yet (its first save stores it).
     *
     * @param returned                   whether the reviewer returned the item for komplettering
     * @param changedSinceLastSubmission whether the latest submission says something else of it than the one before
     */
    @Schema(name = "ReportItem", description = "En punkts svar. / One item's answer.")
    public record Item(long id, ItemType type, String itemKey, String label, ItemStatus status, TrafficLight light,
            String narrative, boolean returned, boolean changedSinceLastSubmission, List<Value> indicators) implements Serializable {
    }

    /**
     * One linked indicator's value for one period the report covers, in the indicator's unit. In a
     * submitted or granskad report {@code value} is the one submitted, and a value changed since
     * carries {@code laterValue} and the day of the change ({@code changedOn}) beside it.
     *
     * @param derived    computed from two other indicators, not typed
     * @param suppressed a small count withheld from the reader (value absent)
     */
    @Schema(name = "ReportIndicatorValue", description = "En indikators värde för en period; små tal dolda för andra än kommunen. / One indicator's value for a period; small counts withheld from others than the kommun.")
    public record Value(long indicatorId, String name, IndicatorUnit unit, String period, BigDecimal value,
            BigDecimal valueAsRead, boolean derived, boolean suppressed, boolean changedAfterSubmission, BigDecimal laterValue,
            boolean laterSuppressed, LocalDate changedOn) implements Serializable {
    }

    /** The answer for the service's report. */
    static ReportResponse of(ReportForm report) {
        return new ReportResponse(report.getPeriodId(), report.getPeriodCode(), report.isPeriodOpen(), report.isEditable(),
                report.getLockVersion(), report.getStatus(), report.getReviewComment(), report.getSubmissions(),
                report.getHistory().stream().map(ReportResponse::step).toList(),
                report.getItems().stream().map(ReportResponse::item).toList());
    }

    private static Step step(ReportForm.Step step) {
        return new Step(step.kind(), step.number(), step.by(), step.at(), step.comment(),
                step.returned().stream().map(r -> new ReturnedItem(r.type(), r.key(), r.label())).toList());
    }

    private static Item item(ReportForm.Item item) {
        return new Item(item.getId(), item.getType(), item.getItemKey(), item.getLabel(), item.getStatus(), item.getLight(),
                item.getNarrative(), item.isReturned(), item.isChangedSinceLastSubmission(),
                item.getIndicators().stream().map(ReportResponse::value).toList());
    }

    private static Value value(ReportForm.IndicatorValue value) {
        return new Value(value.getIndicatorId(), value.getName(), value.getUnit(), value.getPeriod(), value.getValue(),
                value.getValueAsRead(), value.isDerived(), value.isSuppressed(), value.isChangedAfterSubmission(),
                value.getLaterValue(), value.isLaterSuppressed(), value.getChangedOn());
    }
}
