package se.samverkansportalen.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls the portal's services as a regional coordinator (FoU Välfärd) does: in the role {@code regional-coordinator}. The caller is the demo user {@code samordnare}. Deployed only with tests. */
@Stateless
@PermitAll
@RunAsPrincipal("samordnare")
@RunAs("regional-coordinator")
public class AsCoordinator {

    public <T> T call(Work<T> work) throws Exception {
        return work.call();
    }
}
