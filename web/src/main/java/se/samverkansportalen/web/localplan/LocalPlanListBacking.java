package se.samverkansportalen.web.localplan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkansportalen.service.localplan.LocalPlanReading;
import se.samverkansportalen.service.localplan.LocalPlanSummary;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.web.identity.UserBadge;

/**
 * Backs {@code lokal/index.xhtml}: a kommun's editors see their kommun's plans; the region and
 * the LBU network see every kommun's, read only.
 */
@Named
@RequestScoped
public class LocalPlanListBacking {

    @EJB
    LocalPlans plans;

    @EJB
    LocalPlanReading reading;

    @Inject
    UserBadge user;

    private List<LocalPlanSummary> ours = List.of();
    private List<LocalPlanSummary> all = List.of();

    @PostConstruct
    void load() {
        if (user.isKommunEditor()) {
            ours = plans.ours();
        }
        if (user.isAllKommunerReader()) {
            all = reading.all();
        }
    }

    public List<LocalPlanSummary> getOurs() {
        return ours;
    }

    public List<LocalPlanSummary> getAll() {
        return all;
    }
}
