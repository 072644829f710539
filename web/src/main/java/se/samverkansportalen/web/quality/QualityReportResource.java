package se.samverkansportalen.web.quality;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.quality.QualityReportReading;
import se.samverkansportalen.service.quality.QualityReportSummary;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReports;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.api.Bodies;
import se.samverkansportalen.web.quality.export.QualityReportDocument;
import se.samverkansportalen.web.quality.export.QualityReportDocx;
import se.samverkansportalen.web.quality.export.QualityReportFiles;

/**
 * Kvalitetsberättelser over the API. A kommun's editors read, write and remove (an utkast) their own kommun's (the
 * kommun in the address must be the token's: another kommun's is answered as not found);
 * coordinators and the LBU network read every kommun's fastställda ones, small numbers withheld.
 * Each can also be had as an accessible PDF ({@code …/pdf}) and as a Word document ({@code …/docx}),
 * on the same terms as its JSON; the file is named in Swedish, the API's language.
 */
@Tag(name = "Kvalitetsberättelser", description = "Kommunens årliga kvalitetsberättelse (SOSFS 2011:9). / The kommun's yearly quality report.")
@Path("kvalitetsberattelser")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualityReportResource {

    @EJB
    QualityReports reports;

    @EJB
    QualityReportReading reading;

    @Inject
    CurrentUser user;

    /** The year of a new utkast. */
    public record NewReport(Integer year) {
    }

    /** A fastställande: date, nämnd or decision-maker, diarienummer. */
    public record Adoption(LocalDate adoptedOn, String decidedBy, String registrationNumber) {
    }

    /** The title of the local plan the fokusområden are carried into. */
    public record NewPlan(String title) {
    }

    /** The caller's kommun's berättelser for an editor; every kommun's fastställda for coordinators and LBU. */
    @GET
    @Operation(summary = "Kvalitetsberättelserna den anropande får läsa", description = "The quality reports the caller may read: the own kommun's, or every kommun's fastställda.")
    public List<QualityReportSummary> list() {
        return editor() ? reports.ours() : reading.all();
    }

    /** A kommun's berättelse of a year, as JSON with its sections and figures. */
    @GET
    @Path("{kommun}/{year}")
    @Operation(summary = "En kvalitetsberättelse med avsnitt och nyckeltal", description = "One quality report with its sections and figures; small numbers withheld for others than the kommun.")
    public QualityReportView report(@PathParam("kommun") String kommun, @PathParam("year") int year) {
        if (editor()) {
            return reports.report(own(kommun, year));
        }
        return reading.report(kommun, year);
    }

    /**
     * Removes the caller's kommun's utkast of a year (204). Refused: a fastställd berättelse or an
     * example (409), another kommun's or a missing one (404), a caller who is no kommun editor (403).
     */
    @DELETE
    @Path("{kommun}/{year}")
    @Operation(summary = "Ta bort ett utkast", description = "Removes a draft quality report; 204, 409 for a fastställd one.")
    @APIResponse(responseCode = "204", description = "Borttaget. / Removed.")
    public Response remove(@PathParam("kommun") String kommun, @PathParam("year") int year) {
        reports.remove(ownYear(kommun, year));
        return Response.noContent().build();
    }

    /**
     * A kommun's berättelse of a year as an accessible PDF (PDF/UA-1, PDF/A-3a), to whom may read it
     * as JSON. The method also names JSON, so that a refusal reaches a client that accepts only JSON
     * as JSON rather than as 406.
     */
    @GET
    @Path("{kommun}/{year}/pdf")
    @Produces({QualityReportFiles.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "Kvalitetsberättelsen som tillgänglig PDF (PDF/UA-1, PDF/A-3a)", description = "The quality report as an accessible PDF (PDF/UA-1 and PDF/A-3a).")
    public Response pdf(@PathParam("kommun") String kommun, @PathParam("year") int year) {
        QualityReportView view = report(kommun, year);
        return file(view, QualityReportFiles.PDF, "pdf", QualityReportDocument.pdf(view, java.time.LocalDate.now(Formats.SWEDEN)));
    }

    /** A kommun's berättelse of a year as a Word document (DOCX), to whom may read it as JSON. */
    @GET
    @Path("{kommun}/{year}/docx")
    @Produces({QualityReportDocx.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Kvalitetsberättelsen som Word-dokument", description = "The quality report as a Word document (DOCX) to edit and publish.")
    public Response docx(@PathParam("kommun") String kommun, @PathParam("year") int year) {
        QualityReportView view = report(kommun, year);
        return file(view, QualityReportDocx.MEDIA_TYPE, "docx", QualityReportDocx.docx(view, java.time.LocalDate.now(Formats.SWEDEN)));
    }

    private static Response file(QualityReportView view, String type, String extension, byte[] content) {
        String name = QualityReportFiles.fileName(QualityReportFiles.SWEDISH, view) + "." + extension;
        return Response.ok(content, type).header("Content-Disposition", se.samverkansportalen.web.export.Download.attachment(name)).build();
    }

    @POST
    @Operation(summary = "Starta ett utkast för ett år", description = "Starts a draft quality report for a year; 400 for a year after the current one.")
    @APIResponse(responseCode = "201", description = "Utkastet. / The draft.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = QualityReportView.class)))
    public Response create(NewReport body) {
        Bodies.required(body);
        if (body.year() == null) {
            throw se.samverkansportalen.domain.refusal.InvalidInputRefusal.atField("year", "input.required", "year");
        }
        return Response.status(Response.Status.CREATED).entity(reports.create(body.year())).build();
    }

    @GET
    @Path("{kommun}/{year}/avsnitt/{key}")
    @Operation(summary = "Ett avsnitts formulär", description = "A section's form.")
    public SectionContent section(@PathParam("kommun") String kommun, @PathParam("year") int year, @PathParam("key") String key) {
        return SectionContent.of(reports.sectionForm(ownYear(kommun, year), key));
    }

    @PUT
    @Path("{kommun}/{year}/avsnitt/{key}")
    @Operation(summary = "Spara ett avsnitt", description = "Saves a section; refused once the report is fastställd.")
    public QualityReportView saveSection(@PathParam("kommun") String kommun, @PathParam("year") int year,
            @PathParam("key") String key, SectionContent section) {
        return reports.saveSection(Bodies.required(section).toForm(ownYear(kommun, year), key));
    }

    @POST
    @Path("{kommun}/{year}/faststallande")
    @Operation(summary = "Fastställ kvalitetsberättelsen (datum, nämnd, diarienummer)", description = "Adopts the quality report (date, decision-maker, registration number); it is frozen from then on.")
    public QualityReportView adopt(@PathParam("kommun") String kommun, @PathParam("year") int year, Adoption body) {
        Bodies.required(body);
        return reports.adopt(ownYear(kommun, year), body.adoptedOn(), body.decidedBy(), body.registrationNumber());
    }

    /** Carries the coming year's fokusområden into a new local plan's goals; answers the new plan. */
    @POST
    @Path("{kommun}/{year}/lokal-plan")
    @Operation(summary = "Gör nästa års fokusområden till en ny riskbaserad lokal plan", description = "Carries the coming year's focus areas into a new risk-based local plan; 201 with the plan.")
    @APIResponse(responseCode = "201", description = "Den nya planen. / The new plan.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = se.samverkansportalen.service.localplan.LocalPlanView.class)))
    public Response carryFocus(@PathParam("kommun") String kommun, @PathParam("year") int year, NewPlan body) {
        Bodies.required(body);
        return Response.status(Response.Status.CREATED).entity(reports.carryFocusIntoPlan(ownYear(kommun, year), body.title())).build();
    }

    private boolean editor() {
        return user.hasRole(PortalRole.KOMMUN_EDITOR);
    }

    /** The year, when the kommun in the address is the caller's; otherwise not found, as another kommun's berättelse is. */
    private int own(String kommun, int year) {
        if (kommun == null || !kommun.equals(user.getKommunCode().orElse(null))) {
            throw new NotFoundRefusal("quality.error.notFound");
        }
        return year;
    }

    /** As {@link #own}, for a write: a caller who is no kommun editor is refused by the service (403), not here. */
    private int ownYear(String kommun, int year) {
        return editor() ? own(kommun, year) : year;
    }
}
