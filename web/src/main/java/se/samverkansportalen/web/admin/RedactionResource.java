package se.samverkansportalen.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkansportalen.service.audit.AuditRedaction;
import se.samverkansportalen.web.api.Bodies;

/**
 * Removing personal data from the history over the API (administrators only): the audit entries
 * holding a personnummer, masked, and the redaction of one entry with a reason.
 */
@Tag(name = "Administration", description = "Rensa personuppgifter i historiken. / Removing personal data from the audit trail.")
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RedactionResource {

    @EJB
    AuditRedaction redaction;

    /** The body of a redaction: why the entry's values are removed. */
    public record Redaction(String reason) {
    }

    @GET
    @Path("personuppgifter-i-historiken")
    @Operation(summary = "Historikposter med personnummer, maskerade (administratörer)", description = "Audit entries whose values hold a personnummer or samordningsnummer, masked (administrators).")
    public List<AuditRedaction.Finding> findings() {
        return redaction.findPersonalData();
    }

    /** Removes the entry's old and new value; 204, or 404 for no such entry, 409 when it is redacted already. */
    @POST
    @Path("historik/{id}/rensning")
    @Operation(summary = "Ta bort en historikposts gamla och nya värde, med skäl (administratörer)", description = "Removes an audit entry's old and new value, with a reason; 204, 404 no such entry, 409 already removed (administrators).")
    @APIResponse(responseCode = "204", description = "Värdena borttagna. / The values removed.")
    public Response redact(@PathParam("id") long id, Redaction body) {
        redaction.redact(id, Bodies.required(body).reason());
        return Response.noContent().build();
    }
}
