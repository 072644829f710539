package se.samverkansportalen.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import se.samverkansportalen.service.plan.PlanEditException;
import se.samverkansportalen.web.Messages;

/**
 * A service's refusal as an API answer: 404 for something that is not there (or not the
 * caller's: the two are answered alike), 409 for a change someone else made first, 400 for input
 * that is not valid; the body carries the message key and the Swedish text.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<PlanEditException> {

    @Override
    public Response toResponse(PlanEditException e) {
        String key = e.getMessageKey();
        Response.Status status = key.endsWith(".notFound") ? Response.Status.NOT_FOUND
                : key.endsWith(".changed") ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        String pattern = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("sv")).getString(key);
        String text = e.getArguments().isEmpty() ? pattern : MessageFormat.format(pattern, e.getArguments().toArray());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", key, "message", text)).build();
    }
}
