package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.report.StatusMatrix;
import se.samverkansportalen.web.Messages;

/** Backs {@code rapport/trend.xhtml}: one aktivitet across the periods for all kommuner. */
@Named
@RequestScoped
public class TrendBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StatusMatrix matrix;

    @Inject
    Messages messages;

    private String item;
    private StatusMatrix.Trend trend;

    public void load() {
        if (trend == null) {
            messages.attempt(() -> trend = matrix.trend(item), "report.error.notReviewer");
        }
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public StatusMatrix.Trend getTrend() {
        return trend;
    }
}
