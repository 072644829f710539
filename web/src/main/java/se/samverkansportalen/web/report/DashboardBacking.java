package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.report.KommunDashboard;
import se.samverkansportalen.web.Messages;

/** Backs {@code kommun/index.xhtml}: the kommun's own overview. */
@Named
@RequestScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KommunDashboard dashboard;

    @Inject
    Messages messages;

    private KommunDashboard.Dashboard view;

    public void load() {
        if (view == null) {
            messages.attempt(() -> view = dashboard.ours(), "report.error.notKommunEditor");
        }
    }

    public KommunDashboard.Dashboard getView() {
        return view;
    }
}
