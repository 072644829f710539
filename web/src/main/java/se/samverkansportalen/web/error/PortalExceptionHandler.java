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
 * A role refusal is shown as "not allowed". Anything else goes on to the next handler (OmniFaces'
 * full Ajax exception handler), which shows the error page with an error reference.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean shown = false;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable failure = events.next().getContext().getException();
            Optional<Refusal> refusal = Failures.refusalIn(failure);
            if (refusal.isPresent() && context != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                Messages.show(context, refusal.get());
                events.remove();
                shown = true;
            } else if (isAccessRefusal(failure) && context != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                Messages.showKey(context, "plan.error.notAllowed");
                events.remove();
                shown = true;
            }
        }
        if (shown) {
            context.renderResponse();
        }
        getWrapped().handle();
    }

    private static boolean isAccessRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
