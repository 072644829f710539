package se.samverkansportalen.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls the portal's services as a kommun's socialchef does: in the role {@code kommun-editor}. The caller is the demo user {@code socialchef.umea}. Deployed only with tests. */
@Stateless
@PermitAll
@RunAsPrincipal("socialchef.umea")
@RunAs("kommun-editor")
public class AsKommunEditor {

    public <T> T call(Work<T> work) throws Exception {
        return work.call();
    }
}
