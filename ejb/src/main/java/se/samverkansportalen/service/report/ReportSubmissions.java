package se.samverkansportalen.service.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportSubmission;

/**
 * The kept submissions of a kommun's report: the one writer and the one reader of the JSON a
 * {@link ReportSubmission} keeps as it was sent, and what the latest submission says differently
 * from the one before it.
 *
 * <p>The content is {@code {"period": "2020-T3", "items": [{"type", "key", "label", "status",
 * "light", "narrative", "indicators": [{"id", "indicator", "period", "value"}]}]}}, an absent value
 * written as {@code ""}; submissions kept before report items carried indicators have no
 * {@code "indicators"} and read as having none, those kept before the indicator's id was written
 * have no {@code "id"} and are matched by the indicator's name.
 *
 * <p>Also the one writer and reader of the items a review round returned to the kommun
 * ({@link se.samverkansportalen.domain.report.ReviewRound#getReturnedItems()}):
 * {@code [{"type", "key", "label"}]}.
 *
 * <p>Static functions in a package-private class, not an EJB: nothing here reads the database or
 * the caller, so there is nothing to bind to a kommun and nothing to inject. It is reached only
 * through the services of this package ({@link KommunReports} writes at submission,
 * {@link ReportForm#of} and {@link ReportReview} read), whose entry from the web layer is where the
 * tenant binding and the input checks apply; and it is tested without a server.
 */
final class ReportSubmissions {

    private ReportSubmissions() {
    }

    /** Which item of a report something is about: its type and its key. */
    record ItemRef(ItemType type, String key) {

        /** The reference of a report item. */
        static ItemRef of(ReportItem item) {
            return new ItemRef(item.getType(), item.getItemKey());
        }
    }

    /**
     * One indicator value as sent: the indicator's id (null in submissions kept before it was
     * written), its name, the period it is for, and the value (null when none was typed).
     */
    record SentValue(Long indicatorId, String indicator, String period, BigDecimal value) {

        /** A value as submissions kept before the indicator's id was written read back. */
        SentValue(String indicator, String period, BigDecimal value) {
            this(null, indicator, period, value);
        }

        /** Whether this is the value of {@code indicator} for {@code period}: by id, or by name where no id was kept. */
        boolean isFor(Indicator indicator, String period) {
            return this.period.equals(period)
                    && (indicatorId == null ? this.indicator.equals(indicator.getName()) : indicatorId.equals(indicator.getId()));
        }

        /** Whether both say the same: same indicator and period, and the same number (12 and 12.00 alike). */
        boolean sameAs(SentValue other) {
            return indicator.equals(other.indicator) && period.equals(other.period)
                    && (value == null ? other.value == null : other.value != null && value.compareTo(other.value) == 0);
        }
    }

    /** What a submission said of one item; a status, light or narrative left empty is null. */
    record SentItem(ItemRef ref, String label, ItemStatus status, TrafficLight light, String narrative, List<SentValue> indicators) {

