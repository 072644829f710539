package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkansportalen.service.localplan.LocalIndicators;
import se.samverkansportalen.service.localplan.LocalPlanReading;
import se.samverkansportalen.service.localplan.LocalPlanSummary;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.service.localplan.LocalRisks;
import se.samverkansportalen.web.api.Bodies;

/**
 * Local plans over the API. {@code /lokala-planer} is the caller's own kommun's plans (the
 * kommun is the token's, never the request's); {@code /kommuner/{kod}/lokala-planer} is the
 * read-only path for coordinators and the LBU network.
 */
@Tag(name = "Lokala planer", description = "Kommunens lokala planer: åtgärder, mål, risker, indikatorer. / The kommun's local plans.")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocalPlanResource {

    @EJB
    LocalPlans plans;

    @EJB
    LocalIndicators indicators;

    @EJB
    LocalRisks risks;

    @EJB
    LocalPlanReading reading;

    @GET
    @Path("lokala-planer")
    @Operation(summary = "Den egna kommunens lokala planer", description = "The caller's kommun's local plans (the kommun is the token's).")
    public List<LocalPlanSummary> ours() {
        return plans.ours();
    }

    @GET
    @Path("lokala-planer/{id}")
    @Operation(summary = "En lokal plan med åtgärder, mål, risker och indikatorer", description = "One local plan of the caller's kommun with its measures, goals, risks and indicators; another kommun's is 404.")
    public LocalPlanView plan(@PathParam("id") long id) {
        return plans.plan(id);
    }

    @POST
    @Path("lokala-planer")
    @Operation(summary = "Skapa en lokal plan", description = "Creates a local plan in the caller's kommun; 201 with the plan.")
    @APIResponse(responseCode = "201", description = "Planen som skapades. / The plan created.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = LocalPlanView.class)))
    public Response create(PlanRequest plan) {
        LocalPlanView created = plans.savePlan(Bodies.required(plan).toForm(null));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Imports a plan file (the seed files' JSON shape) into the caller's kommun; all or nothing. */
    @POST
    @Path("lokala-planer/import")
    @Operation(summary = "Läs in en planfil (seed-formen), allt eller inget", description = "Imports a plan file of the seed files' JSON shape into the caller's kommun, all or nothing; 201 with the plan, 400 naming the place in the file.")
    @APIResponse(responseCode = "201", description = "Planen som lästes in. / The plan imported.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = LocalPlanView.class)))
    public Response importPlan(byte[] file) {
        return Response.status(Response.Status.CREATED).entity(plans.importPlan(Bodies.required(file))).build();
    }

    @PUT
    @Path("lokala-planer/{id}")
    @Operation(summary = "Ändra en lokal plans uppgifter", description = "Changes a local plan's details; 409 when someone else saved first.")
    public LocalPlanView revise(@PathParam("id") long id, PlanRequest plan) {
        return plans.savePlan(Bodies.required(plan).toForm(id));
    }

    @DELETE
    @Path("lokala-planer/{id}")
    @Operation(summary = "Ta bort en lokal plan med dess åtgärder", description = "Removes a local plan with its measures; 204.")
    @APIResponse(responseCode = "204", description = "Borttagen. / Removed.")
    public Response remove(@PathParam("id") long id) {
        plans.removePlan(id);
        return Response.noContent().build();
    }

    @POST
    @Path("lokala-planer/{id}/atgarder")
    @Operation(summary = "Lägg till en åtgärd (Hur, Resultat, När, Kostnad i kronor)", description = "Adds a measure (how, result, when, cost in kronor) to a plan; answers the plan.")
    public LocalPlanView addMeasure(@PathParam("id") long id, MeasureRequest measure) {
        return plans.saveMeasure(Bodies.required(measure).toForm(id, null));
    }

    @PUT
    @Path("lokala-planer/{id}/atgarder/{measure}")
    @Operation(summary = "Ändra en åtgärd", description = "Changes a measure of a plan; answers the plan.")
    public LocalPlanView reviseMeasure(@PathParam("id") long id, @PathParam("measure") long measure, MeasureRequest change) {
        return plans.saveMeasure(Bodies.required(change).toForm(id, measure));
    }

    @DELETE
    @Path("lokala-planer/{id}/atgarder/{measure}")
    @Operation(summary = "Ta bort en åtgärd", description = "Removes a measure of a plan; answers the plan.")
    public LocalPlanView removeMeasure(@PathParam("id") long id, @PathParam("measure") long measure) {
        return plans.removeMeasure(id, measure);
    }

    /** Adds an indicator (no id) or saves one with its values; a ratio names its two parts. */
    @POST
    @Path("lokala-planer/{id}/indikatorer")
    @Operation(summary = "Lägg till en indikator eller spara en med dess värden per period", description = "Adds an indicator (no id) or saves one with its values per period; a count is a whole number, values never rounded.")
    public LocalPlanView saveIndicator(@PathParam("id") long id, IndicatorRequest indicator) {
        return indicators.saveIndicator(Bodies.required(indicator).toForm(id));
    }

    /** A risk's place on the matrix for a period. */
    public record Assessment(String period, int likelihood, int severity) {
    }

    @PUT
    @Path("lokala-planer/{id}/risker/{risk}/bedomning")
    @Operation(summary = "Placera en risk i 4x4-matrisen för en period", description = "Places a risk on the 4x4 matrix (likelihood × severity) for a period.")
    public LocalPlanView assessRisk(@PathParam("id") long id, @PathParam("risk") long risk, Assessment assessment) {
        Bodies.required(assessment);
        return risks.assessRisk(id, risk, assessment.period(), assessment.likelihood(), assessment.severity());
    }

    /** A goal's new title and focus area, with the version of the goal they were read at. */
    public record GoalChange(String title, String focusArea, Integer lockVersion) {
    }

    @PUT
    @Path("lokala-planer/{id}/mal/{goal}")
    @Operation(summary = "Ändra ett mål i en riskbaserad plan", description = "Changes a goal of a risk-based plan.")
    public LocalPlanView reviseGoal(@PathParam("id") long id, @PathParam("goal") long goal, GoalChange change) {
        Bodies.required(change);
        return risks.reviseGoal(id, goal, Bodies.readAt(change.lockVersion()), change.title(), change.focusArea());
    }

    @DELETE
    @Path("lokala-planer/{id}/mal/{goal}")
    @Operation(summary = "Ta bort ett mål utan risker", description = "Removes a goal that holds no risks.")
    public LocalPlanView removeGoal(@PathParam("id") long id, @PathParam("goal") long goal) {
        return risks.removeGoal(id, goal);
    }

    /** A risk's new number, quality area, title and description, with the version of the risk they were read at. */
    public record RiskChange(String number, String qualityArea, String title, String description, Integer lockVersion) {
    }

    @PUT
    @Path("lokala-planer/{id}/risker/{risk}")
    @Operation(summary = "Ändra en risk", description = "Changes a risk of a risk-based plan.")
    public LocalPlanView reviseRisk(@PathParam("id") long id, @PathParam("risk") long risk, RiskChange change) {
        Bodies.required(change);
        return risks.reviseRisk(id, risk, Bodies.readAt(change.lockVersion()), change.number(), change.qualityArea(),
                change.title(), change.description());
    }

    @DELETE
    @Path("lokala-planer/{id}/risker/{risk}")
    @Operation(summary = "Ta bort en risk med dess åtgärder och bedömningar", description = "Removes a risk with its measures and assessments; its indicators stay with the plan.")
    public LocalPlanView removeRisk(@PathParam("id") long id, @PathParam("risk") long risk) {
        return risks.removeRisk(id, risk);
    }

    @GET
    @Path("alla-lokala-planer")
    @Operation(summary = "Alla kommuners lokala planer (region och LBU, läsning)", description = "Every kommun's local plans, read only (coordinators and the LBU network).")
    public List<LocalPlanSummary> all() {
        return reading.all();
    }

    @GET
    @Path("kommuner/{kod}/lokala-planer/{id}")
    @Operation(summary = "En kommuns lokala plan (region och LBU, små tal dolda)", description = "A kommun's local plan for coordinators and the LBU network; small numbers withheld as < 5.")
    public LocalPlanView anyKommunsPlan(@PathParam("kod") String kommunCode, @PathParam("id") long id) {
        return reading.plan(kommunCode, id);
    }
}
