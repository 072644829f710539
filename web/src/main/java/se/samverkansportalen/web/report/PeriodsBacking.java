package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.service.report.ReportingPeriods;
import se.samverkansportalen.web.Messages;

/** Backs {@code rapport/perioder.xhtml}: the reporting periods; coordinators open and close them. */
@Named
@ViewScoped
public class PeriodsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportingPeriods periods;

    @Inject
    Messages messages;

    private List<ReportingPeriods.Period> all;
    private PeriodKind kind = PeriodKind.TERTIAL;
    private Integer year;
    private Integer number;
    private LocalDate deadline;

    public void load() {
        if (all == null) {
            messages.attempt(() -> all = new java.util.ArrayList<>(periods.all()));
        }
    }

    public void open() {
        ReportingPeriods.Period[] opened = new ReportingPeriods.Period[1];
        if (messages.attempt(() -> opened[0] = periods.open(kind, year, number, deadline), "report.error.notCoordinator")) {
            messages.info("report.periodOpened", opened[0].code());
            all = new java.util.ArrayList<>(periods.all());
            year = null;
            number = null;
            deadline = null;
        }
    }

    public void close(long id) {
        ReportingPeriods.Period[] closed = new ReportingPeriods.Period[1];
        if (messages.attempt(() -> closed[0] = periods.close(id), "report.error.notCoordinator")) {
            messages.info("report.periodClosed", closed[0].code());
            all = new java.util.ArrayList<>(periods.all());
        }
    }

    public PeriodKind[] getKinds() {
        return PeriodKind.values();
    }

    public List<ReportingPeriods.Period> getAll() {
        return all;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
