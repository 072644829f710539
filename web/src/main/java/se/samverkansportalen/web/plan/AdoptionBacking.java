package se.samverkansportalen.web.plan;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.web.Messages;

/** Backs the "Fastställ" form of {@code plan/versioner.xhtml}. */
@Named
@RequestScoped
public class AdoptionBacking {

    @EJB
    RegionalPlanEditor editor;

    @Inject
    Messages messages;

    private LocalDate adoptedOn;
    private String decidedBy;
    private String registrationNumber;

    public String adopt() {
        if (messages.attempt(() -> editor.adopt(adoptedOn, decidedBy, registrationNumber))) {
            messages.flashInfo("plan.adopted");
            return "/plan/versioner?faces-redirect=true";
        }
        return null;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }
}
