package se.samverkansportalen.domain.localplan;

/** What an indicator's values count: a share in percent, a count, kronor or days. */
public enum IndicatorUnit {
    PERCENT, COUNT, SEK, DAYS
}
