package se.samverkansportalen.domain.localplan;

/** The shapes kommuner write their local plans in. */
public enum LocalPlanShape {
    /** Numbered measures with Hur / Resultat / När / Kostnad (Uppsala 2015). */
    MEASURES,
    /** Goals, risks on a 4x4 matrix, measures with a traffic light, indicators (Nacka 2020). */
    RISK_BASED
}
