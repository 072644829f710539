package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkansportalen.domain.report.ReportDecision;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.web.api.Bodies;

/**
 * Tertial reports fastställda for the kommun's records, over the API: the kommun's editors
 * fastställer their own report ({@code POST rapporter/{period}/faststallelser}), read its versions
 * and download each version's document exactly as kept; a correction reopens a fastställd report
 * ({@code POST rapporter/{period}/rattelse}). Coordinators and the LBU network read any kommun's
 * under {@code granskning/{period}/{kommun}/faststallelser}. The services decide who may.
 */
@Tag(name = "Fastställda rapporter", description = "Rapporter fastställda för kommunens diarium. / Reports adopted for the kommun's records.")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportDecisionResource {

    /**
     * The PDF's media type; the answer also carries the bytes' SHA-256 in {@value #SHA256_HEADER}.
     * The document's methods also name JSON, so that a client that accepts only JSON gets a refusal
     * as JSON rather than 406.
     */
    static final String PDF = "application/pdf";
    static final String SHA256_HEADER = "X-Content-SHA256";

    @EJB
    ReportDecisions decisions;

    @Inject
    ReportAdoption adoption;

    @GET
    @Path("rapporter/{period}/faststallelser")
    @Operation(summary = "Den egna rapportens fastställda versioner", description = "The kommun's fastställda versions of its report for a period and where it stands.")
    public ReportDecisions.Decisions own(@PathParam("period") long period) {
        return decisions.decisions(period);
    }

    @POST
    @Path("rapporter/{period}/faststallelser")
    @Operation(summary = "Fastställ den inskickade rapporten", description = "Adopts a submitted or reviewed report: renders it once as PDF/A and keeps the bytes and their SHA-256; 201 with the version.")
    @APIResponse(responseCode = "201", description = "Den fastställda versionen. / The adopted version.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = se.samverkansportalen.domain.report.ReportDecision.Summary.class)))
    public Response adopt(@PathParam("period") long period, DecisionRequest decision) {
        ReportDecision.Summary adopted = adoption.adopt(period, Bodies.required(decision).toForm());
        return Response.status(Response.Status.CREATED).entity(adopted).build();
    }

    @GET
    @Path("rapporter/{period}/faststallelser/{version}/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "En fastställd versions dokument, byte för byte", description = "A fastställd version's document, the kept bytes (application/pdf, X-Content-SHA256).")
    public Response ownDocument(@PathParam("period") long period, @PathParam("version") int version) {
        return pdf(decisions.document(period, version));
    }

    @POST
    @Path("rapporter/{period}/rattelse")
    @Operation(summary = "Rätta en fastställd rapport (öppnar den igen)", description = "Starts a correction of a fastställd report; 409 unless fastställd.")
    public ReportDecisions.Decisions correct(@PathParam("period") long period) {
        return decisions.correct(period);
    }

    @GET
    @Path("granskning/{period}/{kommun}/faststallelser")
    @Operation(summary = "En kommuns fastställda versioner (LBU och region)", description = "A kommun's fastställda versions of its report (LBU and region).")
    public ReportDecisions.Decisions of(@PathParam("period") long period, @PathParam("kommun") String kommun) {
        return decisions.decisionsOf(kommun, period);
    }

    @GET
    @Path("granskning/{period}/{kommun}/faststallelser/{version}/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "En kommuns fastställda dokument (LBU och region)", description = "A kommun's fastställd document, the kept bytes (LBU and region).")
    public Response documentOf(@PathParam("period") long period, @PathParam("kommun") String kommun, @PathParam("version") int version) {
        return pdf(decisions.documentOf(kommun, period, version));
    }

    private static Response pdf(ReportDecisions.Document document) {
        return Response.ok(document.pdf(), PDF).header(SHA256_HEADER, document.decision().sha256())
                .header("Content-Disposition", "attachment; filename=\"" + fileName(document) + "\"").build();
    }

    /** "rapport-2026-T2-2460-v1-faststalld.pdf": ASCII only, the kommun by its code. */
    static String fileName(ReportDecisions.Document document) {
        return "rapport-" + document.periodCode() + "-" + document.kommunCode() + "-v" + document.decision().number() + "-faststalld.pdf";
    }
}
