package se.samverkansportalen.web.localplan;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.service.localplan.LocalPlanForm;

/**
 * The body of {@code POST /api/v1/lokala-planer} and {@code PUT /api/v1/lokala-planer/{id}}: a
 * local plan's own details. It is the API's own type, so a change to the edit page's form cannot
 * change the API. The rules (lengths, no personal data, budget in whole kronor) are the form's,
 * checked by the service once.
 *
 * @param shape        MEASURES (åtgärder with Hur/Resultat/När/Kostnad) or RISK_BASED; none means MEASURES
 * @param title        the plan's name
 * @param status       DRAFT, ADOPTED or CLOSED; none means DRAFT
 * @param budgetSek    the plan's budget in whole kronor
 * @param objectives   the plan's objectives, one per line
 * @param focusAreas   the plan's focus areas, one per line
 * @param lockVersion  the version the plan was read at, for a change; none means 0, which a stored
 *                     plan refuses as a conflict (409) unless the service finds it missing (404) or
 *                     the caller may not change it (403) first
 */
@Schema(description = "En lokal plans uppgifter, att skapa eller ändra. / A local plan's details, to create or change.")
public record PlanRequest(LocalPlanShape shape, String title, String registrationNumber, LocalDate decidedOn,
        String decidedBy, LocalPlanStatus status, Long budgetSek, String objectives, String focusAreas, Integer lockVersion) {

    /** The form the service takes, with the given id (null for a new plan). */
    LocalPlanForm toForm(Long id) {
        LocalPlanForm form = new LocalPlanForm();
        form.setId(id);
        form.setLockVersion(lockVersion == null ? 0 : lockVersion);
        if (shape != null) {
            form.setShape(shape);
        }
        form.setTitle(title);
        form.setRegistrationNumber(registrationNumber);
        form.setDecidedOn(decidedOn);
        form.setDecidedBy(decidedBy);
        if (status != null) {
            form.setStatus(status);
        }
        form.setBudgetSek(budgetSek);
        form.setObjectives(objectives);
        form.setFocusAreas(focusAreas);
        return form;
    }
}
