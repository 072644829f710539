package se.samverkansportalen.web.error;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.Optional;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.web.Messages;

/**
 * The pages' one handler of refusals: a refusal thrown by a service while a page's action runs
 * (however the container wrapped it) becomes an error message on the same page, which is rendered
 * again with everything the user typed still in its fields; the field at fault is marked invalid.
 * A role refusal is shown as "not allowed". The database out of reach, on a form sent with Ajax, is
 * shown the same way, as "tillfälligt fel, försök igen om en stund" beside the form that still holds
 * the input; on any other request it goes on to {@link UnavailableFilter}'s 503 page. Anything else
 * goes on to the next handler (OmniFaces' full Ajax exception handler), which shows the error page
 * with an error reference.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean shown = false;
        boolean beforeRendering = context != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext() && beforeRendering;) {
            Throwable failure = events.next().getContext().getException();
            Optional<Refusal> refusal = Failures.refusalIn(failure);
            if (refusal.isPresent()) {
                FailureLog.refused(400, refusal.get().getMessageKey(), context.getViewRoot() == null ? "page" : context.getViewRoot().getViewId());
                Messages.show(context, refusal.get());
                events.remove();
                shown = true;
            } else if (Failures.databaseUnavailable(failure) && context.getPartialViewContext().isAjaxRequest()) {
                FailureLog.unavailable(context.getViewRoot() == null ? "page" : context.getViewRoot().getViewId(), failure);
                Messages.showKey(context, "error.503.text");
                events.remove();
                shown = true;
            } else if (Failures.causedBy(failure, EJBAccessException.class)) {
                FailureLog.refused(403, "api.error.notAllowed", context.getViewRoot() == null ? "page" : context.getViewRoot().getViewId());
                Messages.showKey(context, "api.error.notAllowed");
                events.remove();
                shown = true;
            }
        }
        if (shown) {
            context.renderResponse();
        }
        getWrapped().handle();
    }
}
