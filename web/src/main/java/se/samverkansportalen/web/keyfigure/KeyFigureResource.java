package se.samverkansportalen.web.keyfigure;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.service.keyfigure.IndicatorExport;
import se.samverkansportalen.service.keyfigure.KeyFigureForm;
import se.samverkansportalen.service.keyfigure.KeyFigureView;
import se.samverkansportalen.service.keyfigure.KeyFigures;
import se.samverkansportalen.service.keyfigure.RegionalKeyFigures;
import se.samverkansportalen.web.api.ApiDocument;
import se.samverkansportalen.web.api.Bodies;
import se.samverkansportalen.web.export.Download;

/**
 * Key figures from Kolada over the API: {@code /nyckeltal} is the caller's own kommun's (the
 * kommun is the token's); {@code /lagesbild/nyckeltal} every kommun's newest total values for the
 * roles that read the lägesbild. The exports give a kommun's indicators back out: Kolada's data
 * shape ({@code /nyckeltal/export}, which {@code /nyckeltal/import} reads back in) and a CSV of
 * every figure ({@code /nyckeltal/export.csv}, see {@link IndicatorCsv}).
 */
@Tag(name = "Nyckeltal", description = "Nyckeltal från Kolada som kommunen följer, och export av kommunens indikatorer. / Key figures from Kolada and the export of a kommun's indicators.")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyFigureResource {

    @EJB
    KeyFigures figures;

    @EJB
    IndicatorExport export;

    @EJB
    RegionalKeyFigures regional;

    /** A KPI to follow: Kolada's id and the kommun's title for it. */
    public record FollowRequest(String kpi, String title) {
    }

    /** What a taking-in did: values read, values new or changed, the KPIs they were for. */
    public record TakenIn(int values, int changed, List<String> kpis) {
        static TakenIn of(KeyFigures.TakenIn taken) {
            return new TakenIn(taken.values(), taken.changed(), taken.kpis());
        }
    }

    @GET
    @Path("nyckeltal")
    @Operation(summary = "Kommunens nyckeltal från Kolada med värden per år", description = "The caller's kommun's key figures from Kolada with their values per year (totalt, kvinnor, män), source and day taken in.")
    public List<KeyFigureView> ours() {
        return figures.ours();
    }

    @GET
    @Path("nyckeltal/{id}")
    @Operation(summary = "Ett nyckeltal med värden per år", description = "One key figure of the caller's kommun; another kommun's is 404.")
    public KeyFigureView figure(@PathParam("id") long id) {
        return figures.figure(id);
    }

    @POST
    @Path("nyckeltal")
    @Operation(summary = "Börja följa ett nyckeltal (Koladas id, till exempel N17473)", description = "Starts following a KPI by Kolada's id with the kommun's title; 201 with it, 400 for a malformed id or one followed already.")
    @APIResponse(responseCode = "201", description = "Nyckeltalet. / The key figure.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeyFigureView.class)))
    public Response follow(FollowRequest body) {
        Bodies.required(body);
        return Response.status(Response.Status.CREATED).entity(figures.follow(new KeyFigureForm(body.kpi() == null ? null : body.kpi().strip(), body.title()))).build();
    }

    @DELETE
    @Path("nyckeltal/{id}")
    @Operation(summary = "Sluta följa ett nyckeltal, med dess värden", description = "Stops following a key figure and removes its values; 204.")
    @APIResponse(responseCode = "204", description = "Borttaget. / Removed.")
    public Response unfollow(@PathParam("id") long id) {
        figures.unfollow(id);
        return Response.noContent().build();
    }

    @POST
    @Path("nyckeltal/{id}/kolada")
    @Operation(summary = "Hämta nyckeltalets värden från Kolada för några år", description = "Asks Kolada for the key figure's values in the caller's kommun for the years fran to till and takes them in, all or nothing; 400 for a KPI Kolada does not know or no values, 502 when Kolada does not answer usably.")
    @APIResponse(responseCode = "502", description = "Kolada svarade inte i tid, nåddes inte eller svarade oläsligt; ingenting sparades. / Kolada did not answer usably; nothing was stored.", content = @Content(mediaType = "application/json", schema = @Schema(ref = ApiDocument.REFUSAL)))
    public TakenIn fetch(@PathParam("id") long id, @QueryParam("fran") Integer from, @QueryParam("till") Integer to) {
        if (from == null || to == null) {
            throw InvalidInputRefusal.atField(from == null ? "fran" : "till", "input.required", from == null ? "fran" : "till");
        }
        return TakenIn.of(figures.fetch(id, from, to));
    }

    @POST
    @Path("nyckeltal/import")
    @Operation(summary = "Läs in en fil i Koladas dataformat, allt eller inget", description = "Takes in a file of Kolada's data shape for the caller's kommun's key figures, all or nothing; the query parameter fil names the file as the values' source.")
    public TakenIn importFile(byte[] file, @QueryParam("fil") String fileName) {
        return TakenIn.of(figures.importFile(Bodies.required(file), fileName == null ? "api" : fileName));
    }

    @GET
    @Path("nyckeltal/export")
    @Operation(summary = "Kommunens nyckeltal i Koladas dataformat", description = "The caller's kommun's key figures in Kolada's data shape ({count, values: [{kpi, municipality, period, values: [{gender, status, value}]}]}), which the import reads back in.")
    public Response exportJson() {
        return Response.ok(export.koladaJson(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", Download.attachment("nyckeltal.json")).build();
    }

    @GET
    @Path("nyckeltal/export.csv")
    @Produces({IndicatorCsv.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Kommunens alla indikatorer och nyckeltal som CSV", description = "Every indicator and key figure of the caller's kommun as CSV (UTF-8, semicolons, decimal comma): origin;kpi;plan;name;period;gender;value;status;source;taken_on;small_number.")
    public Response exportCsv() {
        return Response.ok(IndicatorCsv.write(export.rows()), IndicatorCsv.MEDIA_TYPE)
                .header("Content-Disposition", Download.attachment("indikatorer.csv")).build();
    }

    @GET
    @Path("lagesbild/nyckeltal")
    @Operation(summary = "Lägesbildens nyckeltal: varje kommuns senaste värde (totalt)", description = "For each KPI some kommun follows, each following kommun's newest total value.")
    public List<RegionalKeyFigures.Figure> regional() {
        return regional.newest();
    }
}
