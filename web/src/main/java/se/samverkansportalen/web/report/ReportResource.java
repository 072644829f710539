package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.service.report.KommunReports;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.service.report.ReportingPeriods;
import se.samverkansportalen.web.api.Bodies;

/**
 * Reporting over the API: the periods (coordinators open and close them) and the caller's own
 * kommun's report for a period (the kommun is the token's).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @EJB
    ReportingPeriods periods;

    @EJB
    KommunReports reports;

    @EJB
    se.samverkansportalen.service.report.ReportReview review;

    @EJB
    se.samverkansportalen.service.report.StatusMatrix matrix;

    /** The reviewer's request for completion: a comment, and the items returned to the kommun. */
    public record CompletionRequest(String comment, java.util.Set<Long> itemIds) {
    }

    @GET
    @Path("granskning/{period}")
    public List<se.samverkansportalen.service.report.ReportReview.KommunStatus> overview(@PathParam("period") long period) {
        return review.overview(period);
    }

    @GET
    @Path("granskning/{period}/{kommun}")
    public ReportForm reviewed(@PathParam("period") long period, @PathParam("kommun") String kommun) {
        return review.report(kommun, period);
    }

    @GET
    @Path("granskning/{period}/{kommun}/punkter/{item}")
    public se.samverkansportalen.service.report.ReportReview.CellHistory cell(@PathParam("period") long period,
            @PathParam("kommun") String kommun, @PathParam("item") String item) {
        return review.cell(kommun, period, item);
    }

    /**
     * The status matrix of a period. Without query parameters, as always: every kommun's row
     * ({@code columns}, {@code rows}). With {@code sida} (from 1; default 1), {@code antal} (kommuner
     * per page, 1–100; default 25) or {@code q} (kommuner whose name holds the text), a page of it:
     * {@code columns}, {@code summary} (every kommun counted per column: {@code green},
     * {@code yellow}, {@code red}, {@code none}), {@code kommuner}, {@code filter}, {@code paging}
     * ({@code page}, {@code pageSize}, {@code matching}, {@code pages}; a page after the last is the
     * last) and that page's {@code rows}. A page below 1, a size outside 1–100 or a number that is
     * none is answered 400.
     */
    @GET
    @Path("matris/{period}")
    public Response matrix(@PathParam("period") long period, @QueryParam("sida") Integer page, @QueryParam("antal") Integer pageSize,
            @QueryParam("q") String name) {
        if (page == null && pageSize == null && name == null) {
            return Response.ok(matrix.forPeriod(period)).build();
        }
        return Response.ok(matrix.page(period, name, page == null ? 1 : page,
                pageSize == null ? se.samverkansportalen.service.report.StatusMatrix.DEFAULT_PAGE_SIZE : pageSize)).build();
    }

    @GET
    @Path("trend/{item}")
    public se.samverkansportalen.service.report.StatusMatrix.Trend trend(@PathParam("item") String item) {
        return matrix.trend(item);
    }

    @POST
    @Path("granskning/{period}/{kommun}/granskad")
    public ReportForm markReviewed(@PathParam("period") long period, @PathParam("kommun") String kommun) {
        return review.review(kommun, period);
    }

    @POST
    @Path("granskning/{period}/{kommun}/komplettering")
    public ReportForm requestCompletion(@PathParam("period") long period, @PathParam("kommun") String kommun,
            CompletionRequest request) {
        Bodies.required(request);
        return review.requestCompletion(kommun, period, request.comment(),
                request.itemIds() == null ? java.util.Set.of() : request.itemIds());
    }

    /** What opening a period takes. */
    public record NewPeriod(PeriodKind kind, Integer year, Integer number, LocalDate deadline) {
    }

    @GET
    @Path("rapportperioder")
    public List<ReportingPeriods.Period> periods() {
        return periods.all();
    }

    @POST
    @Path("rapportperioder")
    public Response open(NewPeriod period) {
        Bodies.required(period);
        return Response.status(Response.Status.CREATED)
                .entity(periods.open(period.kind(), period.year(), period.number(), period.deadline())).build();
    }

    @POST
    @Path("rapportperioder/{id}/stangning")
    public ReportingPeriods.Period close(@PathParam("id") long id) {
        return periods.close(id);
    }

    @GET
    @Path("rapporter/{period}")
    public ReportForm report(@PathParam("period") long period) {
        return reports.report(period);
    }

    @PUT
    @Path("rapporter/{period}")
    public ReportForm saveDraft(@PathParam("period") long period, ReportForm form) {
        Bodies.required(form).setPeriodId(period);
        return reports.saveDraft(form);
    }

    @POST
    @Path("rapporter/{period}/inskickning")
    public ReportForm submit(@PathParam("period") long period, ReportForm form) {
        Bodies.required(form).setPeriodId(period);
        return reports.submit(form);
    }
}
