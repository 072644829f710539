package se.samverkansportalen.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the portal's services as an LBU reviewer does: in the role {@code network-reviewer}. Deployed only with tests. */
@Stateless
@PermitAll
@RunAs("network-reviewer")
public class AsNetworkReviewer {

    public <T> T call(Work<T> work) throws Exception {
        return work.call();
    }
}
