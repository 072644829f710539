package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.service.report.StatusMatrix;
import se.samverkansportalen.web.Messages;

/** Backs {@code rapport/matris.xhtml}: the status matrix of a period, kommuner by per-kommun aktiviteter. */
@Named
@ViewScoped
public class MatrixBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StatusMatrix matrix;

    @Inject
    Messages messages;

    private long period;
    private StatusMatrix.Matrix view;

    public void load() {
        if (view == null) {
            messages.attempt(() -> view = matrix.forPeriod(period), "report.error.notReviewer");
        }
    }

    /** The column groups: each förbättringsområde with how many columns it spans, in order. */
    public List<Map.Entry<String, Integer>> getAreaGroups() {
        Map<String, Integer> groups = new LinkedHashMap<>();
        view.columns().forEach(c -> groups.merge(c.areaNumber() + ". " + c.areaTitle(), 1, Integer::sum));
        return new ArrayList<>(groups.entrySet());
    }

    public long getPeriod() {
        return period;
    }

    public void setPeriod(long period) {
        this.period = period;
    }

    public StatusMatrix.Matrix getView() {
        return view;
    }
}
