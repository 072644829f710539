package se.samverkansportalen.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the portal's services as a kommun's socialchef does: in the role {@code kommun-editor}. Deployed only with tests. */
@Stateless
@PermitAll
@RunAs("kommun-editor")
public class AsKommunEditor {

    public <T> T call(Work<T> work) throws Exception {
        return work.call();
    }
}
