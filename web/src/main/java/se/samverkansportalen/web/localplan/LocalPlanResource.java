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
import se.samverkansportalen.service.localplan.IndicatorForm;
import se.samverkansportalen.service.localplan.LocalIndicators;
import se.samverkansportalen.service.localplan.LocalPlanForm;
import se.samverkansportalen.service.localplan.LocalPlanReading;
import se.samverkansportalen.service.localplan.LocalPlanSummary;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.service.localplan.LocalRisks;
import se.samverkansportalen.service.localplan.MeasureForm;
import se.samverkansportalen.web.api.Bodies;

/**
 * Local plans over the API. {@code /lokala-planer} is the caller's own kommun's plans (the
 * kommun is the token's, never the request's); {@code /kommuner/{kod}/lokala-planer} is the
 * read-only path for coordinators and the LBU network.
 */
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
    public List<LocalPlanSummary> ours() {
        return plans.ours();
    }

    @GET
    @Path("lokala-planer/{id}")
    public LocalPlanView plan(@PathParam("id") long id) {
        return plans.plan(id);
    }

    @POST
    @Path("lokala-planer")
    public Response create(LocalPlanForm form) {
        Bodies.required(form).setId(null);
        LocalPlanView created = plans.savePlan(form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Imports a plan file (the seed files' JSON shape) into the caller's kommun; all or nothing. */
    @POST
    @Path("lokala-planer/import")
    public Response importPlan(byte[] file) {
        return Response.status(Response.Status.CREATED).entity(plans.importPlan(Bodies.required(file))).build();
    }

    @PUT
    @Path("lokala-planer/{id}")
    public LocalPlanView revise(@PathParam("id") long id, LocalPlanForm form) {
        Bodies.required(form).setId(id);
        return plans.savePlan(form);
    }

    @DELETE
    @Path("lokala-planer/{id}")
    public Response remove(@PathParam("id") long id) {
        plans.removePlan(id);
        return Response.noContent().build();
    }

    @POST
    @Path("lokala-planer/{id}/atgarder")
    public LocalPlanView addMeasure(@PathParam("id") long id, MeasureForm form) {
        Bodies.required(form).setPlanId(id);
        form.setId(null);
        return plans.saveMeasure(form);
    }

    @PUT
    @Path("lokala-planer/{id}/atgarder/{measure}")
    public LocalPlanView reviseMeasure(@PathParam("id") long id, @PathParam("measure") long measure, MeasureForm form) {
        Bodies.required(form).setPlanId(id);
        form.setId(measure);
        return plans.saveMeasure(form);
    }

    @DELETE
    @Path("lokala-planer/{id}/atgarder/{measure}")
    public LocalPlanView removeMeasure(@PathParam("id") long id, @PathParam("measure") long measure) {
        return plans.removeMeasure(id, measure);
    }

    /** Adds an indicator (no id) or saves one with its values; a ratio names its two parts. */
    @POST
    @Path("lokala-planer/{id}/indikatorer")
    public LocalPlanView saveIndicator(@PathParam("id") long id, IndicatorForm form) {
        Bodies.required(form).setPlanId(id);
        return indicators.saveIndicator(form);
    }

    /** A risk's place on the matrix for a period. */
    public record Assessment(String period, int likelihood, int severity) {
    }

    @PUT
    @Path("lokala-planer/{id}/risker/{risk}/bedomning")
    public LocalPlanView assessRisk(@PathParam("id") long id, @PathParam("risk") long risk, Assessment assessment) {
        Bodies.required(assessment);
        return risks.assessRisk(id, risk, assessment.period(), assessment.likelihood(), assessment.severity());
    }

    /** A goal's new title and focus area, with the version of the goal they were read at. */
    public record GoalChange(String title, String focusArea, Integer lockVersion) {
    }

    @PUT
    @Path("lokala-planer/{id}/mal/{goal}")
    public LocalPlanView reviseGoal(@PathParam("id") long id, @PathParam("goal") long goal, GoalChange change) {
        Bodies.required(change);
        return risks.reviseGoal(id, goal, Bodies.readAt(change.lockVersion()), change.title(), change.focusArea());
    }

    @DELETE
    @Path("lokala-planer/{id}/mal/{goal}")
    public LocalPlanView removeGoal(@PathParam("id") long id, @PathParam("goal") long goal) {
        return risks.removeGoal(id, goal);
    }

    /** A risk's new number, quality area, title and description, with the version of the risk they were read at. */
    public record RiskChange(String number, String qualityArea, String title, String description, Integer lockVersion) {
    }

    @PUT
    @Path("lokala-planer/{id}/risker/{risk}")
    public LocalPlanView reviseRisk(@PathParam("id") long id, @PathParam("risk") long risk, RiskChange change) {
        Bodies.required(change);
        return risks.reviseRisk(id, risk, Bodies.readAt(change.lockVersion()), change.number(), change.qualityArea(),
                change.title(), change.description());
    }

    @DELETE
    @Path("lokala-planer/{id}/risker/{risk}")
    public LocalPlanView removeRisk(@PathParam("id") long id, @PathParam("risk") long risk) {
        return risks.removeRisk(id, risk);
    }

    @GET
    @Path("alla-lokala-planer")
    public List<LocalPlanSummary> all() {
        return reading.all();
    }

    @GET
    @Path("kommuner/{kod}/lokala-planer/{id}")
    public LocalPlanView anyKommunsPlan(@PathParam("kod") String kommunCode, @PathParam("id") long id) {
        return reading.plan(kommunCode, id);
    }
}
