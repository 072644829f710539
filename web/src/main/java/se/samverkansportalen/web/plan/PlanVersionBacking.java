package se.samverkansportalen.web.plan;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;

/** Backs {@code plan/version.xhtml}: one version of the plan, read only. */
@Named
@RequestScoped
public class PlanVersionBacking {

    @EJB
    RegionalPlanService plans;

    private int number;
    private RegionalPlanView plan;

    public void load() {
        plan = plans.version(number).orElse(null);
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public RegionalPlanView getPlan() {
        return plan;
    }
}
