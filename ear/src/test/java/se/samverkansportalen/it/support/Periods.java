package se.samverkansportalen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.LocalDate;

/**
 * Reporting periods a test opens for its own free slot ({@link TestDatabase#freePeriod}), as the
 * regional coordinator does through the API, and closes again when it is done.
 */
public final class Periods {

    private Periods() {
    }

    /** Opens the slot's period for every kommun with the slot's deadline; answers its id. Fails the test unless 201. */
    public static long open(PeriodSlots.Slot slot) {
        return open(slot, slot.deadline());
    }

    /** Opens the slot's period for every kommun with the given deadline; answers its id. Fails the test unless 201. */
    public static long open(PeriodSlots.Slot slot, LocalDate deadline) {
        PortalApi.Answer opened = PortalApi.as("samordnare").post("rapportperioder", Json.createObjectBuilder().add("kind", slot.kind())
                .add("year", slot.year()).add("number", slot.number()).add("deadline", deadline.toString()).build());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.object().getJsonNumber("id").longValue();
    }

    /** A step of a test that works in a reporting period of its own. */
    @FunctionalInterface
    public interface InPeriod {
        void run(long period);
    }

    /**
     * Opens a free period of this kind ("MONTH", "TERTIAL") for every kommun, runs the step with its
     * id, and closes the period afterwards, also when the step fails.
     */
    public static void during(String kind, InPeriod step) {
        long period = open(TestDatabase.freePeriod(kind));
        try {
            step.run(period);
        } finally {
            close(period);
        }
    }

    /** Closes a period the test opened (it is read only from then on). */
    public static void close(long id) {
        PortalApi.as("samordnare").post("rapportperioder/" + id + "/stangning", JsonValue.EMPTY_JSON_OBJECT);
    }

    /** As {@link #close(long)}, for an id read from the database as text. */
    public static void close(String id) {
        close(Long.parseLong(id));
    }
}
