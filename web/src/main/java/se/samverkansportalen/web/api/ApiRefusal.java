package se.samverkansportalen.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.ForbiddenRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.web.error.ErrorReference;
import se.samverkansportalen.web.error.FailureLog;
import se.samverkansportalen.web.error.RefusalTexts;

/**
 * The body of every refused or failed API call, as JSON: {@code error} the message key,
 * {@code message} its Swedish text, {@code field} the input field at fault (when one is),
 * {@code reference} the error reference of an unexpected failure (also in the server log), and for a
 * conflict {@code current} (what the thing says now) and {@code changedBy}. Absent values are left out.
 */
public record ApiRefusal(String error, String message, String field, String reference, Object current, String changedBy) {

    /** The HTTP status of a kind of refusal: the one place where refusals get their status. */
    public static Response.Status status(Refusal refusal) {
        if (refusal instanceof NotFoundRefusal) {
            return Response.Status.NOT_FOUND;
        }
        if (refusal instanceof ConflictRefusal || refusal instanceof WrongStateRefusal) {
            return Response.Status.CONFLICT;
        }
        if (refusal instanceof ForbiddenRefusal) {
            return Response.Status.FORBIDDEN;
        }
        return Response.Status.BAD_REQUEST;
    }

    /** The answer to a refusal: its status and body, in Swedish. */
    public static Response of(Refusal refusal) {
        FailureLog.refused(status(refusal).getStatusCode(), refusal.getMessageKey(), "api");
        Object current = refusal instanceof ConflictRefusal c ? c.getCurrent() : null;
        String changedBy = refusal instanceof ConflictRefusal c ? c.getChangedBy() : null;
        return answer(status(refusal).getStatusCode(), new ApiRefusal(refusal.getMessageKey(),
                RefusalTexts.text(refusal, RefusalTexts.SWEDISH), refusal.getField(), null, current, changedBy));
    }

    /** An answer with a status and a message key of the bundle (no arguments). */
    public static Response of(int status, String key) {
        FailureLog.refused(status, key, "api");
        return answer(status, new ApiRefusal(key, RefusalTexts.text(key, java.util.List.of(), RefusalTexts.SWEDISH), null, null, null, null));
    }

    /** The answer to an unexpected failure of a call to this address: logged under a new reference, 500 with only that reference. */
    public static Response unexpected(Throwable failure, jakarta.ws.rs.core.UriInfo uri) {
        return unexpected(ErrorReference.log(failure, uri == null ? "api" : "api " + uri.getPath()));
    }

    /** The answer to an unexpected failure: 500 with only its reference. */
    public static Response unexpected(String reference) {
        return answer(500, new ApiRefusal("unexpected",
                RefusalTexts.text("api.error.unexpected", java.util.List.of(reference), RefusalTexts.SWEDISH), null, reference, null, null));
    }

    private static Response answer(int status, ApiRefusal body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
