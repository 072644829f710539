package se.samverkansportalen.web.localplan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkansportalen.service.localplan.LocalPlanReading;
import se.samverkansportalen.service.localplan.LocalPlanSummary;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.web.identity.UserBadge;

/**
 * Backs {@code lokal/index.xhtml}: a kommun's editors see their kommun's plans; the region and
 * the LBU network see every kommun's, read only.
 */
@Named
@RequestScoped
public class LocalPlanListBacking {

    @Inject
    se.samverkansportalen.web.Messages messages;

    @EJB
    LocalPlans plans;

    @EJB
    LocalPlanReading reading;

    @Inject
    UserBadge user;

    private List<LocalPlanSummary> ours = List.of();
    private List<LocalPlanSummary> all = List.of();

    @PostConstruct
    void load() {
        if (user.isKommunEditor()) {
            ours = new java.util.ArrayList<>(plans.ours()); // PrimeFaces sorts the table's list in place
        }
        if (user.isAllKommunerReader()) {
            all = new java.util.ArrayList<>(reading.all());
        }
    }

    /** The largest plan file read, in bytes (2 MB; a plan file is a few kB). */
    static final long MAX_FILE_BYTES = 2_000_000;

    /**
     * Imports the plan file the user dropped or chose ({@code p:fileUpload}): a missing or empty
     * file, one over {@link #MAX_FILE_BYTES} or one whose name does not end in .json stores nothing
     * and says so in plain Swedish; a file the import refuses says what is wrong and where, in words
     * (RefusalTexts); a plan read in is shown on its own page.
     */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile uploaded = event.getFile();
        if (uploaded == null || uploaded.getSize() == 0) {
            messages.error("localplan.import.noFile");
            return;
        }
        if (uploaded.getSize() > MAX_FILE_BYTES) {
            messages.error("localplan.import.tooBig");
            return;
        }
        String name = uploaded.getFileName() == null ? "" : uploaded.getFileName();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            messages.error("localplan.import.notJsonFile", java.util.List.of(name));
            return;
        }
        byte[] bytes = uploaded.getContent();
        se.samverkansportalen.service.localplan.LocalPlanView[] imported = new se.samverkansportalen.service.localplan.LocalPlanView[1];
        if (messages.attempt(() -> imported[0] = plans.importPlan(bytes), "localplan.error.notKommunEditor")) {
            messages.flashInfo("localplan.import.done", imported[0].title(), imported[0].measures().size());
            jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
            context.getApplication().getNavigationHandler().handleNavigation(context, null,
                    "/lokal/plan?faces-redirect=true&id=" + imported[0].id());
        }
    }

    public List<LocalPlanSummary> getOurs() {
        return ours;
    }

    public List<LocalPlanSummary> getAll() {
        return all;
    }
}
