package se.samverkansportalen.domain.quality;

/**
 * What a section of a kvalitetsberättelse holds beside its text: figures, the risk register
 * (drawn from the kommun's risk-based plans), the controls of its egenkontroll, last year's
 * improvements followed up (drawn from its local plans' measures), or a list (goda exempel,
 * fokusområden).
 */
public enum SectionKind {
    TEXT, FIGURES, RISK_REGISTER, SELF_INSPECTIONS, FOLLOW_UPS, LIST
}
