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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.service.report.KommunReports;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.service.report.ReportingPeriods;
import se.samverkansportalen.web.api.Bodies;

/**
 * Reporting over the API: the periods (coordinators open and close them) and the caller's own
 * kommun's report for a period (the kommun is the token's).
 */
@Tag(name = "Rapportering", description = "Rapportperioder, kommunens rapport, granskning, statusmatris och trend. / Periods, reports, review, status matrix and trend.")
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
    @Operation(summary = "Vilka kommuner som skickat in för en period (granskning)", description = "Which kommuner have submitted for a period, and who is late (review).")
    public List<se.samverkansportalen.service.report.ReportReview.KommunStatus> overview(@PathParam("period") long period) {
        return review.overview(period);
    }

    @GET
    @Path("granskning/{period}/{kommun}")
    @Operation(summary = "En kommuns rapport för granskning", description = "A kommun's report for review, as submitted, later changes beside it.")
    public ReportResponse reviewed(@PathParam("period") long period, @PathParam("kommun") String kommun) {
        return answered(() -> review.report(kommun, period));
    }

    @GET
    @Path("granskning/{period}/{kommun}/punkter/{item}")
    @Operation(summary = "En cell i statusmatrisen: aktivitetens svar och historik", description = "A status matrix cell: the aktivitet's answer in each submission, the report's rounds and earlier periods.")
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
    @Operation(summary = "Statusmatrisen för en period, hel eller en sida i taget", description = "The status matrix of a period: every kommun, or a page of kommuner (sida, antal 1-100, q).")
    @APIResponse(responseCode = "200", description = "Hela matrisen utan parametrar, annars en sida. / The whole matrix without parameters, else a page.", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {se.samverkansportalen.service.report.StatusMatrix.Matrix.class, se.samverkansportalen.service.report.StatusMatrix.Page.class})))
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
    @Operation(summary = "En aktivitets trend över perioderna", description = "One aktivitet's traffic lights across periods for every kommun.")
    public se.samverkansportalen.service.report.StatusMatrix.Trend trend(@PathParam("item") String item) {
        return matrix.trend(item);
    }

    @POST
    @Path("granskning/{period}/{kommun}/granskad")
    @Operation(summary = "Markera en rapport som granskad (LBU)", description = "Marks a report as reviewed (LBU).")
    public ReportResponse markReviewed(@PathParam("period") long period, @PathParam("kommun") String kommun) {
        return answered(() -> review.review(kommun, period));
    }

    @POST
    @Path("granskning/{period}/{kommun}/komplettering")
    @Operation(summary = "Begär komplettering med kommentar och punkter (LBU)", description = "Asks for completion with a comment and the items returned; reopens the report for the kommun (LBU).")
    public ReportResponse requestCompletion(@PathParam("period") long period, @PathParam("kommun") String kommun,
            CompletionRequest request) {
        Bodies.required(request);
        return answered(() -> review.requestCompletion(kommun, period, request.comment(),
                request.itemIds() == null ? java.util.Set.of() : request.itemIds()));
    }

    /**
     * The report a service gives, as the API answers it; a conflict the service refuses with carries
     * the report as it is now, answered in the same shape ({@link ReportResponse}), never the
     * page's form.
     */
    static ReportResponse answered(java.util.function.Supplier<ReportForm> call) {
        try {
            return ReportResponse.of(call.get());
        } catch (ConflictRefusal conflict) {
            if (conflict.getCurrent() instanceof ReportForm now) {
                throw ConflictRefusal.withCurrent(ReportResponse.of(now), conflict.getChangedBy(), conflict.getMessageKey(),
                        conflict.getArguments().toArray());
            }
            throw conflict;
        }
    }

    /** What opening a period takes. */
    public record NewPeriod(PeriodKind kind, Integer year, Integer number, LocalDate deadline) {
    }

    @GET
    @Path("rapportperioder")
    @Operation(summary = "Rapportperioderna", description = "The reporting periods (tertial or month) with their deadlines and status.")
    public List<ReportingPeriods.Period> periods() {
        return periods.all();
    }

    @POST
    @Path("rapportperioder")
    @Operation(summary = "Öppna en rapportperiod (region)", description = "Opens a reporting period for every kommun (coordinators); 201 with the period.")
    @APIResponse(responseCode = "201", description = "Perioden. / The period.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportingPeriods.Period.class)))
    public Response open(NewPeriod period) {
        Bodies.required(period);
        return Response.status(Response.Status.CREATED)
                .entity(periods.open(period.kind(), period.year(), period.number(), period.deadline())).build();
    }

    @POST
    @Path("rapportperioder/{id}/stangning")
    @Operation(summary = "Stäng en rapportperiod (region)", description = "Closes a reporting period; it is read only from then on (coordinators).")
    public ReportingPeriods.Period close(@PathParam("id") long id) {
        return periods.close(id);
    }

    @GET
    @Path("rapporter/{period}")
    @Operation(summary = "Den egna kommunens rapport för en period", description = "The caller's kommun's report for a period: an empty form until its first save stores it.")
    public ReportResponse report(@PathParam("period") long period) {
        return answered(() -> reports.report(period));
    }

    @PUT
    @Path("rapporter/{period}")
    @Operation(summary = "Spara rapporten som utkast", description = "Saves the report as a draft; 409 with the report as saved now when someone else saved first.")
    public ReportResponse saveDraft(@PathParam("period") long period, ReportRequest report) {
        return answered(() -> reports.saveDraft(Bodies.required(report).toForm(period)));
    }

    @POST
    @Path("rapporter/{period}/inskickning")
    @Operation(summary = "Skicka in rapporten (låses)", description = "Saves and submits the report; it is locked for the kommun and kept as sent.")
    public ReportResponse submit(@PathParam("period") long period, ReportRequest report) {
        return answered(() -> reports.submit(Bodies.required(report).toForm(period)));
    }
}
