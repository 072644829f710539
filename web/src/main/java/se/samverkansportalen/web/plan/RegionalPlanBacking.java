package se.samverkansportalen.web.plan;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import se.samverkansportalen.service.plan.PlanFilter;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;

/**
 * Backs {@code index.xhtml}: the regional plan, area by area, narrowed by the search and filters
 * in the address (so a filtered plan can be bookmarked and shared).
 */
@Named
@RequestScoped
public class RegionalPlanBacking {

    @EJB
    RegionalPlanService plans;

    private String q;
    private Integer area;
    private String responsible;
    private Integer year;
    private boolean perKommun;
    private RegionalPlanView plan;
    private List<String> responsibleNames;
    private Integer newerDraft;
    private Integer applyingVersion;

    /** Reads the page's content in one call (one persistence context: the plan is read once). */
    public void load() {
        RegionalPlanService.PlanPage page = plans.page(new PlanFilter(q, area, responsible, year, perKommun));
        plan = page.plan();
        responsibleNames = page.responsibleNames();
        newerDraft = page.newerDraft();
        applyingVersion = page.applyingVersion();
    }

    /** The number of an utkast newer than the plan shown (for kommun users and LBU), or null when there is none. */
    public Integer getNewerDraft() {
        return newerDraft;
    }

    /**
     * The number of the version that applies to kommuner when it is not the one shown (a
     * coordinator working in the utkast while an earlier version is fastställd), else null.
     */
    public Integer getApplyingVersionIfOther() {
        return plan == null || applyingVersion == null || applyingVersion == plan.versionNumber() ? null : applyingVersion;
    }

    public boolean isFiltered() {
        return !new PlanFilter(q, area, responsible, year, perKommun).isEmpty();
    }

    /** The plan, or null while none has been loaded into the portal. */
    public RegionalPlanView getPlan() {
        return plan;
    }

    public List<String> getResponsibleNames() {
        return responsibleNames;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getArea() {
        return area;
    }

    public void setArea(Integer area) {
        this.area = area;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isPerKommun() {
        return perKommun;
    }

    public void setPerKommun(boolean perKommun) {
        this.perKommun = perKommun;
    }
}
