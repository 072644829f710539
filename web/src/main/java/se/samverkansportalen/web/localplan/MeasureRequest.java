package se.samverkansportalen.web.localplan;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkansportalen.service.localplan.MeasureForm;

/**
 * The body of {@code POST /api/v1/lokala-planer/{id}/atgarder} and {@code PUT
 * /api/v1/lokala-planer/{id}/atgarder/{measure}}: a measure with Hur (how), Resultat (result),
 * När (dueOn) and Kostnad (costSek, whole kronor). The API's own type; the rules are the form's,
 * checked by the service.
 *
 * @param subGoalItemKeys the regional delmål (item keys) the measure is linked to; none means none
 * @param lockVersion     the version the measure was read at, for a change; none means 0 (a stored
 *                        measure refuses it as a conflict, 409)
 */
@Schema(description = "En åtgärd: Hur, Resultat, När, Kostnad i hela kronor. / A measure: how, result, when, cost in whole kronor.")
public record MeasureRequest(Integer number, String title, String how, String result, LocalDate dueOn, Long costSek,
        List<String> subGoalItemKeys, Integer lockVersion) {

    /** The form the service takes for the plan, with the measure's id (null for a new one). */
    MeasureForm toForm(long planId, Long id) {
        MeasureForm form = new MeasureForm(planId);
        form.setId(id);
        form.setLockVersion(lockVersion == null ? 0 : lockVersion);
        form.setNumber(number);
        form.setTitle(title);
        form.setHow(how);
        form.setResult(result);
        form.setDueOn(dueOn);
        form.setCostSek(costSek);
        form.setSubGoalItemKeys(subGoalItemKeys);
        return form;
    }
}
