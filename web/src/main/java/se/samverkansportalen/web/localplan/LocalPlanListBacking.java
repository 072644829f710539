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

    private jakarta.servlet.http.Part file;

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
            ours = plans.ours();
        }
        if (user.isAllKommunerReader()) {
            all = reading.all();
        }
    }

    /** Imports the uploaded plan file into the kommun; a bad file stores nothing and says what is wrong. */
    public String importFile() {
        if (file == null || file.getSize() == 0) {
            messages.error("localplan.import.noFile");
            return null;
        }
        byte[] bytes;
        try (java.io.InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(2_000_001);
        } catch (java.io.IOException e) {
            messages.error("localplan.import.unreadable");
            return null;
        }
        if (bytes.length > 2_000_000) {
            messages.error("localplan.import.tooBig");
            return null;
        }
        se.samverkansportalen.service.localplan.LocalPlanView[] imported = new se.samverkansportalen.service.localplan.LocalPlanView[1];
        if (messages.attempt(() -> imported[0] = plans.importPlan(bytes), "localplan.error.notKommunEditor")) {
            messages.flashInfo("localplan.import.done", imported[0].title(), imported[0].measures().size());
            return "/lokal/plan?faces-redirect=true&id=" + imported[0].id();
        }
        return null;
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }

    public List<LocalPlanSummary> getOurs() {
        return ours;
    }

    public List<LocalPlanSummary> getAll() {
        return all;
    }
}
