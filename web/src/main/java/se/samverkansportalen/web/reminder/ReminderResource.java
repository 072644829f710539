package se.samverkansportalen.web.reminder;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.service.reminder.ReminderPreferences;
import se.samverkansportalen.service.reminder.Reminders;
import se.samverkansportalen.web.api.Bodies;

/** Reminders over the API: a coordinator sends the due reminders now; each user sets their own choice. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {

    @EJB
    Reminders reminders;

    @EJB
    ReminderPreferences preferences;

    /** The caller's choice about reminders. */
    public record Choice(boolean remindersEnabled) {
    }

    @POST
    @Path("paminnelser")
    public List<Reminders.Sent> sendNow() {
        return reminders.sendNow();
    }

    @GET
    @Path("installningar/paminnelser")
    public Choice mine() {
        return new Choice(preferences.mine());
    }

    /**
     * Sets the caller's choice: the body is {@code {"remindersEnabled": true|false}}, a JSON boolean
     * and nothing else (JSON-B would read any other text as false, silently turning reminders off).
     */
    @PUT
    @Path("installningar/paminnelser")
    public Choice setMine(JsonObject body) {
        JsonValue enabled = Bodies.required(body).get("remindersEnabled");
        if (enabled != JsonValue.TRUE && enabled != JsonValue.FALSE) {
            throw InvalidInputRefusal.atField("remindersEnabled", "api.error.booleanRequired", "remindersEnabled");
        }
        return new Choice(preferences.setMine(enabled == JsonValue.TRUE));
    }
}
