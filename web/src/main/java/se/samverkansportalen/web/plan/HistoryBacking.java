package se.samverkansportalen.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkansportalen.service.plan.PlanHistory;

/**
 * Backs {@code plan/historik.xhtml}: who changed what in one item of the plan. View scoped, so
 * that the page's table sorts and filters the entries read when the page was opened.
 */
@Named
@ViewScoped
public class HistoryBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    se.samverkansportalen.web.Messages messages;

    @EJB
    PlanHistory history;

    private String type;
    private String item;
    private List<PlanHistory.Entry> entries;

    public void load() {
        entries = new java.util.ArrayList<>(history.of(type, item)); // PrimeFaces sorts the table's list in place
    }

    /** The table's caption: the item's kind and name ("Delmål 1.2: …"); empty when there is no history. */
    public String getCaption() {
        if (entries == null || entries.isEmpty()) {
            return "";
        }
        PlanHistory.Entry first = entries.get(0);
        return messages.text("audit.item." + first.itemType(), first.itemLabel());
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
