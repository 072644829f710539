package se.samverkansportalen.service.plan;

/**
 * Someone else changed the delmål since the form was opened. Carries what it says now and who
 * changed it last, so the page can show the other person's change beside the user's own input.
 */
public class ConcurrentChangeException extends PlanEditException {

    private static final long serialVersionUID = 1L;

    private final SubGoalForm current;
    private final String changedBy;

    public ConcurrentChangeException(SubGoalForm current, String changedBy) {
        super("plan.error.concurrentChange", changedBy == null ? "" : changedBy);
        this.current = current;
        this.changedBy = changedBy;
    }

    public SubGoalForm getCurrent() {
        return current;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
