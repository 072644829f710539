package se.samverkansportalen.domain.report;

/** What a report item reports on: a regional aktivitet done in every kommun, or a measure of the kommun's own plans. */
public enum ItemType {
    REGIONAL_ACTIVITY, LOCAL_MEASURE, RISK_MEASURE
}
