package se.samverkansportalen.web.reminder;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.samverkansportalen.service.reminder.ReminderPreferences;
import se.samverkansportalen.service.reminder.Reminders;

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

    @PUT
    @Path("installningar/paminnelser")
    public Choice setMine(Choice choice) {
        return new Choice(preferences.setMine(choice.remindersEnabled()));
    }
}
