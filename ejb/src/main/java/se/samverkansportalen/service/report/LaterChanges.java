package se.samverkansportalen.service.report;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.report.ProgressReport;

/**
 * When a kommun's indicators were changed after its report was last submitted, read from the
 * audit trail: every change of an indicator value writes a {@code LOCAL_INDICATOR} row keyed
 * {@code kommun:indicatorId} (on the Indikator page, in {@code LocalIndicators}, and through a
 * report, in {@link ReportItems}). Package-private static functions, reached through the services
 * of this package, which bind the kommun.
 */
final class LaterChanges {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** How deep a ratio of ratios is followed to its parts; deeper chains are stored nowhere. */
    private static final int PARTS_MAX = 32;

    private LaterChanges() {
    }

    /**
     * Per indicator, the day in Sweden of its latest change after {@code report}'s latest
     * submission (for a ratio, of its own or one of its parts'); empty when none is recorded or the
     * report was never submitted. One query, through {@code em} (the audit trail is not
     * kommun-owned; the key's kommun prefix selects the kommun's rows), made when the function is
     * first applied: a report none of whose values changed after its submission asks for none. The
     * function is applied within the caller's transaction.
     */
    static Function<Indicator, Optional<LocalDate>> of(EntityManager em, String kommunCode, ProgressReport report) {
        if (report.getSubmissions().isEmpty()) {
            return indicator -> Optional.empty();
        }
        LocalDateTime submittedUtc = report.getSubmissions().get(report.getSubmissions().size() - 1).getSubmittedAt()
                .atZone(SWEDEN).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        Map<String, LocalDateTime> latest = new HashMap<>();
        boolean[] read = {false};
        return indicator -> {
            if (!read[0]) { // asked for only when a value has changed since the submission
                em.createQuery("SELECT e.itemKey, MAX(e.occurredAt) FROM AuditEntry e WHERE e.itemType = :type AND e.itemKey LIKE :kommun "
                        + "AND e.occurredAt > :since GROUP BY e.itemKey", Object[].class)
                        .setParameter("type", AuditItemType.LOCAL_INDICATOR).setParameter("kommun", kommunCode + ":%")
                        .setParameter("since", submittedUtc).getResultList()
                        .forEach(row -> latest.put((String) row[0], (LocalDateTime) row[1]));
                read[0] = true;
            }
            List<Indicator> parts = new ArrayList<>(List.of(indicator));
            for (int i = 0; i < parts.size() && i < PARTS_MAX; i++) {
                if (parts.get(i).isDerived()) {
                    parts.add(parts.get(i).getNumerator());
                    parts.add(parts.get(i).getDenominator());
                }
            }
            return parts.stream().map(p -> latest.get(kommunCode + ":" + p.getId())).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .map(at -> at.atZone(ZoneOffset.UTC).withZoneSameInstant(SWEDEN).toLocalDate());
        };
    }
}
