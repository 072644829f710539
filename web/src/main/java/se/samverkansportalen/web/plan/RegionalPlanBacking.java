package se.samverkansportalen.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;

/** Backs {@code index.xhtml}: the regional plan, area by area. */
@Named
@RequestScoped
public class RegionalPlanBacking {

    @EJB
    RegionalPlanService plans;

    private RegionalPlanView plan;

    @PostConstruct
    void load() {
        plan = plans.currentPlan().orElse(null);
    }

    /** The plan, or null while none has been loaded into the portal. */
    public RegionalPlanView getPlan() {
        return plan;
    }
}
