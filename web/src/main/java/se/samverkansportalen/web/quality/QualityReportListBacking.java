package se.samverkansportalen.web.quality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverkansportalen.service.quality.QualityReportReading;
import se.samverkansportalen.service.quality.QualityReportSummary;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReports;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.identity.UserBadge;

/**
 * Backs {@code kvalitet/index.xhtml}: a kommun's editors see their kommun's berättelser and start
 * the utkast of a year; coordinators and LBU see every kommun's fastställda berättelser.
 */
@Named
@ViewScoped
public class QualityReportListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualityReports reports;

    @EJB
    QualityReportReading reading;

    @Inject
    Messages messages;

    @Inject
    UserBadge badge;

    private List<QualityReportSummary> list;
    private Integer year;

    public void load() {
        if (list == null) {
            if (badge.isKommunEditor()) {
                messages.attempt(() -> list = reports.ours(), "quality.error.notKommunEditor");
            } else {
                messages.attempt(() -> list = reading.all(), "quality.error.notReader");
            }
        }
    }

    /** Starts the utkast of the year typed. */
    public String create() {
        QualityReportView[] created = new QualityReportView[1];
        if (year == null) {
            messages.error("quality.error.yearFormat");
            return null;
        }
        if (messages.attempt(() -> created[0] = reports.create(year), "quality.error.notKommunEditor")) {
            messages.flashInfo("quality.created", String.valueOf(created[0].year()));
            return "/kvalitet/berattelse?faces-redirect=true&ar=" + created[0].year();
        }
        return null;
    }

    public List<QualityReportSummary> getList() {
        return list == null ? List.of() : list;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
