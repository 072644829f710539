package se.samverkansportalen.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.tenant.KommunDirectory;

/** Who is logged in, as the page header shows it: name, roles and kommun. */
@Named
@RequestScoped
public class UserBadge {

    @Inject
    CurrentUser currentUser;

    @EJB
    KommunDirectory kommuner;

    private String kommunName;

    @PostConstruct
    void load() {
        kommunName = currentUser.getKommunCode().flatMap(kommuner::find).map(Kommun::getName).orElse(null);
    }

    public String getDisplayName() {
        return currentUser.getDisplayName();
    }

    /** Message keys of the user's roles ("role.kommun-editor"), for the bundle to name them. */
    public List<String> getRoleKeys() {
        return currentUser.getRoles().stream().map(PortalRole::roleName).map(name -> "role." + name).toList();
    }

    /** The kommun's name, or null for users of the region and the networks. */
    public String getKommunName() {
        return kommunName;
    }

    /** Whether the user may change the regional plan (the service decides; this only shows the controls). */
    public boolean isCoordinator() {
        return currentUser.hasRole(PortalRole.REGIONAL_COORDINATOR);
    }

    /** Whether the user keeps a kommun's local plans (the service decides; this only shows the controls). */
    public boolean isKommunEditor() {
        return currentUser.hasRole(PortalRole.KOMMUN_EDITOR) && currentUser.getKommunCode().isPresent();
    }

    /** Whether the user reads every kommun's local plans: the region and the LBU network. */
    public boolean isAllKommunerReader() {
        return currentUser.hasRole(PortalRole.REGIONAL_COORDINATOR) || currentUser.hasRole(PortalRole.NETWORK_REVIEWER);
    }

    /** Whether the user reviews the kommuner's reports (the LBU network). */
    public boolean isReviewer() {
        return currentUser.hasRole(PortalRole.NETWORK_REVIEWER);
    }

    /** Whether the user administers the portal, e.g. removes personal data from the history (the service decides; this only shows the link). */
    public boolean isAdministrator() {
        return currentUser.hasRole(PortalRole.ADMIN);
    }

    public String getKommunCode() {
        return currentUser.getKommunCode().orElse(null);
    }
}