        /**
         * Whether this answer says something else than {@code before} (status, light, narrative or
         * an indicator value; the label is the portal's, not the kommun's answer). Any answer
         * differs from none ({@code before} null).
         */
        boolean differsFrom(SentItem before) {
            if (before == null || status != before.status || light != before.light
                    || !Objects.equals(narrative, before.narrative) || indicators.size() != before.indicators.size()) {
                return true;
            }
            for (int i = 0; i < indicators.size(); i++) {
                if (!indicators.get(i).sameAs(before.indicators.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A kept submission read back: the period code and the items in the report's order. */
    record Sent(String periodCode, List<SentItem> items) {

        /** What the submission said of one item; empty when it did not have the item. */
        Optional<SentItem> item(ItemType type, String key) {
            ItemRef ref = new ItemRef(type, key);
            return items.stream().filter(i -> i.ref().equals(ref)).findFirst();
        }

        /** The value the submission gave {@code indicator} for {@code period} under any item; empty when it gave none. */
        Optional<SentValue> value(Indicator indicator, String period) {
            return items.stream().flatMap(i -> i.indicators().stream()).filter(v -> v.isFor(indicator, period)).findFirst();
        }
    }

    /**
     * The content to keep when {@code report} is submitted: its period, and per item its answer
     * and the exact values of the indicators {@code linked} to it (per report item id, as
     * {@link ReportIndicators#linked} gives them) for the periods the report covers. Refuses
     * nothing: what is written is whatever the report holds.
     */
    static String content(ProgressReport report, Map<Long, List<Indicator>> linked) {
        String period = report.getPeriod().code();
        return content(report, item -> ReportIndicators.values(linked.getOrDefault(item.getId(), List.of()), period, true));
    }

    /** The content to keep, with each item's indicator values as {@code valuesOf} gives them. */
    static String content(ProgressReport report, Function<ReportItem, List<ReportForm.IndicatorValue>> valuesOf) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ReportItem item : report.getItems()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            valuesOf.apply(item).forEach(v -> values.add(Json.createObjectBuilder().add("id", v.getIndicatorId())
                    .add("indicator", v.getName())
                    .add("period", v.getPeriod()).add("value", v.getValue() == null ? "" : v.getValue().toPlainString())));
            items.add(Json.createObjectBuilder().add("type", item.getType().name())
                    .add("key", item.getItemKey()).add("label", item.getLabel())
                    .add("status", item.getStatus() == null ? "" : item.getStatus().name())
                    .add("light", item.getLight() == null ? "" : item.getLight().name())
                    .add("narrative", item.getNarrative() == null ? "" : item.getNarrative())
                    .add("indicators", values));
        }
        return Json.createObjectBuilder().add("period", report.getPeriod().code()).add("items", items).build().toString();
    }

    /**
     * A kept submission's content read back, as {@link #content} wrote it (or its earlier form
     * without indicators). Content that is not such JSON is a defect, not a refusal: it fails with
     * the JSON reader's or the enum's exception.
     */
    static Sent read(String content) {
        JsonObject sent;
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            sent = reader.readObject();
        }
        List<SentItem> items = sent.getOrDefault("items", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(ReportSubmissions::item).toList();
        return new Sent(sent.getString("period", ""), items);
    }

    private static SentItem item(JsonObject item) {
        List<SentValue> values = item.getOrDefault("indicators", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .map(v -> new SentValue(v.containsKey("id") ? v.getJsonNumber("id").longValue() : null,
                        v.getString("indicator", ""), v.getString("period", ""),
                        emptyAsNull(v.getString("value", ""), BigDecimal::new)))
                .toList();
        return new SentItem(new ItemRef(ItemType.valueOf(item.getString("type")), item.getString("key")), item.getString("label", ""),
                emptyAsNull(item.getString("status", ""), ItemStatus::valueOf), emptyAsNull(item.getString("light", ""), TrafficLight::valueOf),
                emptyAsNull(item.getString("narrative", ""), Function.identity()), values);
    }

    private static <T> T emptyAsNull(String text, Function<String, T> parse) {
        return text.isEmpty() ? null : parse.apply(text);
    }

    /**
     * The items the latest of {@code submissions} (in the order they were sent) reports
     * differently from the one before it; none while there are fewer than two.
     */
    static Set<ItemRef> changedSincePrevious(List<ReportSubmission> submissions) {
        if (submissions.size() < 2) {
            return Set.of();
        }
        return changed(read(submissions.get(submissions.size() - 2).getContent()), read(submissions.get(submissions.size() - 1).getContent()));
    }

    /** The items {@code latest} reports differently from {@code before}, an item {@code before} did not have included. */
    static Set<ItemRef> changed(Sent before, Sent latest) {
        Set<ItemRef> changed = new HashSet<>();
        for (SentItem item : latest.items()) {
            if (item.differsFrom(before.item(item.ref().type(), item.ref().key()).orElse(null))) {
                changed.add(item.ref());
            }
        }
        return Set.copyOf(changed);
    }

    /** The returned items of a review round, as a round keeps them: each item's type, key and label as it stood. */
    static String returned(List<ReportItem> items) {
        JsonArrayBuilder returned = Json.createArrayBuilder();
        items.forEach(i -> returned.add(Json.createObjectBuilder().add("type", i.getType().name()).add("key", i.getItemKey())
                .add("label", i.getLabel())));
        return returned.build().toString();
    }

    /** A round's returned items read back, as {@link #returned} wrote them; a defect, not a refusal, when not such JSON. */
    static List<ReportForm.ReturnedItem> returned(String kept) {
        try (JsonReader reader = Json.createReader(new StringReader(kept))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(i -> new ReportForm.ReturnedItem(ItemType.valueOf(i.getString("type")), i.getString("key"), i.getString("label", "")))
                    .toList();
        }
    }
}
