package se.samverkansportalen.domain.tenant;

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

    /**
     * The query hint that lets one native SQL query through. EclipseLink refuses native SQL once
     * the unit has tenant entities (SQL is not tenant-filtered); a query that must read across
     * kommuner, or tables without a kommun, says so with this hint.
     */
    public static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    private Tenancy() {
    }
}
