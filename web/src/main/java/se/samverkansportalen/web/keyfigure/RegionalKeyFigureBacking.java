package se.samverkansportalen.web.keyfigure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkansportalen.service.keyfigure.RegionalKeyFigures;
import se.samverkansportalen.web.Messages;

/** Backs the key figures on {@code rapport/lagesbild.xhtml}: each followed KPI with each kommun's newest total value. */
@Named
@RequestScoped
public class RegionalKeyFigureBacking {

    @EJB
    RegionalKeyFigures regional;

    @Inject
    Messages messages;

    private List<RegionalKeyFigures.Figure> figures;

    /** The figures, read once per request; none when the caller may not read them. */
    public List<RegionalKeyFigures.Figure> getFigures() {
        if (figures == null) {
            figures = List.of();
            messages.attempt(() -> figures = regional.newest(), "overview.error.notAllowed");
        }
        return figures;
    }
}
