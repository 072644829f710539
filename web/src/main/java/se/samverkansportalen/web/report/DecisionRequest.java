package se.samverkansportalen.web.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkansportalen.service.report.ReportDecisions;

/**
 * The body of {@code POST /api/v1/rapporter/{period}/faststallelser}: the decision that fastställer
 * a report for the kommun's records. The API's own type, so a change to the page's form cannot
 * change the API; the rules (all three required, no personal data) are the form's, checked by the
 * service.
 *
 * @param adoptedOn          the day of the decision
 * @param decidedBy          the body that decided, e.g. "Socialnämnden"
 * @param registrationNumber the decision's diarienummer
 */
@Schema(description = "Beslutet som fastställer rapporten: datum, nämnd, diarienummer. / The decision adopting the report: date, body, registration number.")
public record DecisionRequest(LocalDate adoptedOn, String decidedBy, String registrationNumber) {

    /** The form the service takes. */
    ReportDecisions.DecisionForm toForm() {
        return new ReportDecisions.DecisionForm(adoptedOn, decidedBy, registrationNumber);
    }
}
