package se.samverkansportalen.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A call the caller's role does not allow ({@code @RolesAllowed}): 403, nothing changed. */
@Provider
public class AccessRefusalMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
        return ApiRefusal.of(403, "api.error.notAllowed");
    }
}
