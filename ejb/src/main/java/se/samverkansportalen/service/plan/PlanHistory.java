package se.samverkansportalen.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.identity.PortalRole;

/** "Historik": who changed what in an item of the regional plan, and when. Open to every role. */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.EDITOR, PortalRole.REVIEWER, PortalRole.ADMINISTRATOR})
public class PlanHistory {

    private static final Set<String> PLAN_ITEM_TYPES = Set.of(RegionalPlanEditor.SUB_GOAL, RegionalPlanEditor.ACTIVITY,
            RegionalPlanEditor.PLAN_VERSION, RegionalPlanEditor.AREA);

    @EJB
    AuditTrail audit;

    /**
     * One change as the history page lists it. A change whose values an administrator removed
     * ({@code redacted}) has no before and after, but when and why they were removed.
     */
    public record Entry(Instant when, String who, String action, String itemLabel, String field, String before,
            String after, boolean redacted, Instant redactedAt, String redactionReason) {
    }

    /** The changes of a delmål, an aktivitet or a plan version, newest first. */
    public List<Entry> of(String itemType, String itemKey) {
        if (!PLAN_ITEM_TYPES.contains(itemType)) {
            return List.of();
        }
        return audit.history(itemType, itemKey).stream()
                .map(e -> new Entry(e.getOccurredAt(), e.getActorName() != null ? e.getActorName() : e.getActorUsername(),
                        e.getAction().name(), e.getItemLabel(), e.getField(), e.getOldValue(), e.getNewValue(),
                        e.isRedacted(), e.getRedactedAt(), e.getRedactionReason()))
                .toList();
    }
}
