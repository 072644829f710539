package se.samverkansportalen.service.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The portal's realm roles, as Keycloak names them. The names are the contract with the realm
 * file under {@code keycloak/}; use the constants in {@code @RolesAllowed}.
 */
public enum PortalRole {
    REGIONAL_COORDINATOR(PortalRole.COORDINATOR),
    KOMMUN_EDITOR(PortalRole.EDITOR),
    NETWORK_REVIEWER(PortalRole.REVIEWER),
    ADMIN(PortalRole.ADMINISTRATOR);

    /** FoU Välfärd: edits the shared regional plan and opens reporting periods. */
    public static final String COORDINATOR = "regional-coordinator";
    /** A kommun's socialchef: keeps the kommun's local plans and reports. */
    public static final String EDITOR = "kommun-editor";
    /** The LBU network: reviews status across all kommuner. */
    public static final String REVIEWER = "network-reviewer";
    /** Portal administration. */
    public static final String ADMINISTRATOR = "admin";

    private final String roleName;

    PortalRole(String roleName) {
        this.roleName = roleName;
    }

    /** The realm role's name, as in the token and in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<PortalRole> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
