package se.samverkansportalen.web.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.samverkansportalen.web.error.Failures;

/**
 * A constraint broken where no service form caught it (an entity checked as it is written, for
 * instance a plan read from a file): the same 400 refusal as at the service boundary. Without this
 * mapper the JAX-RS implementation's own one would answer such a failure with a 500 and its own
 * text. A validation failure that is no broken constraint (a constraint declared wrongly) is a
 * defect: 500 with an error reference.
 */
@Provider
public class ValidationFailureMapper implements ExceptionMapper<ValidationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ValidationException failure) {
        return Failures.refusalIn(failure).map(ApiRefusal::of)
                .orElseGet(() -> ApiRefusal.unexpected(failure, uri));
    }
}
