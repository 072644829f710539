package se.samverkansportalen.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the API's OpenAPI document ({@code mp.openapi.filter} in the web module's
 * {@code META-INF/microprofile-config.properties}): every operation answers its refusals the one
 * way {@link ApiRefusal} and the mappers do, so each gets the responses 400, 401, 403, 404, 409,
 * 500 and 503 with the body {@value #REFUSAL}, unless the operation documents that status itself.
 * The statuses and their meaning come from {@link ApiRefusal#status}, the gate ({@code ApiGate}:
 * 401, 415) and the outage answers (503).
 */
public class ApiDocument implements OASFilter {

    /** The refusal body's schema name in the document. */
    public static final String REFUSAL = "ApiRefusal";
    /** The contract's version, the first segment of the API's paths ({@code /api/v1/…}). */
    public static final String VERSION = "v1";

    /** The security scheme's name: a Keycloak access token as bearer. */
    public static final String BEARER = "bearer";

    /** Each refusal status with its description, Swedish then English. */
    static final Map<String, String> REFUSALS = Map.of(
            "400", "Ogiltig indata: fälten och reglerna i errors. / Invalid input: the fields and their rules in errors.",
            "401", "Ingen eller ogiltig åtkomsttoken. / No access token, or one the login check refused.",
            "403", "Rollen får inte. / The caller's role may not.",
            "404", "Finns inte, eller tillhör en annan kommun (lika svar). / Not found, or another kommun's (answered alike).",
            "409", "Någon annan ändrade först, eller läget tillåter inte steget: current visar läget nu. "
                    + "/ Someone else changed it first, or its state does not allow the step: current shows it now.",
            "415", "Kroppen är inte JSON. / The body is not JSON.",
            "500", "Oväntat fel: reference är felkoden i serverns logg. / Unexpected failure: reference is its id in the server log.",
            "503", "Databasen eller inloggningstjänsten nås inte just nu; försök igen (Retry-After). "
                    + "/ The database or the login service cannot be reached; try again (Retry-After).");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        REFUSALS.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, refusal(description));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    private static APIResponse refusal(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REFUSAL))));
    }
}
