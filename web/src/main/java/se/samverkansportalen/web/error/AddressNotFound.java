package se.samverkansportalen.web.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import java.util.Iterator;
import java.util.List;

/**
 * A page opened with a query parameter that is not what it names ({@code lokal/plan.xhtml?id=abc}):
 * instead of a blank page, the page says in the reader's language that what the address points to
 * does not exist, and answers 404. A page opts in per parameter by giving it a
 * {@code converterMessage} naming what is missing ("Planen eller åtgärden finns inte …"); other
 * parameters (a filter's) keep Faces' own handling. Called before every page of the layout
 * template is rendered; does nothing on a postback or when every such parameter converted.
 */
@Named
@ApplicationScoped
public class AddressNotFound {

    /** Moves the failed view parameters' messages to the page's global messages and sets status 404. */
    public void check() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || context.getViewRoot() == null) {
            return;
        }
        boolean found = false;
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
            if (parameter.isValid() || parameter.getConverterMessage() == null) {
                continue;
            }
            found = true;
            String clientId = parameter.getClientId(context);
            try { // the converter's own message is replaced by the page's one below, not shown twice
                for (Iterator<FacesMessage> own = context.getMessages(clientId); own.hasNext();) {
                    own.next();
                    own.remove();
                }
            } catch (UnsupportedOperationException e) {
                // an implementation whose message lists cannot change: the pages show global messages only
            }
        }
        if (!found) {
            return;
        }
        String text = ViewMetadata.getViewParameters(context.getViewRoot()).stream().filter(p -> !p.isValid())
                .map(UIViewParameter::getConverterMessage).filter(m -> m != null && !m.isBlank()).findFirst()
                .orElseGet(() -> RefusalTexts.text("error.404.text", List.of(),
                        context.getApplication().evaluateExpressionGet(context, "#{languageBacking.locale}", java.util.Locale.class)));
        // (a blank converterMessage falls back to the bundle's "Sidan du söker finns inte …")
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.getExternalContext().setResponseStatus(404);
    }
}
