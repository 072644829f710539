package se.samverkansportalen.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkansportalen.service.identity.EndedLogins;

/**
 * This node's view of the Keycloak logins that have ended anywhere in the cluster ({@link EndedLogins},
 * the database): {@link SessionRenewalFilter} asks it on each request of a logged-in session, and
 * ends the session when its login has ended, also when Keycloak's back-channel logout reached
 * another node. The view asks the database for logins ended since it last asked at most every
 * {@link #ASK_EVERY} (so a logout takes effect on every node within about that long, and costs
 * each node one small query per {@link #ASK_EVERY} while it has users); while the database cannot
 * be reached it keeps what it knew. Issue 16.
 */
@ApplicationScoped
public class EndedLoginsWatch {

    /** How often this node asks the database for logins ended on other nodes. */
    static final Duration ASK_EVERY = Duration.ofSeconds(2);
    /** How far back each question reaches before the newest ending seen: another node's clock and commit may lag. */
    static final Duration OVERLAP = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(EndedLoginsWatch.class.getName());

    @EJB
    EndedLogins endedLogins;

    private final Known known = new Known();

    /** Records that login {@code sid} ended now: in the database for the other nodes, and here at once. */
    public void ended(String sid) {
        Instant now = Instant.now();
        known.add(sid, now);
        endedLogins.record(sid, now);
    }

    /** Whether login {@code sid} has ended, here or on another node (asking the database when the last question is older than {@link #ASK_EVERY}). */
    public boolean hasEnded(String sid) {
        return known.hasEnded(sid, Instant.now(), since -> {
            try {
                return endedLogins.since(since);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Ended logins not read; the last known are used", e);
                return null;
            }
        });
    }

    /**
     * The logins known to have ended and when they were last asked for: the rule of
     * {@link EndedLoginsWatch} without its database, so plain tests can drive it.
     */
    static final class Known {

        private final Map<String, Instant> ended = new ConcurrentHashMap<>();
        private volatile Instant askedAt = Instant.EPOCH;
        private volatile Instant newest = Instant.EPOCH;

        void add(String sid, Instant at) {
            ended.putIfAbsent(sid, at);
        }

        /**
         * @param fetch the logins ended after an instant, or null when they could not be read
         */
        boolean hasEnded(String sid, Instant now, Function<Instant, List<EndedLogins.Ended>> fetch) {
            if (Duration.between(askedAt, now).compareTo(ASK_EVERY) >= 0) {
                synchronized (this) {
                    if (Duration.between(askedAt, now).compareTo(ASK_EVERY) >= 0) {
                        Instant since = newest.equals(Instant.EPOCH) ? now.minus(EndedLogins.KEPT) : newest.minus(OVERLAP);
                        List<EndedLogins.Ended> fresh = fetch.apply(since);
                        if (fresh != null) {
                            for (EndedLogins.Ended e : fresh) {
                                ended.putIfAbsent(e.sid(), e.at());
                                if (e.at().isAfter(newest)) {
                                    newest = e.at();
                                }
                            }
                            ended.values().removeIf(at -> at.isBefore(now.minus(EndedLogins.KEPT)));
                        }
                        askedAt = now;
                    }
                }
            }
            return ended.containsKey(sid);
        }
    }
}
