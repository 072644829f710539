package se.samverkansportalen.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.ForbiddenRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.domain.refusal.SourceUnavailableRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.web.operations.RequestIds;
import se.samverkansportalen.web.error.ErrorReference;
import se.samverkansportalen.web.error.FailureLog;
import se.samverkansportalen.web.error.UnavailableFilter;
import se.samverkansportalen.web.error.RefusalTexts;

/**
 * The body of every refused or failed API call, as JSON: {@code error} the message key,
 * {@code message} its Swedish text, {@code field} the input field at fault (when one is),
 * {@code reference} the request's id, the "felkod" under which the server log holds the request's
 * lines (an unexpected failure's whole exception among them; {@code RequestIds}), for a
 * conflict {@code current} (what the thing says now) and {@code changedBy}, and for invalid input at
 * a field {@code errors}: every field at fault, in order, the first being the one {@code error},
 * {@code message} and {@code field} name (each {@code error}, {@code field}, {@code message}).
 * Absent values are left out.
 */
public record ApiRefusal(String error, String message, String field, String reference, Object current, String changedBy,
        List<FieldError> errors) {

    /** One field at fault: its message key, the field's name in the body, the Swedish text. */
    public record FieldError(String error, String field, String message) {
    }

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
        if (refusal instanceof SourceUnavailableRefusal) {
            return Response.Status.BAD_GATEWAY;
        }
        return Response.Status.BAD_REQUEST;
    }

    /** The answer to a refusal: its status and body, in Swedish. */
    public static Response of(Refusal refusal) {
        FailureLog.refused(status(refusal).getStatusCode(), refusal.getMessageKey(), "api");
        return answer(status(refusal).getStatusCode(), body(refusal));
    }

    /** The body that answers a refusal, in Swedish. */
    static ApiRefusal body(Refusal refusal) {
        Object current = refusal instanceof ConflictRefusal c ? c.getCurrent() : null;
        String changedBy = refusal instanceof ConflictRefusal c ? c.getChangedBy() : null;
        return new ApiRefusal(refusal.getMessageKey(), RefusalTexts.text(refusal, RefusalTexts.SWEDISH), refusal.getField(),
                RequestIds.current(), current, changedBy, fieldErrors(refusal));
    }

    /**
     * Every field an invalid input is refused at, in order (the refusal's own field first), or
     * null (left out of the body) for a refusal of another kind or of the input as a whole.
     */
    static List<FieldError> fieldErrors(Refusal refusal) {
        if (!(refusal instanceof InvalidInputRefusal invalid) || invalid.getField() == null) {
            return null;
        }
        return invalid.getAll().stream().map(r -> new FieldError(r.getMessageKey(), r.getField(),
                RefusalTexts.text(r, RefusalTexts.SWEDISH))).toList();
    }

    /** An answer with a status and a message key of the bundle (no arguments). */
    public static Response of(int status, String key) {
        FailureLog.refused(status, key, "api");
        return answer(status, new ApiRefusal(key, RefusalTexts.text(key, List.of(), RefusalTexts.SWEDISH), null, RequestIds.current(), null, null, null));
    }

    /**
     * The answer to a call that failed because the database was out of reach: 503 with
     * {@code Retry-After} and the Swedish "tillfälligt fel" text; logged once as a warning
     * ({@link FailureLog#unavailable}), not as a fault of the portal.
     */
    public static Response unavailable(Throwable failure, jakarta.ws.rs.core.UriInfo uri) {
        FailureLog.unavailable(uri == null ? "api" : "api " + uri.getPath(), failure);
        String key = "api.error.unavailable";
        return Response.fromResponse(answer(503, new ApiRefusal(key, RefusalTexts.text(key, List.of(), RefusalTexts.SWEDISH), null, RequestIds.current(), null, null, null)))
                .header("Retry-After", UnavailableFilter.RETRY_AFTER_SECONDS).build();
    }

    /** The answer to an unexpected failure of a call to this address: logged under a new reference, 500 with only that reference. */
    public static Response unexpected(Throwable failure, jakarta.ws.rs.core.UriInfo uri) {
        return unexpected(ErrorReference.log(failure, uri == null ? "api" : "api " + uri.getPath()));
    }

    /** The answer to an unexpected failure: 500 with only its reference. */
    public static Response unexpected(String reference) {
        return answer(500, new ApiRefusal("unexpected",
                RefusalTexts.text("api.error.unexpected", List.of(reference), RefusalTexts.SWEDISH), null, reference, null, null, null));
    }

    private static Response answer(int status, ApiRefusal body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
