package se.samverkansportalen.service.plan;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.HashMap;
import java.util.Map;
import se.samverkansportalen.domain.audit.AuditAction;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.plan.Activity;
import se.samverkansportalen.domain.plan.ImprovementArea;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.SubGoal;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;

/**
 * The regional plan's history: how each change the editor makes to a förbättringsområde, delmål,
 * aktivitet or version is written to the audit trail (what the Historik pages show). Only inside
 * the editor's transaction ({@code MANDATORY}), so a change and its history are stored or rolled
 * back together. A field whose value did not change writes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PlanChanges {

    @EJB
    AuditTrail audit;

    public void created(ImprovementArea area) {
        audit.created(item(area), area.getTitle());
    }

    public void created(SubGoal subGoal) {
        audit.created(item(subGoal), subGoal.getText());
    }

    public void created(Activity activity) {
        audit.created(item(activity), activity.getText());
    }

    /** An area removed, with each of its delmål. */
    public void deleted(ImprovementArea area) {
        audit.deleted(item(area), area.getTitle());
        area.getSubGoals().forEach(this::deleted);
    }

    public void deleted(SubGoal subGoal) {
        audit.deleted(item(subGoal), subGoal.getText());
    }

    public void deleted(Activity activity) {
        audit.deleted(item(activity), activity.getText());
    }

    public void changed(ImprovementArea area, String field, Object before, Object after) {
        audit.changed(item(area), field, before, after);
    }

    public void changed(SubGoal subGoal, String field, Object before, Object after) {
        audit.changed(item(subGoal), field, before, after);
    }

    public void changed(Activity activity, String field, Object before, Object after) {
        audit.changed(item(activity), field, before, after);
    }

    /** A change to a fastställd version went into a new utkast made from it. */
    public void newVersion(PlanVersion before, PlanVersion editable) {
        audit.recorded(AuditAction.NEW_VERSION, item(editable), "version", String.valueOf(before.getNumber()),
                String.valueOf(editable.getNumber()));
    }

    /** The utkast was fastställd; {@code decision} says when, by whom and under which diarienummer. */
    public void adopted(PlanVersion version, String decision) {
        audit.recorded(AuditAction.ADOPT, item(version), "status", "DRAFT", decision);
    }

    /** Who changed the delmål last, by display name (or username), or null when no one has. */
    public String lastChangedBy(String subGoalItemKey) {
        return audit.history(AuditItemType.SUB_GOAL, subGoalItemKey).stream().findFirst()
                .map(e -> e.getActorName() != null ? e.getActorName() : e.getActorUsername()).orElse(null);
    }

    /** The numbers of a version's areas and delmål before a move or removal renumbers them. */
    public Numbering numbering(PlanVersion version) {
        Map<String, String> areas = new HashMap<>();
        Map<String, String> subGoals = new HashMap<>();
        version.getAreas().forEach(a -> {
            areas.put(a.getItemKey(), String.valueOf(a.getNumber()));
            a.getSubGoals().forEach(s -> subGoals.put(s.getItemKey(), s.getNumber()));
        });
        return new Numbering(areas, subGoals);
    }

    /** Records every area and delmål whose number differs from what it was. */
    public void renumbered(Numbering before, PlanVersion after) {
        after.getAreas().forEach(a -> {
            changed(a, "number", before.areas().get(a.getItemKey()), String.valueOf(a.getNumber()));
            a.getSubGoals().forEach(s -> changed(s, "number", before.subGoals().get(s.getItemKey()), s.getNumber()));
        });
    }

    /** Area and delmål numbers by item key, as they were. */
    public record Numbering(Map<String, String> areas, Map<String, String> subGoals) {
    }

    private static AuditedItem item(ImprovementArea area) {
        return new AuditedItem(AuditItemType.AREA, area.getItemKey(), String.valueOf(area.getNumber()));
    }

    private static AuditedItem item(SubGoal subGoal) {
        return new AuditedItem(AuditItemType.SUB_GOAL, subGoal.getItemKey(), subGoal.getNumber());
    }

    private static AuditedItem item(Activity activity) {
        return new AuditedItem(AuditItemType.ACTIVITY, activity.getItemKey(),
                activity.getSubGoal().getNumber() + ":" + (activity.getPosition() + 1));
    }

    private static AuditedItem item(PlanVersion version) {
        return new AuditedItem(AuditItemType.PLAN_VERSION, String.valueOf(version.getNumber()), String.valueOf(version.getNumber()));
    }
}
