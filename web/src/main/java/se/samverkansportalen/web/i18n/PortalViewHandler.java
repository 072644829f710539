package se.samverkansportalen.web.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every view the language the user reads the portal in (Swedish unless she chose English
 * in the header, see {@link LanguageBacking}) from the moment it is created, not the browser's
 * Accept-Language: Faces' own messages made before the page's {@code f:view} is rendered (a
 * malformed {@code ?period=abc} converted by a view parameter) are then Swedish too.
 */
public class PortalViewHandler extends ViewHandlerWrapper {

    public PortalViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Locale chosen = context.getApplication().evaluateExpressionGet(context, "#{languageBacking.locale}", Locale.class);
        return chosen != null ? chosen : super.calculateLocale(context);
    }
}
