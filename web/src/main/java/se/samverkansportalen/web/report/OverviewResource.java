package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.samverkansportalen.service.report.RegionalOverview;

/** The regional lägesbild of a period over the API, for the region, the LBU network and the kommuner. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    @EJB
    RegionalOverview overview;

    @GET
    @Path("lagesbild/{period}")
    public RegionalOverview.Overview overview(@PathParam("period") long period) {
        return overview.forPeriod(period);
    }
}
