package se.samverkansportalen.it.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something the portal does on its own time (a back-channel logout arriving, a mail
 * being sent) by asking again until the answer is the expected one or a deadline passes: the
 * first answer is taken at once, later ones after short pauses that grow from 20 ms to 250 ms.
 * No fixed sleep: a fast portal is not waited for, a slow one is given up on with the last answer.
 */
public final class Eventually {

    private static final long FIRST_PAUSE_NANOS = Duration.ofMillis(20).toNanos();
    private static final long LONGEST_PAUSE_NANOS = Duration.ofMillis(250).toNanos();

    private Eventually() {
    }

    /**
     * The first answer of {@code probe} that {@code done} accepts, asked for until {@code timeout}
     * has passed.
     *
     * @throws AssertionError naming {@code what} and the last answer when none was accepted in time
     */
    public static <T> T await(String what, Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (true) {
            T answer = probe.get();
            if (done.test(answer)) {
                return answer;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(what + ": not within " + timeout + "; the last answer was " + answer);
            }
            LockSupport.parkNanos(Math.min(pause, left));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted while waiting");
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }
}
