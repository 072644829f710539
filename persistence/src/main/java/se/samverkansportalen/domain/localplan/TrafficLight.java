package se.samverkansportalen.domain.localplan;

/**
 * A measure's status as a traffic light: grön = tidplanen följs, gul = risk för försening,
 * röd = försenad.
 */
public enum TrafficLight {
    GREEN, YELLOW, RED
}
