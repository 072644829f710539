package se.samverkansportalen.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.identity.PortalRole;

/** "Historik": who changed what in an item of the regional plan, and when. Open to every role. */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.EDITOR, PortalRole.REVIEWER, PortalRole.ADMINISTRATOR})
public class PlanHistory {

    private static final Set<AuditItemType> PLAN_ITEM_TYPES = Set.of(AuditItemType.SUB_GOAL, AuditItemType.ACTIVITY,
            AuditItemType.PLAN_VERSION, AuditItemType.AREA);

    @EJB
    AuditTrail audit;

    /**
     * One change as the history page lists it: {@code itemType} and {@code itemLabel} name the item
     * (the page renders them in its language, {@code audit.item.SUB_GOAL} with the label "3.2"). A
     * change whose values an administrator removed ({@code redacted}) has no before and after, but
     * when and why they were removed.
     */
    public record Entry(Instant when, String who, String action, String itemType, String itemLabel, String field, String before,
            String after, boolean redacted, Instant redactedAt, String redactionReason) implements Serializable {
    }

    /** The changes of a delmål, an aktivitet or a plan version, newest first. */
    public List<Entry> of(String itemType, String itemKey) {
        AuditItemType type = AuditItemType.named(itemType).filter(PLAN_ITEM_TYPES::contains).orElse(null);
        if (type == null) {
            return List.of();
        }
        return audit.history(type, itemKey).stream()
                .map(e -> new Entry(e.getOccurredAt(), e.getActorName() != null ? e.getActorName() : e.getActorUsername(),
                        e.getAction().name(), e.getItemType().name(), e.getItemLabel(), e.getField(), e.getOldValue(), e.getNewValue(),
                        e.isRedacted(), e.getRedactedAt(), e.getRedactionReason()))
                .toList();
    }
}
