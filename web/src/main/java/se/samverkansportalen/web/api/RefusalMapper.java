package se.samverkansportalen.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.samverkansportalen.domain.refusal.Refusal;

/**
 * A service's refusal as an API answer, by its type (see {@link ApiRefusal#status}): 404 for
 * something that is not there or not the caller's (answered alike), 409 for a change someone else
 * made first or a state that does not allow the step, 400 for invalid input, 403 for a step the
 * caller may not take. Nothing of a refused call is stored.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        return ApiRefusal.of(refusal);
    }
}
