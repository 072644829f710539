package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.Set;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.report.ReportDecision;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.service.validation.Violations;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.report.export.AdoptedReportDocument;

/**
 * Fastställer a kommun's report, for the page and the API alike: the decision is checked, the
 * report is read as the document will show it ({@link ReportDecisions#draft}), rendered with the
 * decision in it as a tagged PDF/UA-1 and PDF/A-3a ({@link AdoptedReportDocument}), and those bytes
 * are handed to {@link ReportDecisions#adopt}, which keeps them with their SHA-256 unless the report
 * changed in between. The document is rendered here, once; it is never rendered again.
 */
@ApplicationScoped
public class ReportAdoption {

    @EJB
    ReportDecisions decisions;

    @Inject
    Validator validator;

    public ReportDecision.Summary adopt(long period, ReportDecisions.DecisionForm form) {
        if (form == null) {
            throw InvalidInputRefusal.atField("body", "api.error.bodyRequired");
        }
        Set<ConstraintViolation<ReportDecisions.DecisionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw Violations.refusal(violations);
        }
        ReportDecisions.Draft draft = decisions.draft(period);
        byte[] pdf = AdoptedReportDocument.pdf(draft, form, LocalDateTime.now(Formats.SWEDEN));
        return decisions.adopt(period, draft.lockVersion(), form, pdf);
    }
}
