package se.samverkansportalen.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An administrator reads the server log: a kommun editor's lost race (409), a role refusal (403),
 * an address that names nothing (404) or invalid input (400) is at most one quiet line without a
 * stack trace; only a failure of the portal (500) is an error with the whole exception and its
 * reference.
 */
class FailureLogTest {

    private final Logger portal = Logger.getLogger("se.samverkansportalen.web.error");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;

    @BeforeEach
    void catchTheLog() {
        before = portal.getLevel();
        portal.setLevel(Level.ALL);
        portal.addHandler(catcher);
    }

    @AfterEach
    void release() {
        portal.removeHandler(catcher);
        portal.setLevel(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 413, 415})
    void a_refusal_the_user_caused_is_one_fine_line_without_a_stack_trace(int status) {
        FailureLog.refused(status, "input.changed", "api /rapporter/12");

        assertThat(FailureLog.levelFor(status)).isEqualTo(Level.FINE);
        assertThat(FailureLog.withStackTrace(status)).isFalse();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.FINE);
            assertThat(r.getThrown()).isNull();
        });
    }

    @Test
    void a_failure_of_the_portal_is_an_error_with_its_stack_trace_and_reference() {
        String reference = ErrorReference.log(new IllegalStateException("boom"), "api /rapporter/12");

        assertThat(FailureLog.levelFor(500)).isEqualTo(Level.SEVERE);
        assertThat(FailureLog.withStackTrace(500)).isTrue();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getThrown()).hasMessage("boom");
            assertThat(r.getMessage()).contains(reference);
        });
    }
}
