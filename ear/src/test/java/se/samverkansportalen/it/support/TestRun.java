package se.samverkansportalen.it.support;

import java.security.SecureRandom;

/**
 * One run of the test suite. Tests that must name what they create (a plan's title, an actor, a
 * förbättringsområde) add this run's mark, so that what a test finds is what it made in this run,
 * never what an earlier run on the same database or another test class left behind.
 */
public final class TestRun {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyz";

    /** Five letters (no digits: a text with digits may look like a date or a personnummer). */
    public static final String MARK = mark();

    private TestRun() {
    }

    /** The text followed by this run's mark and a counter, e.g. "Umeås plan qkzmw-3". */
    public static String unique(String text) {
        return text + " " + MARK + "-" + letters(COUNTER.incrementAndGet());
    }

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    private static String mark() {
        SecureRandom random = new SecureRandom();
        StringBuilder mark = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            mark.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return mark.toString();
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.insert(0, LETTERS.charAt(n % LETTERS.length()));
            n /= LETTERS.length();
        } while (n > 0);
        return s.toString();
    }
}
