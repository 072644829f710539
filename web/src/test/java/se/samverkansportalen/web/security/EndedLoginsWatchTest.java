package se.samverkansportalen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.service.identity.EndedLogins;

class EndedLoginsWatchTest {

    private static final Instant NOON = Instant.parse("2026-12-01T11:00:00Z");

    private final EndedLoginsWatch.Known known = new EndedLoginsWatch.Known();
    private final List<Instant> asked = new ArrayList<>();
    private final List<EndedLogins.Ended> database = new ArrayList<>();

    private List<EndedLogins.Ended> fetch(Instant since) {
        asked.add(since);
        return database.stream().filter(e -> e.at().isAfter(since)).toList();
    }

    @Test
    void aLoginEndedOnAnotherNodeIsSeenAtTheNextQuestionAndTheDatabaseIsAskedAtMostEveryTwoSeconds() {
        assertThat(known.hasEnded("sid-a", NOON, this::fetch)).isFalse();
        database.add(new EndedLogins.Ended("sid-a", NOON.plusMillis(500)));

        assertThat(known.hasEnded("sid-a", NOON.plusSeconds(1), this::fetch)).as("not asked again within 2 s").isFalse();
        assertThat(asked).hasSize(1);
        assertThat(known.hasEnded("sid-a", NOON.plusSeconds(2), this::fetch)).as("the other node's logout, 2 s later").isTrue();
        assertThat(known.hasEnded("sid-b", NOON.plusSeconds(2), this::fetch)).isFalse();
        assertThat(asked).hasSize(2);
    }

    @Test
    void eachQuestionReachesAMinuteBeforeTheNewestEndingSeenSoALateCommitIsNotMissed() {
        database.add(new EndedLogins.Ended("sid-a", NOON));
        known.hasEnded("x", NOON.plusSeconds(10), this::fetch);
        assertThat(asked.get(0)).as("the first question: every login still remembered").isEqualTo(NOON.plusSeconds(10).minus(EndedLogins.KEPT));

        database.add(new EndedLogins.Ended("sid-late", NOON.minusSeconds(20)));
        assertThat(known.hasEnded("sid-late", NOON.plusSeconds(12), this::fetch)).isTrue();
        assertThat(asked.get(1)).isEqualTo(NOON.minus(Duration.ofMinutes(1)));
    }

    @Test
    void whileTheDatabaseCannotBeReadWhatWasKnownStays() {
        known.add("sid-here", NOON);
        assertThat(known.hasEnded("sid-here", NOON.plusSeconds(5), since -> null)).isTrue();
        database.add(new EndedLogins.Ended("sid-there", NOON.plusSeconds(6)));
        assertThat(known.hasEnded("sid-there", NOON.plusSeconds(8), this::fetch)).as("asked again 2 s after the failed question").isTrue();
    }

    @Test
    void endingsOlderThanALoginCanLiveAreForgotten() {
        known.add("sid-old", NOON);
        assertThat(known.hasEnded("sid-old", NOON.plus(EndedLogins.KEPT).plusSeconds(1), this::fetch)).isFalse();
    }
}
