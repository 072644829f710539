package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.validation.PersonalIdentityNumbers;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.RegionalPlanService;

/**
 * A kommun's editors write the kommun's progress report for a period: one item per regional
 * aktivitet done in every kommun and per measure of the kommun's fastställda local plans. They
 * save drafts as often as they like and submit; a submitted report is locked for them until the
 * LBU network reopens it. Bound to the caller's kommun like every service; another kommun's
 * report is never seen.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class KommunReports {

    static final String REPORT = "PROGRESS_REPORT";

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    CurrentUser user;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** The kommun's report for a period; made, with its items, the first time it is asked for while the period is open. */
    public ReportForm report(long periodId) {
        return ownForm(reportFor(period(periodId), true));
    }

    /** Saves what the kommun typed; refused while the report is locked, its period closed, or a narrative holds a personnummer. */
    public ReportForm saveDraft(@NotNull @Valid ReportForm input) {
        ProgressReport report = editable(input);
        fill(report, input);
        em.flush();
        return ownForm(report);
    }

    /** Saves and submits: the report is locked for the kommun and kept as it was sent. */
    public ReportForm submit(@NotNull @Valid ReportForm input) {
        ProgressReport report = editable(input);
        Map<Long, List<Indicator>> linked = fill(report, input);
        ReportStatus before = report.getStatus();
        report.submit(user.getDisplayName(), LocalDateTime.now(clock), content(report, linked));
        audit.changed(item(report), "status", before, report.getStatus());
        em.flush();
        return ownForm(report);
    }

    private ReportForm ownForm(ProgressReport report) {
        return form(report, ReportIndicators.linked(em, report), true);
    }

    private ProgressReport editable(ReportForm input) {
        ReportingPeriod period = period(input.getPeriodId());
        ProgressReport report = reportFor(period, false);
        if (!period.isOpen()) {
            throw new WrongStateRefusal("report.error.periodClosed", period.code());
        }
        if (!report.getStatus().editableByKommun()) {
            throw new WrongStateRefusal("report.error.locked");
        }
        if (report.getLockVersion() != input.getLockVersion()) {
            throw new ConflictRefusal("report.error.changed");
        }
        em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return report;
    }

    private Map<Long, List<Indicator>> fill(ProgressReport report, ReportForm input) {
        Map<Long, List<Indicator>> linked = ReportIndicators.linked(em, report);
        Map<Long, ReportItem> items = report.getItems().stream().collect(Collectors.toMap(ReportItem::getId, Function.identity()));
        for (int index = 0; index < input.getItems().size(); index++) {
            ReportForm.Item row = input.getItems().get(index);
            ReportItem item = items.get(row.getId());
            if (item == null) {
                throw new NotFoundRefusal("report.error.notFound");
            }
            if (row.getNarrative() != null && row.getNarrative().strip().length() > ReportItem.NARRATIVE_MAX) {
                throw new InvalidInputRefusal("plan.error.tooLong", String.valueOf(ReportItem.NARRATIVE_MAX));
            }
            if (PersonalIdentityNumbers.containsIn(row.getNarrative())) {
                throw InvalidInputRefusal.atField("items[" + index + "].narrative", "report.error.personnummer", item.getLabel());
            }
            String before = describe(item);
            item.fill(row.getStatus(), row.getLight(), row.getNarrative());
            audit.changed(new AuditedItem("REPORT_ITEM", kommunCode() + ":" + item.getId(), item.getLabel()), "item",
                    before, describe(item));
            record(report.getPeriod(), linked.getOrDefault(item.getId(), List.of()), row.getIndicators());
        }
        return linked;
    }

    /**
     * Records the typed values of the item's linked indicators for the periods the report covers;
     * a cleared value is forgotten, a computed indicator is left alone. The indicator is stored
     * once: its own page and every later report show the same value.
     */
    private void record(ReportingPeriod period, List<Indicator> linked, List<ReportForm.IndicatorValue> typed) {
        Map<Long, Indicator> byId = linked.stream().collect(Collectors.toMap(Indicator::getId, Function.identity()));
        for (ReportForm.IndicatorValue value : typed) {
            Indicator indicator = byId.get(value.getIndicatorId());
            if (indicator == null || !indicator.getPeriodicity().periodsIn(period.code()).contains(value.getPeriod())) {
                throw new NotFoundRefusal("report.error.notFound");
            }
            if (indicator.isDerived()) {
                continue;
            }
            BigDecimal typedValue = value.getValue();
            if (typedValue != null && typedValue.signum() < 0) {
                throw new InvalidInputRefusal("report.error.negativeValue", indicator.getName());
            }
            BigDecimal before = indicator.valueFor(value.getPeriod()).orElse(null);
            boolean same = typedValue == null ? before == null : before != null && before.compareTo(typedValue) == 0;
            if (same) {
                continue;
            }
            if (typedValue == null) {
                indicator.forget(value.getPeriod());
            } else {
                indicator.record(value.getPeriod(), typedValue);
            }
            em.lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.changed(new AuditedItem("LOCAL_INDICATOR", kommunCode() + ":" + indicator.getId(), "Indikator " + indicator.getName()),
                    value.getPeriod(), before, typedValue);
        }
    }

    private static String describe(ReportItem item) {
        return item.getStatus() + " / " + item.getLight() + " / " + (item.getNarrative() == null ? "" : item.getNarrative());
    }

    private ReportingPeriod period(long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFoundRefusal("report.error.periodNotFound");
        }
        return period;
    }

    private ProgressReport reportFor(ReportingPeriod period, boolean create) {
        ProgressReport report = em.createNamedQuery(ProgressReport.FOR_PERIOD, ProgressReport.class)
                .setParameter("period", period).getResultStream().findFirst().orElse(null);
        if (report == null) {
            if (!create || !period.isOpen()) {
                if (period.isOpen()) {
                    throw new NotFoundRefusal("report.error.notFound");
                }
                throw new WrongStateRefusal("report.error.periodClosed", period.code());
            }
            user.getKommunCode().orElseThrow(() -> new NotFoundRefusal("report.error.notFound"));
            report = new ProgressReport(period);
            em.persist(report);
            audit.created(item(report), period.code());
        }
        if (period.isOpen() && report.getStatus().editableByKommun()) {
            addMissingItems(report);
        }
        em.flush();
        return report;
    }

    /** Adds items for regional per-kommun aktiviteter and fastställda local measures the report does not have yet. */
    private void addMissingItems(ProgressReport report) {
        em.createNamedQuery(RegionalPlan.BY_REGION, RegionalPlan.class).setParameter("regionCode", RegionalPlanService.REGION_CODE)
                .getResultStream().findFirst().ifPresent(plan -> plan.latestVersion().getAreas().forEach(area -> area.getSubGoals()
                        .forEach(subGoal -> subGoal.getActivities().stream().filter(a -> a.isPerKommun()).forEach(a -> {
                            if (report.item(ItemType.REGIONAL_ACTIVITY, a.getItemKey()).isEmpty()) {
                                report.addItem(ItemType.REGIONAL_ACTIVITY, a.getItemKey(), "Delmål " + subGoal.getNumber()
                                        + ", aktivitet " + (a.getPosition() + 1) + ": " + a.getText());
                            }
                        }))));
        for (LocalPlan plan : em.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList()) {
            if (plan.getStatus() != LocalPlanStatus.ADOPTED) {
                continue;
            }
            plan.getMeasures().forEach(m -> {
                if (report.item(ItemType.LOCAL_MEASURE, String.valueOf(m.getId())).isEmpty()) {
                    report.addItem(ItemType.LOCAL_MEASURE, String.valueOf(m.getId()),
                            plan.getTitle() + ": åtgärd " + m.getNumber() + ", " + m.getTitle());
                }
            });
            plan.risks().forEach(r -> r.getMeasures().forEach(m -> {
                if (report.item(ItemType.RISK_MEASURE, String.valueOf(m.getId())).isEmpty()) {
                    report.addItem(ItemType.RISK_MEASURE, String.valueOf(m.getId()),
                            plan.getTitle() + ": risk " + r.getNumber() + ", " + m.getTitle());
                }
            }));
        }
    }

    /**
     * The form of a report, also the reviewers' read-only view: {@code exact} only for the
     * kommun itself, otherwise small indicator counts are withheld.
     */
    static ReportForm form(ProgressReport report, Map<Long, List<Indicator>> linked, boolean exact) {
        String period = report.getPeriod().code();
        java.util.Set<String> changed = changedSincePreviousSubmission(report);
        return new ReportForm(report.getPeriod().getId(), report.getPeriod().code(), report.getPeriod().isOpen(),
                report.getLockVersion(), report.getStatus(), report.getReviewComment(), report.getSubmissions().size(),
                report.getItems().stream().map(i -> new ReportForm.Item(i.getId(), i.getType(), i.getLabel(), i.getStatus(),
                        i.getLight(), i.getNarrative(), i.isReturned(), changed.contains(i.getType() + ":" + i.getItemKey()))
                        .withIndicators(ReportIndicators.values(linked.getOrDefault(i.getId(), List.of()), period, exact)))
                        .toList());
    }

    /** The items ("TYPE:key") the latest submission reports differently from the one before it. */
    private static java.util.Set<String> changedSincePreviousSubmission(ProgressReport report) {
        java.util.List<se.samverkansportalen.domain.report.ReportSubmission> sent = report.getSubmissions();
        if (sent.size() < 2) {
            return java.util.Set.of();
        }
        Map<String, String> latest = answers(sent.get(sent.size() - 1).getContent());
        Map<String, String> before = answers(sent.get(sent.size() - 2).getContent());
        return latest.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Map<String, String> answers(String content) {
        return sentItems(content).stream().collect(Collectors.toMap(KommunReports::sentKey,
                i -> i.getString("status") + "|" + i.getString("light") + "|" + i.getString("narrative")
                        + "|" + i.getOrDefault("indicators", JsonValue.EMPTY_JSON_ARRAY), (a, b) -> a));
    }

    /** What a submission said of one item. */
    record SentAnswer(se.samverkansportalen.domain.report.ItemStatus status, se.samverkansportalen.domain.localplan.TrafficLight light,
            String narrative) {
    }

    /** One item's answer in a kept submission, if the submission had the item. */
    static java.util.Optional<SentAnswer> answerIn(String content, ItemType type, String key) {
        return sentItems(content).stream().filter(i -> sentKey(i).equals(type + ":" + key)).findFirst()
                .map(i -> new SentAnswer(
                        i.getString("status").isEmpty() ? null : se.samverkansportalen.domain.report.ItemStatus.valueOf(i.getString("status")),
                        i.getString("light").isEmpty() ? null : se.samverkansportalen.domain.localplan.TrafficLight.valueOf(i.getString("light")),
                        i.getString("narrative").isEmpty() ? null : i.getString("narrative")));
    }

    /** The items of a kept submission, as {@link #content} wrote them. */
    private static List<jakarta.json.JsonObject> sentItems(String content) {
        try (var reader = Json.createReader(new java.io.StringReader(content))) {
            return reader.readObject().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class);
        }
    }

    private static String sentKey(jakarta.json.JsonObject item) {
        return item.getString("type") + ":" + item.getString("key");
    }

    /** The report as sent: its items and their indicator values as JSON, kept unchanged. */
    private static String content(ProgressReport report, Map<Long, List<Indicator>> linked) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        report.getItems().forEach(i -> {
            JsonArrayBuilder values = Json.createArrayBuilder();
            ReportIndicators.values(linked.getOrDefault(i.getId(), List.of()), report.getPeriod().code(), true)
                    .forEach(v -> values.add(Json.createObjectBuilder().add("indicator", v.getName()).add("period", v.getPeriod())
                            .add("value", v.getValue() == null ? "" : v.getValue().toPlainString())));
            items.add(Json.createObjectBuilder().add("type", i.getType().name())
                    .add("key", i.getItemKey()).add("label", i.getLabel())
                    .add("status", i.getStatus() == null ? "" : i.getStatus().name())
                    .add("light", i.getLight() == null ? "" : i.getLight().name())
                    .add("narrative", i.getNarrative() == null ? "" : i.getNarrative())
                    .add("indicators", values));
        });
        return Json.createObjectBuilder().add("period", report.getPeriod().code()).add("items", items).build().toString();
    }

    private AuditedItem item(ProgressReport report) {
        return new AuditedItem(REPORT, kommunCode() + ":" + report.getPeriod().code(), "Rapport " + report.getPeriod().code());
    }

    private String kommunCode() {
        return user.getKommunCode().orElse("");
    }
}
