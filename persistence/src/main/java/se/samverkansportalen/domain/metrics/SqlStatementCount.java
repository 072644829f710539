package se.samverkansportalen.domain.metrics;

/**
 * How many SQL statements the current thread has sent since its last reset, so that a request
 * can say how many it needed (the benchmark reads it). A thread-local increment per statement.
 */
public final class SqlStatementCount {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private SqlStatementCount() {
    }

    static void increment() {
        COUNT.get()[0]++;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements sent on this thread since the last reset. */
    public static int count() {
        return COUNT.get()[0];
    }
}
