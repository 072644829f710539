package se.samverkansportalen.web.report;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.service.report.ReportForm;

/**
 * The body of {@code PUT /api/v1/rapporter/{period}} (save as draft) and {@code POST
 * /api/v1/rapporter/{period}/inskickning} (submit): the kommun's answers per item. The API's own
 * type, so a change to the report page's form cannot change the API; the rules (narrative length
 * and plain text, values per indicator and period, the version) are the service's, checked once.
 *
 * @param lockVersion the version the report was read at ({@link ReportResponse#lockVersion()}); none
 *                    means 0, a report not stored yet, and a stored one answers 409 with the report now
 * @param items       the answers; an item not sent keeps what it had
 */
@Schema(description = "Kommunens svar per punkt i rapporten. / The kommun's answers per item of the report.")
public record ReportRequest(Integer lockVersion, List<Item> items) {

    /**
     * One item's answer, matched by {@code id}, or for an item not stored yet (id 0 or none) by
     * {@code type} and {@code itemKey} as the report read gave them.
     *
     * @param status     the item's status, none for not answered
     * @param light      the traffic light, none for not answered
     * @param narrative  what the kommun writes about the item (no personal data)
     * @param indicators the linked indicators' values for the periods the report covers
     */
    @Schema(name = "ReportRequestItem", description = "En punkts status, trafikljus, text och indikatorvärden. / One item's status, traffic light, narrative and indicator values.")
    public record Item(Long id, ItemType type, String itemKey, ItemStatus status, TrafficLight light, String narrative,
            List<Value> indicators) {
    }

    /**
     * One indicator's value for one period, with the value as it was read: a value left as read is
     * left alone, a changed one is refused (409) when someone else changed it meanwhile.
     *
     * @param value       the value typed, none for none (in the indicator's unit: a count, percent, kronor or days)
     * @param valueAsRead the value the report read gave, none for none
     */
    @Schema(name = "ReportRequestValue", description = "En indikators värde för en period, med värdet som det lästes. / One indicator's value for a period, with the value as read.")
    public record Value(Long indicatorId, String period, BigDecimal value, BigDecimal valueAsRead) {
    }

    /** The form the service takes, for the period. A null item or value is kept as null, for the service to refuse. */
    ReportForm toForm(long periodId) {
        ReportForm form = new ReportForm();
        form.setPeriodId(periodId);
        form.setLockVersion(lockVersion == null ? 0 : lockVersion);
        form.setItems(items == null ? null : items.stream().map(ReportRequest::item).toList());
        return form;
    }

    private static ReportForm.Item item(Item item) {
        if (item == null) {
            return null;
        }
        ReportForm.Item form = new ReportForm.Item();
        form.setId(item.id() == null ? 0 : item.id());
        form.setType(item.type());
        form.setItemKey(item.itemKey());
        form.setStatus(item.status());
        form.setLight(item.light());
        form.setNarrative(item.narrative());
        form.setIndicators(item.indicators() == null ? null : item.indicators().stream().map(ReportRequest::value).toList());
        return form;
    }

    private static ReportForm.IndicatorValue value(Value value) {
        if (value == null) {
            return null;
        }
        ReportForm.IndicatorValue form = new ReportForm.IndicatorValue();
        form.setIndicatorId(value.indicatorId() == null ? 0 : value.indicatorId());
        form.setPeriod(value.period());
        form.setValue(value.value());
        form.setValueAsRead(value.valueAsRead());
        return form;
    }
}
