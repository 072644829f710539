package se.samverkansportalen.domain.localplan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * The walk over ratios computed from other indicators (A = B / C, where B may itself be a ratio):
 * whether a new ratio would make an indicator depend on itself, and in which order a ratio's parts
 * are computed. Works on anything that names its parts: indicators, or their ids in a test.
 *
 * <p>Every walk is a loop with its own stack and a set of what it has seen, never a recursion:
 * each indicator is visited once, so the walk ends, in a number of steps bounded by the number of
 * indicators it can reach, even over a cycle that old data may hold.
 *
 * <p>Pure and without state; safe from any thread.
 */
public final class RatioDerivation {

    /** A cycle of ratios. No arguments; the field is the part that would close it. */
    public static final String CYCLE = "localplan.error.ratioCycle";

    private RatioDerivation() {
    }

    /**
     * Refuses to make {@code target} the ratio {@code numerator} / {@code denominator} when that
     * would close a cycle of any length: the target itself as a part (A = A / B), or a part that is
     * computed, directly or through other ratios, from the target (A = B / C after B = A / C).
     *
     * @param parts an indicator's parts as it stands now (empty for a typed one); the target's own
     *              current parts do not count, as the new ratio replaces them
     * @throws InvalidInputRefusal ({@value #CYCLE}) at {@code numeratorId} or {@code denominatorId},
     *                             whichever part closes the cycle (the numerator when both do)
     */
    public static <T> void requireNoCycle(T target, T numerator, T denominator, Function<? super T, ? extends List<? extends T>> parts) {
        if (reaches(numerator, target, parts)) {
            throw InvalidInputRefusal.atField("numeratorId", CYCLE);
        }
        if (reaches(denominator, target, parts)) {
            throw InvalidInputRefusal.atField("denominatorId", CYCLE);
        }
    }

    /** Whether {@code goal} is {@code from} or one of the parts it is computed from, at any depth. */
    public static <T> boolean reaches(T from, T goal, Function<? super T, ? extends List<? extends T>> parts) {
        Set<T> seen = new HashSet<>();
        Deque<T> open = new ArrayDeque<>();
        open.push(from);
        while (!open.isEmpty()) {
            T at = open.pop();
            if (at.equals(goal)) {
                return true;
            }
            if (seen.add(at)) {
                for (T part : parts.apply(at)) {
                    if (part != null && !seen.contains(part)) {
                        open.push(part);
                    }
                }
            }
        }
        return false;
    }

    /**
     * The order in which to compute {@code root}: every indicator it depends on, each once, parts
     * before the ratios made of them, {@code root} last. A diamond (E = A / D where A and D are both
     * B / C) is fine; a cycle is not.
     *
     * @return the order, or empty when a cycle is reachable from {@code root} (data stored before
     *         cycles were refused): the caller treats the value as missing
     */
    public static <T> Optional<List<T>> computingOrder(T root, Function<? super T, ? extends List<? extends T>> parts) {
        // Depth first with an explicit stack; an indicator is "open" while its parts are walked.
        Map<T, Boolean> open = new HashMap<>();
        List<T> order = new ArrayList<>();
        Deque<T> path = new ArrayDeque<>();
        Deque<Iterator<? extends T>> pending = new ArrayDeque<>();
        path.push(root);
        pending.push(parts.apply(root).iterator());
        open.put(root, Boolean.TRUE);
        while (!path.isEmpty()) {
            Iterator<? extends T> next = pending.peek();
            if (next.hasNext()) {
                T part = next.next();
                if (part == null) {
                    continue;
                }
                Boolean state = open.get(part);
                if (Boolean.TRUE.equals(state)) {
                    return Optional.empty();
                }
                if (state == null) {
                    open.put(part, Boolean.TRUE);
                    path.push(part);
                    pending.push(parts.apply(part).iterator());
                }
            } else {
                T done = path.pop();
                pending.pop();
                open.put(done, Boolean.FALSE);
                order.add(done);
            }
        }
        return Optional.of(order);
    }
}
