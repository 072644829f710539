package se.samverkansportalen.it.support;

/** What a test asks a user of some role to do, through the portal's services. */
@FunctionalInterface
public interface Work<T> {
    T call() throws Exception;
}
