package se.samverkansportalen.domain.actor;

/** What kind of organisation an actor in the ansvariga catalogue is. */
public enum ActorKind {
    REGIONAL_UNIT,
    HEALTH_CARE,
    NETWORK,
    WORKING_GROUP,
    UNION;

    /** Maps the seed files' kebab-case kinds ("regional-unit") to the enum. */
    public static ActorKind fromKey(String key) {
        if (key == null) {
            throw new IllegalArgumentException("An actor needs a kind");
        }
        return valueOf(key.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
