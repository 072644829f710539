package se.samverkansportalen.domain.quality;

/** Utkast or fastställd: a fastställd kvalitetsberättelse is frozen. */
public enum QualityReportStatus {
    DRAFT, ADOPTED
}
