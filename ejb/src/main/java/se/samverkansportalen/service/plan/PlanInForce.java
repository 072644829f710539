package se.samverkansportalen.service.plan;

import java.util.Optional;
import java.util.Set;
import se.samverkansportalen.domain.plan.PlanStatus;
import se.samverkansportalen.domain.plan.PlanVersion;
import se.samverkansportalen.domain.plan.RegionalPlan;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * Which version of the regional plan applies: the one rule the plan page, its exports, the
 * local plans' delmål choices and the kommuner's report items follow.
 * <ul>
 * <li>The plan that applies is the latest <em>fastställd</em> version; while no version has been
 * fastställd yet, the plan as first drafted (its latest version) is the only plan there is and
 * applies.</li>
 * <li>Kommun users and the LBU network are shown the plan that applies; coordinators work in the
 * utkast and are shown the latest version (the utkast when one is open).</li>
 * <li>A newer utkast than the plan that applies is announced to those who are shown the plan that
 * applies, with its number.</li>
 * </ul>
 * Pure functions of a loaded plan; refuse nothing.
 */
public final class PlanInForce {

    private PlanInForce() {
    }

    /** The version that applies to kommuner and reports (see the class comment); never null. */
    public static PlanVersion applying(RegionalPlan plan) {
        return plan.adoptedVersion().orElseGet(plan::latestVersion);
    }

    /**
     * {@link #applying}'s rule as a JPQL condition, for a read that picks the version in the same
     * statement: true for the version {@code v} of the plan {@code p} that applies (the latest
     * fastställd, or the latest while none is fastställd). Parameter {@code :adopted} is
     * {@link PlanStatus#ADOPTED}.
     */
    static final String APPLYING_JPQL = "v.number = (SELECT MAX(a.number) FROM PlanVersion a WHERE a.plan = p "
            + "AND (a.status = :adopted OR NOT EXISTS (SELECT x FROM PlanVersion x WHERE x.plan = p AND x.status = :adopted)))";

    /** {@link RegionalPlan#latestVersion}'s rule as a JPQL condition on the version {@code v} of the plan {@code p}. */
    static final String LATEST_JPQL = "v.number = (SELECT MAX(l.number) FROM PlanVersion l WHERE l.plan = p)";

    /** The version a caller with these roles is shown by default: the latest for coordinators, else {@link #applying}. */
    public static PlanVersion shownTo(RegionalPlan plan, Set<PortalRole> roles) {
        return worksInDraft(roles) ? plan.latestVersion() : applying(plan);
    }

    /** Whether callers with these roles work in the utkast (coordinators do). */
    public static boolean worksInDraft(Set<PortalRole> roles) {
        return roles.contains(PortalRole.REGIONAL_COORDINATOR);
    }

    /** An utkast newer than the version that applies, when one is open; empty when the plan that applies is the latest. */
    public static Optional<PlanVersion> newerDraft(RegionalPlan plan) {
        PlanVersion latest = plan.latestVersion();
        return latest.getStatus() == PlanStatus.DRAFT && latest.getNumber() > applying(plan).getNumber()
                ? Optional.of(latest) : Optional.empty();
    }
}
