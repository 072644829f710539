package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkansportalen.service.report.RegionalOverview;

/** The regional lägesbild of a period over the API, for the region, the LBU network and the kommuner. */
@Tag(name = "Lägesbild", description = "Regional lägesbild per period. / The regional picture per period.")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    @EJB
    RegionalOverview overview;

    @GET
    @Path("lagesbild/{period}")
    @Operation(summary = "Regional lägesbild för en period", description = "The regional picture of a period: per förbättringsområde and delmål, the kommuner by traffic light and the trend.")
    public RegionalOverview.Overview overview(@PathParam("period") long period) {
        return overview.forPeriod(period);
    }
}
