package se.samverkansportalen.service.localplan;

import java.io.Serializable;
import java.time.LocalDate;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;

/** A local plan in a list of plans. */
public record LocalPlanSummary(long id, String kommunCode, String kommunName, String title, LocalPlanShape shape,
        LocalPlanStatus status, LocalDate decidedOn, int measureCount, String sourceLabel) implements Serializable {
}
