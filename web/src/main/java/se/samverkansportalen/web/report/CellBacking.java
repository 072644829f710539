package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.report.ReportReview;
import se.samverkansportalen.web.Messages;

/** Backs {@code rapport/punkt.xhtml}: one matrix cell opened, its narrative and history. */
@Named
@RequestScoped
public class CellBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportReview review;

    @Inject
    Messages messages;

    private long period;
    private String kommun;
    private String item;
    private ReportReview.CellHistory cell;

    public void load() {
        if (cell == null) {
            messages.attempt(() -> cell = review.cell(kommun, period, item), "report.error.notReviewer");
        }
    }

    public long getPeriod() {
        return period;
    }

    public void setPeriod(long period) {
        this.period = period;
    }

    public String getKommun() {
        return kommun;
    }

    public void setKommun(String kommun) {
        this.kommun = kommun;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public ReportReview.CellHistory getCell() {
        return cell;
    }
}
