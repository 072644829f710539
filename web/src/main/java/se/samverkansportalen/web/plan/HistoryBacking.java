package se.samverkansportalen.web.plan;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import se.samverkansportalen.service.plan.PlanHistory;

/** Backs {@code plan/historik.xhtml}: who changed what in one item of the plan. */
@Named
@RequestScoped
public class HistoryBacking {

    @EJB
    PlanHistory history;

    private String type;
    private String item;
    private List<PlanHistory.Entry> entries;

    public void load() {
        entries = history.of(type, item);
    }

    public List<PlanHistory.Entry> getEntries() {
        return entries;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }
}
