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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.service.reminder.ReminderPreferences;
import se.samverkansportalen.service.reminder.Reminders;
import se.samverkansportalen.web.api.Bodies;

/** Reminders over the API: a coordinator sends the due reminders now; each user sets their own choice. */
@Tag(name = "Påminnelser", description = "Påminnelser om rapporter. / Reminders about reports.")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {

    @EJB
    Reminders reminders;

    @EJB
    ReminderPreferences preferences;

    /** The caller's choices: deadline reminders, mails about komplettering, mails about granskad reports. */
    public record Choice(boolean remindersEnabled, boolean completionMailsEnabled, boolean reviewedMailsEnabled) {

        static Choice of(ReminderPreferences.Choices choices) {
            return new Choice(choices.reminders(), choices.completionMails(), choices.reviewedMails());
        }
    }

    @POST
    @Path("paminnelser")
    @Operation(summary = "Skicka de påminnelser som är aktuella nu (region)", description = "Sends the reminders that are due now (coordinators); answers those sent.")
    public List<Reminders.Sent> sendNow() {
        return reminders.sendNow();
    }

    @GET
    @Path("installningar/paminnelser")
    @Operation(summary = "Den egna inställningen för påminnelser", description = "The caller's own reminder choice.")
    public Choice mine() {
        return Choice.of(preferences.myChoices());
    }

    /**
     * Sets the caller's choices: the body is {@code {"remindersEnabled": true|false}}, and may also
     * hold {@code completionMailsEnabled} and {@code reviewedMailsEnabled} (left as they are when
     * absent); each a JSON boolean and nothing else (JSON-B would read any other text as false,
     * silently turning mails off).
     */
    @PUT
    @Path("installningar/paminnelser")
    @Operation(summary = "Slå på eller av den egna påminnelsen", description = "Turns the caller's own reminders on or off.")
    public Choice setMine(JsonObject body) {
        JsonObject choices = Bodies.required(body);
        ReminderPreferences.Choices now = preferences.myChoices();
        boolean reminders = bool(choices, "remindersEnabled", null);
        boolean completion = bool(choices, "completionMailsEnabled", now.completionMails());
        boolean reviewed = bool(choices, "reviewedMailsEnabled", now.reviewedMails());
        return Choice.of(preferences.setMyChoices(new ReminderPreferences.Choices(reminders, completion, reviewed)));
    }

    /** A JSON boolean of the body; {@code absent} when it is not there (null: required). */
    private static boolean bool(JsonObject body, String name, Boolean absent) {
        JsonValue value = body.get(name);
        if (value == null && absent != null) {
            return absent;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw InvalidInputRefusal.atField(name, "api.error.booleanRequired", name);
        }
        return value == JsonValue.TRUE;
    }
}
