package se.samverkansportalen.domain.localplan;

/**
 * How a kommun's data is bound to the kommun: every tenant table has a {@code kommun_code}
 * column, which EclipseLink fills and filters from the entity manager property named here. The
 * ejb module sets that property from the logged-in user's token on every call; nothing else does.
 */
public final class Tenancy {

    /** The entity manager property holding the kommunkod whose data the call may see and change. */
    public static final String KOMMUN_PROPERTY = "samverkan.kommun";

    /** Set when the caller belongs to no kommun: no row has it, so nothing is seen or written. */
    public static final String NO_KOMMUN = "0000";

    private Tenancy() {
    }
}
