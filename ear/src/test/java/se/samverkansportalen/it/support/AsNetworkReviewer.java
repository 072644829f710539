package se.samverkansportalen.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls the portal's services as an LBU reviewer does: in the role {@code network-reviewer}. The caller is the demo user {@code granskare.lbu}. Deployed only with tests. */
@Stateless
@PermitAll
@RunAsPrincipal("granskare.lbu")
@RunAs("network-reviewer")
public class AsNetworkReviewer {

    public <T> T call(Work<T> work) throws Exception {
        return work.call();
    }
}
