package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import se.samverkansportalen.service.report.ReportingPeriods;

/**
 * The reporting periods a page that shows one period (the review overview, the status matrix) lets
 * the reader switch between, newest first, and the code of the one shown ("2026-T2"). Read once per
 * request; refuses nothing (every role may list the periods).
 */
@Named
@RequestScoped
public class PeriodChoices {

    @EJB
    ReportingPeriods periods;

    private List<ReportingPeriods.Period> all;

    /** Every period, newest first. */
    public List<ReportingPeriods.Period> getAll() {
        if (all == null) {
            all = periods.all();
        }
        return all;
    }

    /** The period with this id, empty when there is none. */
    public Optional<ReportingPeriods.Period> find(long id) {
        return getAll().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The code of the period with this id ("2026-T2"), or null when there is none. */
    public String code(long id) {
        return find(id).map(ReportingPeriods.Period::code).orElse(null);
    }
}
