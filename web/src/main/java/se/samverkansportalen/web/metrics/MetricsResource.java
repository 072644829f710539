package se.samverkansportalen.web.metrics;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkansportalen.service.identity.PortalRole;

/** The benchmark's view of {@link RequestMetrics}: takes (and clears) the recorded samples. Only when metrics are on. */
@Path("metrik")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    @DELETE
    @Operation(hidden = true)
    public List<RequestMetrics.Sample> take(@Context SecurityContext caller) {
        if (!RequestMetrics.enabled()) {
            throw new NotFoundException();
        }
        if (!caller.isUserInRole(PortalRole.COORDINATOR)) {
            throw new ForbiddenException();
        }
        return RequestMetrics.drain();
    }
}
