package se.samverkansportalen.web.security;

import jakarta.json.Json;
import java.util.List;
import se.samverkansportalen.web.error.RefusalTexts;
import se.samverkansportalen.web.operations.RequestIds;

/**
 * The JSON body of an API refusal answered before the API itself runs (the gate, the login check's
 * 401, a call that cannot be checked while Keycloak does not answer), in the API's usual form:
 * {@code error} the message key, {@code message} its Swedish text, {@code reference} the request's
 * id (its felkod in the log, {@link RequestIds}). The API's own refusals are {@code ApiRefusal}'s.
 */
final class RefusalBodies {

    private RefusalBodies() {
    }

    /** The body without its reference, to be made once where the bundle and JSON-P can be loaded (see {@link #withReference}). */
    static String of(String key) {
        return Json.createObjectBuilder().add("error", key).add("message", RefusalTexts.text(key, List.of(), RefusalTexts.SWEDISH))
                .build().toString();
    }

    /** The body with its reference. */
    static String of(String key, String reference) {
        return withReference(of(key), reference);
    }

    /**
     * A body made by {@link #of(String)} with the reference added as its last member. A reference
     * is letters and digits only ({@link RequestIds}), so nothing needs escaping.
     *
     * @throws IllegalArgumentException for a reference that is no request id
     */
    static String withReference(String body, String reference) {
        if (!RequestIds.isId(reference)) {
            throw new IllegalArgumentException("not a request id");
        }
        return body.substring(0, body.lastIndexOf('}')) + ",\"reference\":\"" + reference + "\"}";
    }
}
