package se.samverkansportalen.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.samverkansportalen.web.error.Failures;

/**
 * Every other failure of an API call, so that no answer carries an exception's text (SQL, table
 * and class names): a body that is not JSON of the expected shape or a path parameter of the wrong
 * type is 400; an unknown address 404; another HTTP error keeps its status with a Swedish text; a
 * refusal wrapped by the container is answered as the refusal; the database out of reach is 503
 * with {@code Retry-After} (nothing was stored: each call is one transaction); anything unexpected
 * is 500 with an error reference that is also in the server log.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        var refusal = Failures.refusalIn(failure);
        if (refusal.isPresent()) {
            return ApiRefusal.of(refusal.get());
        }
        if (Failures.causedBy(failure, EJBAccessException.class)) {
            return ApiRefusal.of(403, "api.error.notAllowed");
        }
        if (Failures.databaseUnavailable(failure)) {
            return ApiRefusal.unavailable(failure, uri);
        }
        if (failure instanceof NotFoundException e && e.getCause() != null) {
            // A path or query parameter that is not of its type (a letter where an id goes): the
            // request is malformed, not the address unknown.
            return ApiRefusal.of(400, "api.error.badParameter");
        }
        if (Failures.causedBy(failure, JsonbException.class) || Failures.causedBy(failure, JsonException.class)
                || failure instanceof ProcessingException) {
            return ApiRefusal.of(400, "api.error.unreadableBody");
        }
        if (failure instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status < 500) {
                return ApiRefusal.of(status, switch (status) {
                    case 400 -> "api.error.badRequest";
                    case 401 -> "api.error.notLoggedIn";
                    case 403 -> "api.error.notAllowed";
                    case 404 -> "api.error.noSuchAddress";
                    case 405 -> "api.error.methodNotAllowed";
                    case 406 -> "api.error.notAcceptable";
                    case 415 -> "api.error.unsupportedMediaType";
                    default -> "api.error.badRequest";
                });
            }
        }
        return ApiRefusal.unexpected(failure, uri);
    }
}
