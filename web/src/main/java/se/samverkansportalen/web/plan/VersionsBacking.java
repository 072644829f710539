package se.samverkansportalen.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.VersionComparison;
import se.samverkansportalen.service.plan.VersionSummary;

/** Backs {@code plan/versioner.xhtml}: the plan's versions, and a comparison of two of them. */
@Named
@ViewScoped
public class VersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionalPlanService plans;

    private List<VersionSummary> versions;
    private Integer from;
    private Integer to;
    private VersionComparison comparison;

    @PostConstruct
    void load() {
        versions = plans.versions();
        if (!versions.isEmpty()) {
            to = versions.get(versions.size() - 1).number();
            from = versions.size() > 1 ? versions.get(versions.size() - 2).number() : to;
        }
    }

    public void compare() {
        comparison = from == null || to == null ? null : plans.compare(from, to).orElse(null);
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public VersionComparison getComparison() {
        return comparison;
    }
}
